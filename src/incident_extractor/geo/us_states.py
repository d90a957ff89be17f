"""US datelines that name the state after the city: "BIRMINGHAM, Ala. --", "AUSTIN, TX -", "PORTLAND, Maine (AP) --".

The state decides which namesake the city is (Birmingham, Alabama, not England; Portland, Maine, not Oregon), and
its abbreviation is no place of its own ("Ala" is not Almaty). Pure functions; the table is
`data/geo_us_state_abbreviations.tsv`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from incident_extractor.geo.finder import find_dateline

# After the dateline city: ", Ala.", ", N.Y.", ", TX", ", New Hampshire"
STATE_AFTER_CITY = re.compile(r"\s*,\s*(?P<state>[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*)?)")


class DatelineState(NamedTuple):
    state: str  # the admin1 name as GeoNames spells it ("Alabama")
    start_char: int  # where the state's words are written
    end_char: int
    abbreviated: bool  # "Ala." rather than "Alabama": no place mention of its own


@lru_cache(maxsize=1)
def state_names() -> dict[str, str]:
    """Lower-cased abbreviation without dots ("ala", "ny") or full name ("new hampshire") -> state name."""
    from importlib import resources

    text = resources.files("incident_extractor").joinpath("data", "geo_us_state_abbreviations.tsv").read_text(
        encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        abbreviation, state = line.split("\t")
        table[_key(abbreviation)] = state
        table[state.lower()] = state
    return table


def _key(word: str) -> str:
    return word.replace(".", "").replace(" ", "").lower()


def dateline_us_state(text: str) -> Optional[DatelineState]:
    """The US state written after the dateline city, or None (most texts: no dateline, or not a US one)."""
    dateline = find_dateline(text)
    if dateline is None:
        return None
    match = STATE_AFTER_CITY.match(text, dateline[1])
    if match is None:
        return None
    table = state_names()
    words = match.group("state")
    for candidate in (words, words.split()[0]):  # "New Hampshire", else "Ala." of "Ala. (AP)"
        stripped = candidate.rstrip(".") if candidate.count(".") == 1 else candidate
        state = table.get(stripped.lower()) or table.get(_key(candidate))
        if state is not None:
            start = match.start("state")
            return DatelineState(state, start, start + len(candidate), stripped.lower() != state.lower())
    return None


def within_dateline_state(names, candidates_of, us_state):
    """"BIRMINGHAM, Ala. --": the dateline city is the state's namesake, and the abbreviation is no place."""
    kept_names, kept_candidates = [], []
    for mention, candidates in zip(names, candidates_of):
        if us_state.abbreviated and us_state.start_char <= mention.start_char < us_state.end_char:
            continue  # "Ala" is not Almaty
        if mention.in_dateline:
            candidates = [c for c in candidates if c.country_code == "US" and c.admin1 == us_state.state] or candidates
        kept_names.append(mention)
        kept_candidates.append(candidates)
    return kept_names, kept_candidates
