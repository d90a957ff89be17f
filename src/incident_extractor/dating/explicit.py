"""Explicit dates: days with a month name or in numbers, months, years and year ranges.

Each resolver takes a regex match (see tables.date_patterns) and returns a `ResolvedDate` or None when
the phrase is not a date after all (a lower-case "may", "of 2000 people", an impossible day).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Optional

from incident_extractor.dating import calendar_math as cal
from incident_extractor.dating.tables import date_tables

_WEAK_YEAR_PREPOSITIONS = frozenset({"of", "the", "and", "to", "for", "around", "between", "from", "by"})


@dataclass(frozen=True)
class ResolvedDate:
    start: dt.date
    end: dt.date
    precision: str
    method: str
    is_future: bool = False


@dataclass(frozen=True)
class ResolveContext:
    anchor: Optional[dt.date]
    future: bool  # the phrase's clause speaks of the future
    date_order: str = "MDY"
    previous_day: Optional[dt.date] = None  # the last day-precise date before the phrase, for "the next day"


def month_number(word: str) -> Optional[int]:
    return date_tables().months.get(word.lower().rstrip("."))


def is_name_cased(word: str) -> bool:
    """Month and weekday names are capitalised in news text (also in ALL-CAPS wire); "may" the verb is not."""
    return word[:1].isupper()


def _day_result(day: Optional[dt.date], method: str, anchor: Optional[dt.date]) -> Optional[ResolvedDate]:
    if day is None:
        return None
    return ResolvedDate(day, day, "day", method, is_future=bool(anchor and day > anchor))


def _single_day_with_optional_year(month: int, day: int, year_text: Optional[str], two_digit: Optional[str],
                                   ctx: ResolveContext) -> Optional[ResolvedDate]:
    if year_text:
        return _day_result(cal.safe_date(int(year_text), month, day), "explicit", ctx.anchor)
    if two_digit:
        year = cal.expand_two_digit_year(int(two_digit), ctx.anchor)
        return _day_result(cal.safe_date(year, month, day), "explicit", ctx.anchor)
    if ctx.anchor is None or cal.safe_date(2000, month, day) is None:  # 2000 is a leap year
        return None
    inferred = cal.infer_year_for_day(month, day, ctx.anchor, future=ctx.future)
    if inferred is None:
        return None
    return ResolvedDate(inferred, inferred, "day", "year_inferred", is_future=inferred > ctx.anchor)


def _day_with_optional_year(month_word: str, day_text: str, year_text: Optional[str], two_digit: Optional[str],
                            ctx: ResolveContext, other_day_text: Optional[str] = None,
                            other_is_first: bool = False) -> Optional[ResolvedDate]:
    """One day, or a span of days of one month ("3-4 November": start 3, end 4, precision range)."""
    month = month_number(month_word)
    if month is None or not is_name_cased(month_word):
        return None
    days = [int(day_text)]
    if other_day_text:
        days = [int(other_day_text), int(day_text)] if other_is_first else [int(day_text), int(other_day_text)]
        if not 0 < days[1] - days[0] <= 10:
            days = [int(day_text)]  # "12-3 May" (a score?) or "May 3 and 14 ..." is not a span
    last = _single_day_with_optional_year(month, days[-1], year_text, two_digit, ctx)
    if last is None or len(days) == 1:
        return last
    first = cal.safe_date(last.start.year, month, days[0])
    return None if first is None else ResolvedDate(first, last.end, "range", last.method, last.is_future)


def resolve_day_month(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'7 November 2022', '30 DECEMBER', '9 JAN 90', 'Wed 05 Apr 2017', 'the 3rd of March', '3-4 November'."""
    return _day_with_optional_year(match["mon"], match["d"], match["y"], match["y2"], ctx, match["d1"], other_is_first=True)


def resolve_month_day(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'November 7, 2022', 'Nov. 7', 'Thu Jul 7 2016', 'September 13th', 'March 10-12, 2022'."""
    groups = match.groupdict()
    return _day_with_optional_year(match["mon"], match["d"], match["y"], None, ctx, groups.get("d2"))


def resolve_iso(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    return _day_result(cal.safe_date(int(match["y"]), int(match["m"]), int(match["d"])), "explicit", ctx.anchor)


def numeric_day_month(first: int, second: int, separator: str, date_order: str) -> Optional[tuple[int, int]]:
    """(day, month) of '11/07' style numbers. Slashes follow the date-order option; dots and hyphens are
    day-first (their usual convention). An impossible reading falls back to the other order."""
    month_first = separator == "/" and date_order.upper().startswith("M")
    readings = [(second, first), (first, second)] if month_first else [(first, second), (second, first)]
    for day, month in readings:
        if 1 <= month <= 12 and 1 <= day <= 31:
            return day, month
    return None


def resolve_numeric(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'11/07/2022' (date order option), '23-04-2016', '01.10.2017', '11/07/22'."""
    separator, year_text = match["sep"], match["y"]
    if len(year_text) == 2 and separator != "/":
        return None  # "1.2.10" is a version or a score, not a date
    reading = numeric_day_month(int(match["a"]), int(match["b"]), separator, ctx.date_order)
    if reading is None:
        return None
    year = int(year_text) if len(year_text) == 4 else cal.expand_two_digit_year(int(year_text), ctx.anchor)
    return _day_result(cal.safe_date(year, reading[1], reading[0]), "explicit", ctx.anchor)


def resolve_month_year(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'September 2022', 'early March 2011': the whole month."""
    month = month_number(match["mon"])
    if month is None or not is_name_cased(match["mon"]):
        return None
    start, end = cal.month_span(int(match["y"]), month)
    return ResolvedDate(start, end, "month", "explicit", is_future=bool(ctx.anchor and start > ctx.anchor))


def resolve_month_only(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'in September': the latest September begun by the anchor (the next one in a future clause)."""
    month = month_number(match["mon"])
    if month is None or ctx.anchor is None or not is_name_cased(match["mon"]):
        return None
    if (match["prep"].lower() == "the" and match["mon"].isupper()
            and match["mon"].lower() in date_tables().caps_ambiguous_months):
        return None  # "THE MARCH ORGANIZED BY ...": in all caps a procession, not the month
    future = ctx.future or match["prep"].lower() == "next"
    start, end = cal.infer_month_span(month, ctx.anchor, future=future)
    if match["prep"].lower() == "last" and start.month == ctx.anchor.month and start.year == ctx.anchor.year:
        start, end = cal.month_span(ctx.anchor.year - 1, month)
    return ResolvedDate(start, end, "month", "year_inferred", is_future=future and start > ctx.anchor)


def resolve_year(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'in 2020', 'the 2020 deal': the whole year, never a made-up day. 'of 2000 people' is a number."""
    following = (match["next"] or "").lower()
    tables = date_tables()
    if following in tables.count_nouns:
        return None
    if match["prep"].lower() in _WEAK_YEAR_PREPOSITIONS and following.endswith("s") and len(following) > 3:
        return None
    start, end = cal.year_span(int(match["y"]))
    return ResolvedDate(start, end, "year", "explicit", is_future=bool(ctx.anchor and start > ctx.anchor))


def resolve_year_range(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'2014-2016', '2011-18'."""
    first = int(match["y1"])
    last_text = match["y2"]
    last = int(last_text) if len(last_text) == 4 else first - first % 100 + int(last_text)
    if last <= first or last - first > 60:
        return None
    return ResolvedDate(dt.date(first, 1, 1), dt.date(last, 12, 31), "range", "explicit")


def resolve_day_of_month(match: re.Match, ctx: ResolveContext) -> Optional[ResolvedDate]:
    """'on the 5th': the latest 5th not after the anchor (the next one in a future clause)."""
    if ctx.anchor is None:
        return None
    day = int(match["d"])
    for months_away in range(0, 4):  # the 31st may skip short months
        month_start = cal.shift_months(ctx.anchor.replace(day=1), months_away if ctx.future else -months_away)
        candidate = cal.safe_date(month_start.year, month_start.month, day)
        if candidate is not None and (candidate >= ctx.anchor if ctx.future else candidate <= ctx.anchor):
            return ResolvedDate(candidate, candidate, "day", "year_inferred", is_future=candidate > ctx.anchor)
    return None
