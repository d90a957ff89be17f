"""Place entities the exact lookup missed, found by their loose key ("Mahmoudiya" for "Al Mahmudiyah").

Split from `finder.py`: the same mentions, for NER place entities only, with their candidates.
"""

from __future__ import annotations

import re
from typing import Callable, Optional, Sequence

from incident_extractor.geo import countries
from incident_extractor.geo.finder import PLACE_LABELS, NameMention, _without_possessive, finder_words


LEADING_ARTICLE = re.compile(r"(?:the|The|THE)\s+")  # used with match(text, start): anchored there
LAST_WORD = re.compile(r"\s+(\w+)$")
PREVIOUS_WORD = re.compile(r"(\w+)\W*$")


def find_loose_mentions(
    text: str,
    ents: Sequence[tuple[int, int, str]],
    taken: Sequence[tuple[int, int]],
    loose_lookup: Callable[[str], list],
    vowel_lookup: Optional[Callable[[str], list]] = None,
) -> list[tuple[NameMention, list]]:
    """Place entities (GPE, LOC, FAC) the exact lookup missed, found by their loose key: "Mahmoudiya",
    "the Tal Afar district". Each with its candidates. An entity an exact mention covers is skipped; one
    it covers only in part ("Tal" of "Tal Afar") is tried, and its mention then replaces the part. `vowel_lookup`
    answers when the loose key finds nothing: "Bokamal" is Al Bu Kamal, "Shiekh Zwayed" Sheikh Zuweid."""
    words = finder_words()
    found = []
    for start, end, label in ents:
        if label not in PLACE_LABELS:
            continue
        article = LEADING_ARTICLE.match(text, start, end)
        name_start = article.end() if article else start
        name = _without_possessive(text[name_start:end])
        kind_hint = extended_end = None
        suffix = LAST_WORD.search(name)
        if suffix and suffix.group(1).lower() in words.admin1_words_after | words.place_words_after:
            kind_hint = "admin1" if suffix.group(1).lower() in words.admin1_words_after else "place"
            extended_end, name = name_start + len(name), name[:suffix.start()]
        name_end = name_start + len(name)
        if any(other_start <= name_start and name_end <= other_end for other_start, other_end in taken):
            continue
        candidates = loose_lookup(name)
        vowels = not candidates and vowel_lookup is not None
        if vowels:
            candidates = vowel_lookup(name)
        if not candidates:
            continue
        country = countries.country_by_name(name)
        if country and all(candidate.country_code != country for candidate in candidates):
            continue  # "Turkey-backed": a country the exact finder left inside a compound, not a town abroad
        previous = PREVIOUS_WORD.search(text, max(0, start - 30), start)
        cue = bool(previous) and previous.group(1).lower() in words.locative_cues
        found.append((NameMention(text=name, start_char=name_start, end_char=name_start + len(name), cue=cue or kind_hint is not None,
                                  kind_hint=kind_hint, ner_label=label, extended_end=extended_end, loose=True,
                                  vowels=vowels), candidates))
    return found
