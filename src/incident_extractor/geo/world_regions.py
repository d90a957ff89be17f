"""World regions wider than a country: "Central America", "Latin American", "Southeast Asia", "the Middle East".

Their words hold a country's name or a people's word ("America", "American") and a direction word, so the
finder would read "CENTRAL AMERICA" as the central United States, "Latin America" as the United States and
"Southeast Asia" as the Philippine town of Asia. The places component takes no name, demonym or region from
inside them: they name no country. The list is `world_regions` in `data/geo_context_words.json`.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from incident_extractor.geo.alternation import word_alternation


def find_world_regions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each world region's name, in any case.

    >>> text = "PEACE IN CENTRAL AMERICA; Latin American envoys met in Southeast Asia."
    >>> [text[start:end] for start, end in find_world_regions(text)]
    ['CENTRAL AMERICA', 'Latin American', 'Southeast Asia']
    >>> find_world_regions("Rebels attacked a base in South Africa and in the Central African Republic.")
    []
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters: offsets would shift
        return []
    return [(match.start(), match.end()) for match in _pattern().finditer(lowered)]


def overlaps_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """[start, end) overlaps one of the spans."""
    return any(span_start < end and start < span_end for span_start, span_end in spans)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    data = json.loads(resources.files("incident_extractor").joinpath("data", "geo_context_words.json").read_text("utf-8"))
    return re.compile(word_alternation(sorted(data["world_regions"])) + r"\b")
