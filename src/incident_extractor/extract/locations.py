"""The locations of one incident: the places of its own sentences, else the document's main country.

Users expect every incident to carry its country. When the incident's sentences name no place ("The
bomb exploded at the market"), the country comes from the rest of the document: the dateline city when
the story is filed from the main country ("SAN SALVADOR, 3 JAN 90 --"), otherwise a country-level
location whose evidence (text and offsets) is the mention of that country nearest to the trigger - a
place, a country name, a demonym ("Afghan troops") or an armed group tied to the country; or, when the
document names only one town of that country (and no other region of it), that town with its point.
Pure functions over mentions; the demonym regexes run only when no place of the country is found.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Optional, Sequence

from incident_extractor.geo import countries
from incident_extractor.geo.finder import find_dateline, is_all_caps
from incident_extractor.geo.main_location import in_region, main_locations, town_first
from incident_extractor.geo.people import find_demonyms, find_groups
from incident_extractor.mentions import PlaceMention

# Evidence after the trigger counts this much farther than evidence before it: a report sets the scene first.
FOLLOWING_PENALTY = 1.5
# A borrowed country is less certain than one the incident's own sentences name.
FALLBACK_SCORE = 0.4
# Own places abroad accepted with less confidence than this (a name without a place label or cue, a surname
# that is also a region: "GUERRERO") do not outweigh the country the whole story is about.
CERTAIN_PLACE_SCORE = 0.9


def incident_locations(own_places: Sequence[PlaceMention], doc_places: Sequence[PlaceMention],
                       country_context: Sequence[str], trigger_start: int, trigger_end: int,
                       text: str) -> list[PlaceMention]:
    """The incident's locations, main one first; never empty when the document names a country."""
    located = main_locations(list(own_places), trigger_start, trigger_end)
    if located and not only_foreign_countries(located, country_context) and not only_doubtful_places_abroad(
            located, country_context):
        return with_nearest_town(located, doc_places, trigger_start, trigger_end)
    fallback = fallback_location(doc_places, country_context, trigger_start, trigger_end, text)
    return located + [fallback] if fallback is not None else located


def with_nearest_town(located: list[PlaceMention], doc_places: Sequence[PlaceMention], trigger_start: int,
                      trigger_end: int) -> list[PlaceMention]:
    """The incident's own `located` places, led by the document's town nearest to the trigger in the main location's
    country (in its first-level region when the main location is one) when none of them is a town ("Seventeen
    soldiers were killed in Mardin province. The attack occurred in the town of Nusaybin"): the likeliest place, more
    specific than the incident's own. Unchanged when some location is a town or no town fits. (An incident whose
    sentences name no place borrows the document's only town there, else only the country and its region.)"""
    if not located or any(place.kind == "place" and place.latitude is not None for place in located):
        return located
    wider = located[0]
    towns = [p for p in doc_places if p.country_code == wider.country_code and p.kind == "place" and p.latitude is not None
             and (wider.kind != "admin1" or in_region(p, wider))]
    if not towns:
        return located
    return town_first(located + [min(towns, key=lambda p: _distance((p.start_char, p.end_char), trigger_start, trigger_end))])


def only_foreign_countries(located: Sequence[PlaceMention], country_context: Sequence[str]) -> bool:
    """The incident's sentences name only countries other than the document's main one ("Spain condemned the
    murder of the Jesuits"): countries named beside an incident are often parties, not where it happened."""
    if not country_context:
        return False
    return all(place.kind == "country" and place.country_code != country_context[0] for place in located)


def only_doubtful_places_abroad(located: Sequence[PlaceMention], country_context: Sequence[str]) -> bool:
    """Every place of the incident's sentences lies outside the document's main country and none was found with
    much confidence: in a San Salvador story, "Dr. Francisco Guerrero" read as Mexico's Guerrero state. The main
    country then follows those places."""
    if not country_context:
        return False
    return all(place.country_code != country_context[0] and place.score < CERTAIN_PLACE_SCORE for place in located)


def fallback_location(doc_places: Sequence[PlaceMention], country_context: Sequence[str], trigger_start: int,
                      trigger_end: int, text: str) -> Optional[PlaceMention]:
    """The dateline city or a country-level location of the document's main country, or None."""
    country = main_country(doc_places, country_context)
    if country is None:
        return None
    dateline = dateline_place(doc_places, text)
    if dateline is not None and dateline.country_code == country:
        # kept even when the rest of the story names only another country: measured on MUC-4, stories from San
        # Salvador name the United States more often than their own hamlets (which the gazetteer lacks)
        return dateline
    town = only_town(doc_places, country)
    if town is not None:
        return replace(town, score=FALLBACK_SCORE)
    same_country = [(p.start_char, p.end_char) for p in doc_places if p.country_code == country]
    if not same_country:
        all_caps = is_all_caps(text)
        same_country = [(start, end) for start, end, code in find_demonyms(text, all_caps) + find_groups(text)
                        if code == country]
    if not same_country:
        return None
    start, end = min(same_country, key=lambda span: _distance(span, trigger_start, trigger_end))
    return country_location(country, text, start, end, nearest_admin1(doc_places, country, trigger_start, trigger_end))


def only_town(doc_places: Sequence[PlaceMention], country: str) -> Optional[PlaceMention]:
    """The document's one town (a point) when it names no other place below the country there ("The Taliban
    claimed the attack. The bomb went off near a mosque in Ghazni.": the story's only town is where it happened);
    None when it names two towns or a town and a region elsewhere (which of them is the incident's is unknown).
    Its first mention stands for it."""
    below = [p for p in doc_places if p.country_code == country and p.kind in ("place", "admin1")]
    towns = [p for p in below if p.kind == "place" and p.latitude is not None]
    if not towns or len({(p.latitude, p.longitude) for p in towns}) > 1:
        return None
    if any(p.admin1 != towns[0].admin1 for p in below):
        return None
    return towns[0]


def nearest_admin1(doc_places: Sequence[PlaceMention], country: str, trigger_start: int,
                   trigger_end: int) -> Optional[str]:
    """The first-level region of the document's place in `country` nearest to the trigger ("Aleppo province"
    named in the lead of a story whose incident sentence names no place): the likeliest region, no point."""
    regional = [p for p in doc_places if p.country_code == country and p.admin1 and p.kind != "country"]
    if not regional:
        return None
    return min(regional, key=lambda p: _distance((p.start_char, p.end_char), trigger_start, trigger_end)).admin1


def main_country(doc_places: Sequence[PlaceMention], country_context: Sequence[str]) -> Optional[str]:
    """The country the document talks about most; without context, the country of its first place."""
    if country_context:
        return country_context[0]
    return next((p.country_code for p in doc_places if p.country_code), None)


def dateline_place(doc_places: Sequence[PlaceMention], text: str) -> Optional[PlaceMention]:
    """The place of a wire dateline ("BOGOTA, 9 JAN 90 (EFE) --"), if the places stage resolved it."""
    span = find_dateline(text)
    if span is None:
        return None
    return next((p for p in doc_places if p.start_char == span[0]), None)


def country_location(country: str, text: str, start: int, end: int, admin1: Optional[str] = None) -> PlaceMention:
    """A country-level location whose evidence is the mention at [start, end), with the likeliest region if known."""
    return PlaceMention(name=countries.country_name(country), kind="country", text=text[start:end], start_char=start,
                        end_char=end, country_code=country, countries=(country,), admin1=admin1, score=FALLBACK_SCORE)


def _distance(span: tuple[int, int], trigger_start: int, trigger_end: int) -> float:
    start, end = span
    if end <= trigger_start:
        return trigger_start - end
    if start >= trigger_end:
        return (start - trigger_end) * FOLLOWING_PENALTY
    return 0
