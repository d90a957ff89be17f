"""Borders and regions: "the Armenian-Azerbaijani border" -> border [AM, AZ]; "eastern Ukraine" -> region UA.

Pure functions over text; countries come from `geo.countries` (names, aliases, demonyms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from incident_extractor.dating.scan import can_scan_lowered
from incident_extractor.geo import countries
from incident_extractor.geo.finder import finder_words

_NAME = r"(?:[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})"
_NOUN = r"(?i:borders?|frontiers?|boundary)"
# "Armenian-Azerbaijani border", "Syria-Turkey frontier", "Israel/Gaza boundary", "Armenian and Azerbaijani border"
PAIR_BORDER = re.compile(
    r"\b(?P<first>[A-Z][\w.]+)(?:\s?[-–/]\s?|\s+(?i:and)\s+)"
    rf"(?P<second>[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)\s+(?P<noun>{_NOUN})\b"
)
# "the border between Armenia and Azerbaijan", "Turkey's border with Syria", "the Syrian border"
BETWEEN_BORDER = re.compile(
    rf"\b(?P<noun>{_NOUN})\s+(?i:between)\s+(?:(?i:the)\s+)?(?P<first>{_NAME})\s+(?i:and)\s+(?:(?i:the)\s+)?(?P<second>{_NAME})"
)
WITH_BORDER = re.compile(
    rf"(?:(?P<first>{_NAME})['’](?i:s)\s+)?\b(?P<noun>{_NOUN})\s+(?i:with)\s+(?:(?i:the)\s+)?(?P<second>{_NAME})"
)
SINGLE_BORDER = re.compile(rf"\b(?P<first>[A-Z][\w.]+)\s+(?P<noun>{_NOUN})\b")


# What the lower-cased text must contain for a pattern to match: one cheap scan instead of the pattern's
# case-insensitive one (valid where lower() maps letters one to one, see `can_scan_lowered`).
_NEEDED_IN_LOWERED = {
    BETWEEN_BORDER: re.compile(r"(?:borders?|frontiers?|boundary)\s+between"),
    WITH_BORDER: re.compile(r"(?:borders?|frontiers?|boundary)\s+with"),
}


@dataclass(frozen=True)
class AreaMention:
    name: str
    kind: str  # border / region
    countries: tuple[str, ...]
    text: str
    start_char: int
    end_char: int


def country_of_word(word: str) -> Optional[str]:
    """A country from its name or demonym ("Syria", "Syrian", "U.S."), else None."""
    words = word.split()
    for count in range(len(words), 0, -1):  # "Syria Monday" -> "Syria"
        prefix = " ".join(words[:count])
        code = countries.country_by_name(prefix) or countries.demonym_country(prefix)
        if code:
            return code
    return None


def _border(match: re.Match, codes: list[Optional[str]]) -> Optional[AreaMention]:
    known = tuple(dict.fromkeys(code for code in codes if code))
    if not known:
        return None
    name = "–".join(countries.country_name(code) for code in known) + " border"
    covered = match.group(0)
    last_word = covered.split()[-1]
    if covered.endswith(".") and last_word.count(".") == 1:
        covered = covered[:-1]  # the sentence's full stop, not an abbreviation such as "U.S."
    return AreaMention(name=name, kind="border", countries=known, text=covered,
                       start_char=match.start(), end_char=match.start() + len(covered))


def find_borders(text: str) -> list[AreaMention]:
    lowered = text.lower()
    if "border" not in lowered and "frontier" not in lowered and "boundary" not in lowered:
        return []  # most texts name no border: skip the four patterns
    found: list[AreaMention] = []
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < other_end and other_start < end for other_start, other_end in taken)

    scan_lowered = can_scan_lowered(text, lowered)
    for pattern in (PAIR_BORDER, BETWEEN_BORDER, WITH_BORDER, SINGLE_BORDER):
        needed = _NEEDED_IN_LOWERED.get(pattern)
        if needed is not None and scan_lowered and not needed.search(lowered):
            continue  # "border between", "border with": the word after the noun is missing (most texts)
        for match in pattern.finditer(text):
            if overlaps(match.start(), match.end()):
                continue
            groups = match.groupdict()
            codes = [country_of_word(groups[name]) for name in ("first", "second") if groups.get(name)]
            if pattern is PAIR_BORDER and None in codes:
                continue  # "Indo-Pacific border" or a hyphenated name: not two countries
            mention = _border(match, codes)
            if mention:
                found.append(mention)
                taken.append((match.start(), match.end()))
    return sorted(found, key=lambda mention: mention.start_char)


_DIRECTION_THEN_NAME = re.compile(
    r"\b(?P<direction>(?:north|south)?-?(?:north|south|east|west)(?:ern)?|central|upper|lower)\s+"
    r"(?P<name>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})",
    re.IGNORECASE,
)


_DIRECTION_KEYWORDS = ("north", "south", "east", "west", "central", "upper", "lower")


def _direction_matches(text: str):
    """`_DIRECTION_THEN_NAME.finditer(text)`, tried only where a direction word (or a hyphen before one)
    begins: str.find over the lower-cased text, then one anchored match each, left to right, never inside an
    earlier match. The case-insensitive scan of every position cost more than the rest of the region finder."""
    lowered = text.lower()
    if not can_scan_lowered(text, lowered):
        yield from _DIRECTION_THEN_NAME.finditer(text)
        return
    starts = set()
    for keyword in _DIRECTION_KEYWORDS:
        position = lowered.find(keyword)
        while position >= 0:
            starts.add(position)
            if position and lowered[position - 1] == "-":
                starts.add(position - 1)
            position = lowered.find(keyword, position + 1)
    resume_at = 0
    for start in sorted(starts):
        if start >= resume_at:
            match = _DIRECTION_THEN_NAME.match(text, start)
            if match:
                yield match
                resume_at = match.end()


def find_regions(text: str) -> list[AreaMention]:
    """Parts of a country: "eastern Ukraine", "north-west Syria", "Northern Iraq"."""
    directions = finder_words().direction_words
    found = []
    for match in _direction_matches(text):
        direction = match.group("direction")
        if direction.lower() not in directions or not match.group("name")[0].isupper():
            continue
        words = match.group("name").split()
        if countries.country_by_name(f"{direction} {words[0]}"):
            continue  # "North Korea", "South Africa", "Northern Ireland" are names, not regions
        for count in range(len(words), 0, -1):
            candidate = re.sub(r"['’]s$", "", " ".join(words[:count]))
            if candidate.endswith(".") and candidate.count(".") == 1:
                candidate = candidate[:-1]  # the full stop of the sentence
            code = countries.country_by_name(candidate)
            if code:
                end = match.start("name") + len(candidate)
                found.append(AreaMention(
                    name=f"{direction.lower()} {countries.country_name(code)}", kind="region", countries=(code,),
                    text=text[match.start():end], start_char=match.start(), end_char=end))
                break
    return found


# "HONDURAN TROOPS ENTERED SALVADORAN TERRITORY", "on Turkish soil": a people's word before a word for the land
# itself names that country as the place, unlike "Salvadoran troops" (people, who may be anywhere)
_TERRITORY_NOUNS = ("territory", "soil", "airspace", "territorial waters")
_DEMONYM_THEN_LAND = re.compile(r"\b(?P<people>[A-Z][\w’'-]+)\s+(?i:territory|soil|airspace|territorial\s+waters)\b")


def find_territories(text: str) -> list[AreaMention]:
    """A country named by its people's word and a word for its land: "Salvadoran territory", "Syrian soil"."""
    lowered = text.lower()
    if not any(noun in lowered for noun in _TERRITORY_NOUNS):
        return []  # most texts name no territory: skip the pattern
    found = []
    for match in _DEMONYM_THEN_LAND.finditer(text):
        code = countries.demonym_country(match.group("people"))
        if code:
            found.append(AreaMention(name=countries.country_name(code), kind="country", countries=(code,),
                                     text=match.group(0), start_char=match.start(), end_char=match.end()))
    return found
