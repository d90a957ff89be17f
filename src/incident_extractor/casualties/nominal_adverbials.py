"""A time or a place between a killing noun and its "of": "THE ASSASSINATION IN FEBRUARY OF GENERAL X",
"the recent murder in Guatemala of two party leaders", "THE KILLINGS DURING THE PAST 72 HOURS OF A JUDGE, ...".

The rules for "the murder of X" need the noun right before "of"; the phrase between is blanked out with spaces
(offsets kept), as the asides are. Only a time phrase or "in" with a bare place name (no article, no number, no
event noun: never "the deaths in the bombing of the embassy") is blanked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_extractor.casualties.lexicon import alternation
from incident_extractor.casualties.wire_tables import wire_tables

WORD = r"[\w'’.-]+"


@lru_cache(maxsize=2)
def _adverbial(mixed_case: bool) -> re.Pattern:
    tables = wire_tables()
    noun = alternation(tables["killing_nouns"])
    time_word = alternation(tables["time_words"])
    not_place = alternation(set(tables["event_nouns"]) | set(tables["time_words"]) | set(tables["in_of_idioms"]) |
                            {"the", "a", "an", "his", "her", "their", "its", "this", "that", "which", "whom", "who",
                             "what", "and", "or", "of"})
    # (in mixed case a place name is capitalised: "the murder in Lima of", never "the death in front of")
    initial = r"(?-i:[A-Z])" if mixed_case else r"[^\W\d_]"
    place_word = rf"(?!(?:{not_place})(?![\w'’-])){initial}[\w'’.-]*"
    time = (rf"(?:{alternation(tables['lone_time_adverbs'])}|(?:last|this|early|late)\s+{WORD}|"
            rf"(?:in|on|during|within|over|since)\s+(?:{WORD}\s+){{0,4}}?(?:{time_word}|\d{{4}}))")
    place = rf"in\s+{place_word}(?:\s+{place_word}){{0,2}}"
    return re.compile(rf"(?<![\w'’-])(?:{noun})\s+(?P<aside>(?:{time}|{place})(?:\s*,?\s+(?:{time}|{place}))?)\s+(?=of\s)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _gate_words() -> tuple[str, ...]:
    return tuple(sorted({noun.rstrip("s") for noun in wire_tables()["killing_nouns"]}))


def mask_nominal_adverbials(text: str, lowered: str) -> str:
    """`text` with the time or place between a killing noun and its "of" blanked out (`lowered`: the text in lower
    case, for the cheap tests first; the pattern is tried only where a killing noun starts)."""
    if " of " not in lowered:
        return text
    pattern, asides = None, []
    for stem in _gate_words():
        at = lowered.find(stem)
        while at >= 0:
            pattern = pattern or _adverbial(not text.isupper())
            match = pattern.match(text, at)
            if match:
                asides.append(match.span("aside"))
            at = lowered.find(stem, at + len(stem))
    for start, end in asides:
        text = text[:start] + " " * (end - start) + text[end:]
    return text
