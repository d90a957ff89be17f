"""Relative dates: weekdays, "yesterday", "last night", "two days ago", "last week", "earlier this month",
"the past three days", "over the weekend", and chained phrases ("the next day") that count from the
previous date in the text rather than from the anchor."""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from incident_extractor.dating import calendar_math as cal
from incident_extractor.dating.explicit import ResolveContext, ResolvedDate, is_name_cased
from incident_extractor.dating.tables import date_tables

_UNIT_PRECISION = {1: "day", 7: "week", 30: "month", 365: "year"}


def _normalise(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def amount_of(word: str) -> Optional[int]:
    """'two' -> 2, '3' -> 3, 'a' -> 1."""
    word = _normalise(word)
    if word.isdigit():
        return int(word)
    return date_tables().number_words.get(word)


def _single_day(day: dt.date, anchor: dt.date, precision: str = "day") -> ResolvedDate:
    return ResolvedDate(day, day, precision, "relative", is_future=day > anchor)


def resolve_day_word(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'yesterday', 'LAST NIGHT', 'this morning', 'tomorrow'."""
    if ctx.anchor is None:
        return None
    offset = date_tables().day_offsets[_normalise(match.group(0))]
    return _single_day(ctx.anchor + dt.timedelta(days=offset), ctx.anchor)


def resolve_chained_day(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'the next day', 'the previous day': counted from the last day-precise date before the phrase."""
    if ctx.previous_day is None or ctx.anchor is None:
        return None
    offset = date_tables().chained_day_offsets[_normalise(match.group(0))]
    return _single_day(ctx.previous_day + dt.timedelta(days=offset), ctx.anchor)


def resolve_weekday_phrase(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'on Monday' = the last Monday on or before the anchor (the anchor's own weekday is the anchor);
    'last Monday' is strictly before; 'next Monday' or a future clause looks forward."""
    if ctx.anchor is None or not is_name_cased(match["wd"]):
        return None
    weekday = date_tables().weekdays[match["wd"].lower()]
    modifier = (match["mod"] or "").lower()
    future = modifier in {"next", "coming"} or (modifier in {"", "this"} and ctx.future)
    strict = modifier in {"last", "next", "past"}
    day = cal.resolve_weekday(weekday, ctx.anchor, future=future, strict=strict)
    return _single_day(day, ctx.anchor)


def resolve_ago(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'two days ago' -> that day; 'three weeks ago' -> that day with week precision (it is approximate)."""
    amount = amount_of(match["n"])
    if ctx.anchor is None or amount is None:
        return None
    unit_days = date_tables().units_in_days[match["unit"].lower()]
    day = cal.days_back(ctx.anchor, amount, unit_days)
    return _single_day(day, ctx.anchor, _UNIT_PRECISION[unit_days])


def resolve_period(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'last week' (the previous Monday-Sunday, a range, not a point), 'earlier this month', 'next year'."""
    if ctx.anchor is None:
        return None
    which, unit = match["which"].lower(), match["unit"].lower()
    qualifier = (match["q"] or "").lower() or None
    start, end = cal.calendar_period(unit, which, ctx.anchor, qualifier)
    return ResolvedDate(start, end, unit, "relative", is_future=start > ctx.anchor)


def resolve_rolling_window(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'the past three days', 'the last week': a window ending at the anchor."""
    if ctx.anchor is None:
        return None
    amount = amount_of(match["n"]) if match["n"] else 1
    if amount is None:
        return None
    unit_days = date_tables().units_in_days[match["unit"].lower()]
    return ResolvedDate(cal.days_back(ctx.anchor, amount, unit_days), ctx.anchor, "range", "relative")


def resolve_weekend(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'over the weekend', 'last weekend': the Saturday-Sunday on or before the anchor."""
    if ctx.anchor is None:
        return None
    start, end = cal.last_weekend(ctx.anchor)
    return ResolvedDate(start, end, "range", "relative")
