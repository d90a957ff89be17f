"""Text around a date phrase: does its clause speak of the future, and is it page furniture (copyright lines)?"""

from __future__ import annotations

import re

from incident_extractor.dating.scan import can_scan_lowered, lower_case_twin
from incident_extractor.dating.tables import date_patterns, date_tables

# a clause ends at these; "will" beyond them belongs to another clause
# (a single line break is not one: wire text wraps its lines mid-sentence)
_CLAUSE_BREAK = re.compile(r"[.;:!?,()\"]|\n\s*\n|\bthat\b|\bwhich\b|\bwho\b", re.IGNORECASE)
_CLAUSE_LOOKBACK = 80


def clause_before(text: str, start: int) -> str:
    """The part of the clause that precedes `start`, at most a few words back."""
    window = text[max(0, start - _CLAUSE_LOOKBACK):start]
    last_break = None
    for last_break in _CLAUSE_BREAK.finditer(window):
        pass
    return window[last_break.end():] if last_break else window


def speaks_of_future(text: str, start: int) -> bool:
    """A future cue ("will", "is to", "scheduled", "next") in the same clause before the phrase."""
    clause, pattern = clause_before(text, start), date_patterns().future_cue
    lowered = clause.lower()
    if can_scan_lowered(clause, lowered):  # the cue alternation is slow case-insensitively: its twin
        return bool(lower_case_twin(pattern).search(lowered))
    return bool(pattern.search(clause))


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Spans of page furniture: a short line holding a copyright-like cue, or (in text without line
    breaks) the stretch from the cue to the end of its sentence. Dates there never date an incident."""
    lowered = text.lower()
    spans: list[tuple[int, int]] = []
    for cue in date_tables().furniture_cues:
        position = lowered.find(cue)
        while position != -1:
            line_start = text.rfind("\n", 0, position) + 1
            line_end = text.find("\n", position)
            line_end = len(text) if line_end == -1 else line_end
            sentence_break = max(text.rfind(". ", line_start, position), text.rfind("! ", line_start, position))
            if sentence_break != -1:
                line_start = sentence_break + 2  # the furniture starts with its own sentence
            if line_end - line_start <= 200:
                spans.append((line_start, line_end))
            else:
                sentence_end = text.find(". ", position)
                spans.append((position, min(len(text), position + 120) if sentence_end == -1 else sentence_end))
            position = lowered.find(cue, position + len(cue))
    return spans


def inside_any(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(span_start <= start and end <= span_end for span_start, span_end in spans)


_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_QUOTES = "\"“”'‘’"


def looks_like_a_name(text: str, start: int, end: int) -> bool:
    """A date that names something is not a date: 'the "9 MAY" Liberation Forces', 'the 19 April Movement',
    '28 July Street'."""
    if start > 0 and end < len(text) and text[start - 1] in _QUOTES and text[end] in _QUOTES:
        return True
    following = _NEXT_WORD.match(text, end)
    if not following:
        return False
    word = following.group(1).lower()
    nouns = date_tables().name_nouns
    return word in nouns or (word.endswith("s") and word[:-1] in nouns)  # "BOYACA AND 9 OCTOBER AVENUES"
