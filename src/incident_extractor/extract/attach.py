"""Adapters to the other stages' choosers (date, main place, headline figures).

Each falls back to a simple rule when that stage's module is absent from the build, so the assembler
still runs (and its tests still pass) with only some stages installed.
"""

from __future__ import annotations

from typing import Optional, Sequence

from incident_extractor.mentions import CasualtyMention, DateMention, DocumentMeta, PlaceMention


def distance_to(start: int, end: int, trigger_start: int, trigger_end: int) -> int:
    if end <= trigger_start:
        return trigger_start - end
    if start >= trigger_end:
        return start - trigger_end
    return 0


def own_date(trigger_start: int, trigger_end: int, sentence_start: int, sentence_end: int,
             dates: Sequence[DateMention]) -> Optional[DateMention]:
    """The date written in the trigger's own sentence, if any (no fallback to earlier dates)."""
    try:
        from incident_extractor.dating.incident_date import date_in_sentence
    except ImportError:
        in_sentence = [d for d in dates if sentence_start <= d.start_char and d.end_char <= sentence_end and not d.is_future]
        return min(in_sentence, key=lambda d: distance_to(d.start_char, d.end_char, trigger_start, trigger_end), default=None)
    return date_in_sentence(trigger_start, trigger_end, sentence_start, sentence_end, dates)


def incident_date(trigger_start: int, trigger_end: int, sentence_start: int, sentence_end: int,
                  dates: Sequence[DateMention], meta: DocumentMeta,
                  previous: Optional[DateMention] = None) -> Optional[DateMention]:
    try:
        from incident_extractor.dating.incident_date import choose_incident_date
    except ImportError:
        return own_date(trigger_start, trigger_end, sentence_start, sentence_end, dates) or previous
    return choose_incident_date(trigger_start, trigger_end, sentence_start, sentence_end, dates, meta, previous)


def main_places(places: Sequence[PlaceMention], trigger_start: int, trigger_end: int) -> list[PlaceMention]:
    try:
        from incident_extractor.geo.main_location import main_locations
    except ImportError:
        return sorted(places, key=lambda p: (-p.score, distance_to(p.start_char, p.end_char, trigger_start, trigger_end)))
    return list(main_locations(list(places), trigger_start, trigger_end))


def headline(casualties: Sequence[CasualtyMention]) -> tuple[Optional[int], Optional[int]]:
    try:
        from incident_extractor.casualties.headline import headline_figures
    except ImportError:
        def largest(kind: str) -> Optional[int]:
            counts = [c.count for c in casualties if c.type == kind and c.count is not None]
            return max(counts) if counts else None

        return largest("killed"), largest("injured")
    return headline_figures(list(casualties))
