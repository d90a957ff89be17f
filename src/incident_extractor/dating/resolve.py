"""Find every date phrase of a text and resolve it to start, end, precision and method.

Pure: text in, DateMentions out. Candidate phrases come from precompiled regexes (tables.py); our own
layer resolves them against the anchor (calendar_math.py), so dateparser's known failures never reach the
output. dateparser is kept for what it does well, foreign month words in a "5 janvier 2016"-shaped phrase
(see `foreign_day_month_year`), and only ever sees such candidate phrases, never the whole text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from typing import Callable, NamedTuple, Optional, Union

from incident_extractor.dating import explicit, relative
from incident_extractor.dating.anchors import find_dateline
from incident_extractor.dating.context import furniture_spans, inside_any, looks_like_a_name, speaks_of_future
from incident_extractor.dating.event_relative import resolve_event_relative_mentions
from incident_extractor.dating.explicit import ResolveContext, ResolvedDate
from incident_extractor.dating.foreign import find_foreign_dates
from incident_extractor.dating.scan import can_scan_lowered, find_matches, lower_case_twin
from incident_extractor.dating.tables import FUSED_GATE, ISO_GATE, NUMERIC_GATE, date_patterns, date_tables
from incident_extractor.mentions import DateMention

Resolver = Callable[[re.Match, ResolveContext], Optional[ResolvedDate]]


class Candidate(NamedTuple):
    start: int
    end: int
    rank: int  # lower wins among equally long overlapping candidates
    resolver: Resolver
    match: re.Match


# Gates for kinds of phrase most texts lack: a short piece every match must contain. Each starts with a
# character class (a class, not a repeat such as "\d{4}"), which the regex engine skips to quickly; the full
# patterns start with a lookbehind, which makes it try every position (0.015-0.03 s per 200 articles each).
_YEAR_RANGE_GATE = re.compile(r"\d\s*[-–]\s*\d")  # "2014-2016"
_ORDINAL_GATE = re.compile(r"\d(?:st|nd|rd|th)", re.IGNORECASE)  # "on the 5th"

Gate = Union[tuple[str, ...], re.Pattern]


@lru_cache(maxsize=1)
def _candidate_kinds() -> list[tuple[re.Pattern, Optional[re.Pattern], Resolver, Gate]]:
    """(pattern, its lower-case twin or None, resolver, gate): a pattern only runs when one of its gate
    substrings occurs in the lower-cased text, or its gate pattern in the text (an empty gate always runs).
    A substring test or a scan for a short piece is far cheaper than the pattern's own scan, and most
    texts lack most kinds of phrase."""
    p = date_patterns()
    t = date_tables()
    digits = tuple("0123456789")
    # order = preference when two candidates cover the same span
    kinds = [
        (p.iso, explicit.resolve_iso, ISO_GATE),
        (p.numeric, explicit.resolve_numeric, NUMERIC_GATE),
        (p.day_month, explicit.resolve_day_month, digits),
        (p.month_day, explicit.resolve_month_day, digits),
        (p.month_day_fused, explicit.resolve_month_day, FUSED_GATE),
        (p.month_year, explicit.resolve_month_year, digits),
        (p.year_range, explicit.resolve_year_range, _YEAR_RANGE_GATE),
        (p.day_word, relative.resolve_day_word, ("today", "tonight", "yesterday", "tomorrow", "night", "morning",
                                                 "afternoon", "evening", "dawn")),
        (p.chained_day, relative.resolve_chained_day, tuple(t.chained_day_offsets)),
        (p.ago, relative.resolve_ago, (" ago",)),
        (p.period, relative.resolve_period, ("week", "month", "year")),
        (p.rolling_window, relative.resolve_rolling_window, ("past ", "last ", "previous ")),
        (p.weekend, relative.resolve_weekend, ("weekend",)),
        (p.weekday, relative.resolve_weekday_phrase, ("day",)),
        (p.month_only, explicit.resolve_month_only, ()),
        (p.day_of_month, explicit.resolve_day_of_month, _ORDINAL_GATE),
        (p.year, explicit.resolve_year, ("19", "20")),
    ]
    return [(pattern, lower_case_twin(pattern), resolver, gate) for pattern, resolver, gate in kinds]


# only a day-and-month names things ("the 19 April Movement"); "on Tuesday forces fired" is a date
_CAN_NAME_THINGS = (explicit.resolve_day_month, explicit.resolve_month_day)


def _span_of(match: re.Match, resolver: Resolver) -> tuple[int, int]:
    """The evidence span: the date itself, without a leading preposition the pattern needed as context."""
    if resolver is explicit.resolve_year:
        return match.start("y"), match.end("y")
    if resolver is explicit.resolve_day_of_month:
        return match.start() + len(match["prep"]) + 1, match.end()
    if resolver is explicit.resolve_month_only:
        prep = match["prep"].lower()
        keep_prep = prep in {"early", "late", "mid", "last", "next", "this"}
        return (match.start() if keep_prep else match.start("mon")), match.end("mon")
    return match.start(), match.end()


def _gate_open(gate: Gate, text: str, lowered: str) -> bool:
    if isinstance(gate, re.Pattern):
        return gate.search(text) is not None
    return not gate or any(word in lowered for word in gate)


def collect_candidates(text: str) -> list[Candidate]:
    lowered = text.lower()
    scan_lowered = lowered if can_scan_lowered(text, lowered) else None
    candidates = []
    for rank, (pattern, twin, resolver, gate) in enumerate(_candidate_kinds()):
        if not _gate_open(gate, text, lowered):
            continue
        for match in find_matches(pattern, twin, text, scan_lowered):
            start, end = _span_of(match, resolver)
            candidates.append(Candidate(start, end, rank, resolver, match))
    return candidates


def drop_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    """Keep the longest candidate (then the best-ranked) wherever candidates overlap."""
    kept: list[Candidate] = []
    taken = bytearray(max((c.end for c in candidates), default=0))  # 1 where a kept candidate lies
    for candidate in sorted(candidates, key=lambda c: (-(c.end - c.start), c.rank, c.start)):
        if not any(taken[candidate.start:candidate.end]):
            kept.append(candidate)
            taken[candidate.start:candidate.end] = b"\x01" * (candidate.end - candidate.start)
    return sorted(kept, key=lambda c: c.start)


def _widen_since(text: str, start: int, resolved: ResolvedDate, anchor: Optional[dt.date]) -> tuple[int, ResolvedDate]:
    """'since 2020' is a range from then to the anchor, not the year 2020."""
    since = date_patterns().since_before.search(text, max(0, start - 8), start)
    if since is None or anchor is None or resolved.start > anchor:
        return start, resolved
    return since.start(), replace(resolved, end=anchor, precision="range")


def find_date_mentions(text: str, anchor: Optional[dt.date], *, offset: int = 0,
                       date_order: str = "MDY") -> list[DateMention]:
    """Every date phrase of `text`, resolved against `anchor` (the publication day), in text order.

    Offsets are shifted by `offset` so a caller can pass one sentence of a longer document. Dates on page
    furniture lines (copyright, cookie notices) are skipped. The document's dateline, found only when
    `offset` is 0, gets method "dateline".
    """
    furniture = furniture_spans(text)
    dateline = find_dateline(text) if offset == 0 else None
    mentions: list[DateMention] = []
    previous_day: Optional[dt.date] = None
    for candidate in drop_overlaps(collect_candidates(text)):
        if inside_any(candidate.start, candidate.end, furniture):
            continue
        if candidate.resolver in _CAN_NAME_THINGS and looks_like_a_name(text, candidate.start, candidate.end):
            continue
        context = ResolveContext(anchor, speaks_of_future(text, candidate.start), date_order, previous_day)
        resolved = candidate.resolver(candidate.match, context)
        if resolved is None:
            continue
        start, resolved = _widen_since(text, candidate.start, resolved, anchor)
        method = resolved.method
        if dateline is not None and dateline.start_char <= start < dateline.end_char:
            method = "dateline"
        if resolved.precision == "day":
            previous_day = resolved.start
        mentions.append(DateMention(
            start=resolved.start, end=resolved.end, precision=resolved.precision, method=method,
            text=text[start:candidate.end], start_char=start + offset, end_char=candidate.end + offset,
            is_future=resolved.is_future,
        ))
    mentions.extend(find_foreign_dates(text, offset, [(m.start_char - offset, m.end_char - offset) for m in mentions],
                                       furniture))
    mentions.extend(resolve_event_relative_mentions(text, mentions, anchor, offset=offset))
    return sorted(mentions, key=lambda m: m.start_char)
