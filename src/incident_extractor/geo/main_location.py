"""The locations of one incident, main one first: tied to the trigger, most specific first.

Pure: works on the PlaceMentions the assembly stage gives (those in the incident's sentences) and the
trigger's offsets. "Tied" means near the trigger in the text; a place in the trigger's own clause
("clashes in Usulutan") beats a country named three sentences away.
"""

from __future__ import annotations

from typing import Sequence

from incident_extractor.mentions import PlaceMention

# Most specific first: a village tells more than its province, which tells more than the country.
SPECIFICITY = {"place": 0, "admin1": 1, "border": 2, "region": 3, "country": 4}
# Within this many characters of the trigger a place is taken as the trigger's own ("tied").
TIED_DISTANCE = 160
# Places accepted with less confidence than this (street and building names, the first word of a longer name)
# come after the other tied places.
WEAK_SCORE = 0.5


def distance_to_trigger(place: PlaceMention, trigger_start: int, trigger_end: int) -> int:
    """Characters between a place and the trigger (0 when they overlap); places after it count 1.5x less."""
    if place.end_char <= trigger_start:
        return trigger_start - place.end_char
    if place.start_char >= trigger_end:
        # "exploded in Kabul": the place usually follows the trigger in English news
        return int((place.start_char - trigger_end) / 1.5)
    return 0


def main_locations(
    places_in_incident: Sequence[PlaceMention], trigger_start: int, trigger_end: int
) -> list[PlaceMention]:
    """The incident's locations, one per distinct place, main one first.

    Tied places come first, most specific (then nearest, then most confident) first; the others follow
    by distance. A place repeated in the text keeps its nearest mention.
    """
    nearest: dict[tuple, tuple[int, PlaceMention]] = {}
    for place in places_in_incident:
        identity = (place.kind, place.name, place.country_code, place.countries)
        distance = distance_to_trigger(place, trigger_start, trigger_end)
        if identity not in nearest or distance < nearest[identity][0]:
            nearest[identity] = (distance, place)

    def rank(item: tuple[int, PlaceMention]):
        distance, place = item
        tied = distance <= TIED_DISTANCE
        specificity = SPECIFICITY.get(place.kind, 5)
        if tied:
            # a weak reading (a street's namesake, the first word of a firm's name) follows the sure ones:
            # "a fire on Washington Avenue" in a Portland story is in Portland, not in Washington
            return (0, place.score < WEAK_SCORE, specificity, distance, -place.score)
        return (1, distance, specificity, -place.score)

    return town_first([place for _, place in sorted(nearest.values(), key=rank)])


def town_first(located: Sequence[PlaceMention]) -> list[PlaceMention]:
    """The incident's places with a town moved before the wider place that contains it, when that wider place
    leads: "In Stockholm, Sweden, gunmen seized the embassy" (the trigger nearer to the country) is Stockholm's,
    "suicide bombers at the University of Maiduguri in northeastern Nigeria" is Maiduguri's. A country or region
    has no point, so any town of its country tells more; a first-level region has one (its largest town), so
    only a town the text places with confidence inside that region moves before it."""
    located = list(located)
    if not located or located[0].kind not in ("country", "region", "admin1"):
        return located
    wider = located[0]
    for position, place in enumerate(located[1:], start=1):
        if place.kind != "place" or place.latitude is None or place.country_code != wider.country_code:
            continue
        if wider.kind == "admin1" and not in_region(place, wider):
            continue
        return [place] + located[:position] + located[position + 1:]
    return located


def in_region(place: PlaceMention, region: PlaceMention) -> bool:
    """`place` was read with confidence as a town of the first-level `region`."""
    from incident_extractor.geo.names import name_key

    return (place.score >= WEAK_SCORE and bool(place.admin1)
            and name_key(place.admin1) in (name_key(region.admin1 or ""), name_key(region.name)))
