"""Pairs of names where the second qualifies the first: "Tripoli, Lebanon", "Morroa (Sucre)", "Zenda in Ruritania",
"the Dayan district of northern Jowzjan province". The wider name restricts the first to its country, and a first
name with no namesake in that country is not the place meant (the gazetteer lacks it). Helpers of `resolve`."""

from __future__ import annotations

import re
from typing import Optional

from incident_extractor.geo.disambiguate import choose_candidate
from incident_extractor.geo.gazetteer import Candidate

PAIR_GAPS = (",", "(", ", in", "in")
LIST_GOES_ON = (",", "and ", "or ", "&")
# "X in the Y province", "the X district of northwestern Y province", "X town, in Y Province": read as "X in Y" when
# the word after "the" (if any) is a direction word; "of" only after X's own level word ("the X district of")
CONTAINMENT_GAP = re.compile(r"(?:,\s*)?(in|of)(?:\s+the)?(?:\s+(?P<direction>[\w-]+))?")
MAX_CONTAINMENT_GAP = 30
# Below this population a place abroad is a namesake rather than the place meant (as `resolve.FOREIGN_MIN_POPULATION`)
SMALL_PLACE = 100_000


def pair_gap(mentions, position, text, direction_words: frozenset = frozenset()) -> Optional[str]:
    """The text between X and Y when they form an "X, Y" / "X (Y)" pair ("the Sahel region, Mali"), "in" when Y
    contains X in other words ("the X district of northern Y province"), else None."""
    if position + 1 >= len(mentions):
        return None
    mention = mentions[position]
    end = mention.extended_end or mention.end_char
    following_start = mentions[position + 1].start_char
    if following_start - end > MAX_CONTAINMENT_GAP:
        return None
    gap = text[end:following_start].strip()
    if gap in PAIR_GAPS:
        return gap
    match = CONTAINMENT_GAP.fullmatch(gap)
    if match is None or (match.group(1) == "of" and mention.extended_end is None):
        return None
    direction = match.group("direction")
    return "in" if direction is None or direction.lower() in direction_words else None


def outside_its_pair_country(mentions, candidates_of, position, gap, text, context=None) -> bool:
    """X of "X, Country", "X, Y Region" or "X in Y" has no candidate in that country: the gazetteer lacks the X
    meant ("Moyale, Somali Region" is Ethiopia's Moyale, not Kenya's; "the village of Takeo, in Burkina Faso's Sahel
    Region" is no town of Cambodia). After "in" only when X is a small place or says its kind ("the X district of
    Y province"): "refugees from Aleppo in Turkey" are from the city; and only when Y is in a country the story
    names (`context`): "Qatif in the Oriental province" is no reason to trust Morocco's Oriental region. X is never a
    country. Not for lists ("in Kabul, Pakistan and India"): there the second name is the next item, not X's country."""
    if gap == "(" or not candidates_of[position + 1] or not candidates_of[position]:
        return False
    if gap != "," and (candidates_of[position][0].kind == "country" or candidates_of[position + 1][0].country_code not in (
            context or {}) or not (mentions[position].kind_hint or candidates_of[position][0].population < SMALL_PLACE)):
        return False
    wider = candidates_of[position + 1][0]
    if wider.kind == "admin1" and mentions[position + 1].kind_hint != "admin1":
        return False  # "Aleppo, Homs": a list of towns as often; "Moyale, Somali Region" is a region
    if wider.kind not in ("country", "admin1") or any(candidate.country_code == wider.country_code for candidate in candidates_of[position]):
        return False
    after = text[mentions[position + 1].end_char:mentions[position + 1].end_char + 6].lstrip()
    return not after.startswith(LIST_GOES_ON)


def pair_partner(mentions, candidates_of, position, gap, context) -> Optional[Candidate]:
    """The Y of an "X, Y" or "X (Y)" pair ("Tripoli, Lebanon", "Morroa (Sucre)"), chosen to share a country with X;
    `gap` is the pair's `pair_gap`."""
    following = mentions[position + 1]
    own_countries = {candidate.country_code for candidate in candidates_of[position]}
    # after a comma only a country or an admin1 qualifies X ("Aleppo, Homs" is a list, not a pair)
    wider_kinds = ("country", "admin1", "place") if gap == "(" else ("country", "admin1")
    wider = [candidate for candidate in candidates_of[position + 1]
             if candidate.kind in wider_kinds and candidate.country_code in own_countries]
    if not wider:
        return None
    return choose_candidate(wider, following.text, context)
