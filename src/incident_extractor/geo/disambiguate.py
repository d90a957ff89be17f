"""Choose among candidate places: the countries the article talks about first, then kind, then population.

Pure functions over `Candidate`s and a country context; no spaCy, no gazetteer loading.
"""

from __future__ import annotations

import math
from collections import defaultdict
from functools import lru_cache
from operator import attrgetter
from typing import Iterable, Optional, Sequence

from incident_extractor.geo.gazetteer import Candidate
from incident_extractor.geo.names import name_key, without_article

# How much one piece of evidence tells about the article's countries (see `rank_country_context`).
EVIDENCE_WEIGHTS = {
    "dateline": 5.0,  # "SAN SALVADOR, 3 JAN 90 --": the story is filed from there
    "title": 2.0,
    "country": 1.0,  # "Syria", "the U.S."
    "place": 0.7,  # an unambiguous place name
    "demonym": 0.5,  # "Armenian forces"
    "group": 0.5,  # "the Taliban": an armed group tied to one country
}
# A context country outweighs a population ratio of about 30 (log10 scale); a capital still beats a hamlet.
CONTEXT_BONUS = 2.0
KIND_BONUS = {"country": 3.0, "place": 0.4, "admin1": 0.0}
PRIMARY_NAME_BONUS = 1.0  # the candidate's own name, not one of its alternate names
# GeoNames leaves many towns' population at 0 (unknown; frequent in Syria and Iraq). The index holds places of
# >= 500 people, so an unknown population ranks as a small town, not as nothing: "Madaya" in a Syrian story
# is Syria's, not a Burmese town of 24,000.
UNKNOWN_POPULATION = 1000
# A city this large keeps its name against a namesake this many times smaller whatever the context says, unless
# an "X, Y" pair names the other's country: the context bonus stops at a ratio of about 1,000, and a little
# weak evidence (a demonym, one small town) must not move Bogota to New Jersey.
WORLD_CITY = 500_000
WORLD_CITY_RATIO = 50
# When the context comes from peoples' words and armed groups alone (no place or country named), it says who was
# there, not where: a world city keeps its name against a namesake this many times smaller ("two Americans
# stabbed in Amsterdam" is not Amsterdam, New York).
WORLD_CITY_RATIO_PEOPLE_ONLY = 10


def rank_country_context(evidence: Iterable[tuple[str, str]]) -> list[tuple[str, float]]:
    """(country, kind of evidence) pairs -> countries with their share of the evidence, most first.

    Ties keep the order of first appearance, so the country named first in the text wins.
    """
    totals: dict[str, float] = defaultdict(float)
    for code, kind in evidence:
        if code:
            totals[code] += EVIDENCE_WEIGHTS.get(kind, 0.5)
    grand_total = sum(totals.values()) or 1.0
    order = list(totals)  # insertion order = first appearance
    ranked = sorted(order, key=lambda code: (-totals[code], order.index(code)))
    return [(code, totals[code] / grand_total) for code in ranked]


def candidate_score(
    candidate: Candidate,
    query: str,
    context: dict[str, float],
    kind_hint: Optional[str] = None,
    within_country: Optional[str] = None,
    within_admin1: Optional[str] = None,
) -> float:
    """Higher is likelier. `within_*` come from an "X, Y" pair ("Tripoli, Lebanon"): a hard preference."""
    return _score(candidate, primary_key(query), context, kind_hint, within_country, within_admin1)


@lru_cache(maxsize=50_000)
def primary_key(name: str) -> str:
    """The name's key without a leading article: what "the candidate's own name" compares."""
    return without_article(name_key(name))


# Words that join a town's name to the rest of its official name: "Zamora de Hidalgo" is Zamora by its own name.
NAME_JOINERS = ("de", "del", "de la", "de los", "de las", "do", "da", "dos", "das", "di", "del la", "al", "el", "on")


@lru_cache(maxsize=50_000)
def own_name_keys(name: str) -> frozenset:
    """The keys a place's own name goes by: the name itself, without an administrative prefix (not a suffix:
    "Oklahoma City" is no name of Oklahoma), and the words before a joining word: "City of Westminster" -> {"city of westminster", "westminster"}; "Zamora de
    Hidalgo" -> {..., "zamora"}; "Santiago de los Caballeros" -> {..., "santiago"}. Not an alternate name some
    language gives it ("Iskandariya" for Alexandria)."""
    from incident_extractor.geo.gazetteer_build import admin_name_prefixes

    keys = {primary_key(name)}
    lowered = name.lower()
    keys.update(primary_key(name[len(prefix):]) for prefix in admin_name_prefixes() if lowered.startswith(prefix))
    for key in list(keys):
        words = key.split()
        for position in range(1, len(words) - 1):
            if words[position] in NAME_JOINERS or " ".join(words[position:position + 2]) in NAME_JOINERS:
                keys.add(" ".join(words[:position]))
                break
    return frozenset(keys)


def _score(candidate, query_key, context, kind_hint, within_country, within_admin1) -> float:
    """`candidate_score` with the query's key computed once per choice, not once per candidate."""
    score = 0.0
    if within_country:
        score += 20.0 if candidate.country_code == within_country else -20.0
    if within_admin1 and candidate.admin1 and name_key(candidate.admin1) == name_key(within_admin1):
        score += 10.0
    share = context.get(candidate.country_code, 0.0)
    if share:
        score += CONTEXT_BONUS * (0.5 + share)
    kind_bonus = KIND_BONUS.get(candidate.kind, 0.0)
    if kind_hint and candidate.kind == kind_hint:
        kind_bonus += 2.0
    score += kind_bonus
    if query_key in own_name_keys(candidate.name):
        score += PRIMARY_NAME_BONUS
    # admin1 populations are sums over their places: scale them down to compare with a city's
    population = candidate.population / 4 if candidate.kind == "admin1" else candidate.population
    score += math.log10(max(population, UNKNOWN_POPULATION) + 1)
    return score


def choose_candidate(
    candidates: Sequence[Candidate],
    query: str,
    context: dict[str, float],
    kind_hint: Optional[str] = None,
    within_country: Optional[str] = None,
    within_admin1: Optional[str] = None,
    people_only: bool = False,
) -> Optional[Candidate]:
    """The best candidate for `query`, or None when there is none. `people_only`: the context comes from
    demonyms and groups alone, and weighs less against a world city."""
    if not candidates:
        return None
    query_key = primary_key(query)
    best = max(candidates, key=lambda candidate: _score(candidate, query_key, context, kind_hint, within_country, within_admin1))
    if within_country or best.kind != "place" or best.population >= WORLD_CITY or len(candidates) < 2:
        return best
    top = max(map(_POPULATION, candidates))  # one C loop; most names have no world city at all
    ratio = WORLD_CITY_RATIO_PEOPLE_ONLY if people_only else WORLD_CITY_RATIO
    if top < WORLD_CITY or top < ratio * max(best.population, UNKNOWN_POPULATION):
        return best
    largest = next(candidate for candidate in candidates if candidate.population == top)
    # "London" in a story with some US evidence is still England's, not Ohio's
    return largest if largest.kind == "place" else best


_POPULATION = attrgetter("population")
