"""Country evidence from people rather than places: demonyms ("Afghan soldiers") and armed groups tied to
one country ("the Taliban"). Plain regexes over the text, compiled once."""

from __future__ import annotations

import re
from functools import lru_cache

from incident_extractor.geo import countries
from incident_extractor.geo.alternation import word_alternation


def find_demonyms(text: str, all_caps: bool) -> list[tuple[int, int, str]]:
    """(start, end, country) of each demonym ("Armenian", "ARMENIAN", "Iraqis", "South African") in the text."""
    pattern = _demonym_pattern(all_caps)
    found = []
    for match in pattern.finditer(text):
        code = countries.demonym_country(match.group())
        if code:
            found.append((match.start(), match.end(), code))
    return found


@lru_cache(maxsize=2)
def _demonym_pattern(all_caps: bool) -> re.Pattern:
    """One regex for every demonym (longest first), written as in mixed case or in capitals."""
    keys = sorted(countries.demonym_keys())  # sorted: the same pattern source in every process
    written = [key.upper() if all_caps else key.title() for key in keys]
    return re.compile(word_alternation(written) + r"s?\b")


def find_groups(text: str) -> list[tuple[int, int, str]]:
    """(start, end, country) of armed groups tied to one country ("Taliban" -> AF)."""
    country_of = countries.group_countries()
    return [(match.start(), match.end(), country_of[match.group()]) for match in _group_pattern().finditer(text)]


@lru_cache(maxsize=1)
def _group_pattern() -> re.Pattern:
    return re.compile(word_alternation(sorted(countries.group_countries())) + r"\b")
