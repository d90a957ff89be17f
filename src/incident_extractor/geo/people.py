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
    """(start, end, country) of armed groups tied to one country ("Taliban" -> AF).

    A hyphen and a space are the same separator ("Jaish-al-Adl" is "Jaish al-Adl"), and a name written with a
    hyphen, a transliteration, is found in lower case too ("an al-shabaab attack"); plain words keep their case
    ("the fulani herdsmen", "hashed" are no group):

    >>> [code for *_, code in find_groups("Jaish-al-Adl claimed it; an al-shabaab bomb and Lashkar e Taiba")]
    ['IR', 'SO', 'IN']
    """
    folded = text.replace("-", " ")
    patterns, country_of = _group_patterns()
    found = [(match.start(), match.end(), country_of[match.group()]) for match in patterns[0].finditer(folded)]
    lowered = folded.lower()
    if len(lowered) == len(text):  # same offsets ("İ" lowers to two characters)
        taken = [(start, end) for start, end, _ in found]
        found += [(match.start(), match.end(), country_of[match.group()]) for match in patterns[1].finditer(lowered)
                  if not any(start < match.end() and match.start() < end for start, end in taken)]
    return sorted(found)


@lru_cache(maxsize=1)
def _group_patterns() -> tuple[tuple[re.Pattern, re.Pattern], dict[str, str]]:
    """The names with hyphens as spaces (case as written), the hyphenated ones also in lower case; and the
    country of each such spelling."""
    country_of: dict[str, str] = {}
    written, hyphenated = [], []
    for name, code in sorted(countries.group_countries().items()):  # sorted: the same pattern in every process
        written.append(name.replace("-", " "))
        country_of[written[-1]] = code
        if "-" in name:
            hyphenated.append(written[-1].lower())
            country_of.setdefault(hyphenated[-1], code)
    as_written = re.compile(word_alternation(written) + r"\b")
    lower_case = re.compile(word_alternation(sorted(hyphenated)) + r"\b")
    return (as_written, lower_case), country_of
