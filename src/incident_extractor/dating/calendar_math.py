"""Calendar arithmetic for resolving date phrases against an anchor (the publication day).

Pure functions, no text: this is the layer that replaces dateparser's known failures (a bare year getting
today's month and day, "last week" coming back as a point, the anchor's own weekday going a week back).
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Optional

DateSpan = tuple[dt.date, dt.date]


def safe_date(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def expand_two_digit_year(two_digits: int, anchor: Optional[dt.date] = None) -> int:
    """'90' -> 1990: the century that puts the year closest to the anchor (or, without one, 1950-2049)."""
    if anchor is None:
        return (1900 if two_digits >= 50 else 2000) + two_digits
    candidates = [century + two_digits for century in (1900, 2000, 2100)]
    # a dateline or report year is almost never far after its anchor, so prefer the past on a tie
    return min(candidates, key=lambda year: (abs(year - anchor.year), year > anchor.year))


def infer_year_for_day(month: int, day: int, anchor: dt.date, future: bool = False) -> Optional[dt.date]:
    """The latest such day not after the anchor ("September 13" in a November article), or, when the text
    speaks of the future, the earliest such day not before it."""
    step = 1 if future else -1
    for years_away in range(0, 9):  # 29 February may need several years
        candidate = safe_date(anchor.year + step * years_away, month, day)
        if candidate is None:
            continue
        if (future and candidate >= anchor) or (not future and candidate <= anchor):
            return candidate
    return None


def month_span(year: int, month: int) -> DateSpan:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def infer_month_span(month: int, anchor: dt.date, future: bool = False) -> DateSpan:
    """'in September' -> the latest September that has begun by the anchor (or the next one, for the future)."""
    if future:
        year = anchor.year if month >= anchor.month else anchor.year + 1
    else:
        year = anchor.year if month <= anchor.month else anchor.year - 1
    return month_span(year, month)


def year_span(year: int) -> DateSpan:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def resolve_weekday(weekday: int, anchor: dt.date, *, future: bool = False, strict: bool = False) -> dt.date:
    """'on Monday' = the last Monday on or before the anchor; the anchor's own weekday is the anchor itself.
    strict ("last Monday", "next Monday") excludes the anchor's own day."""
    if future:
        ahead = (weekday - anchor.weekday()) % 7
        if ahead == 0 and strict:
            ahead = 7
        return anchor + dt.timedelta(days=ahead)
    back = (anchor.weekday() - weekday) % 7
    if back == 0 and strict:
        back = 7
    return anchor - dt.timedelta(days=back)


def week_span(day: dt.date) -> DateSpan:
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def calendar_period(unit: str, which: str, anchor: dt.date, qualifier: Optional[str] = None) -> DateSpan:
    """'last week' (the previous Monday-Sunday), 'this month', 'earlier this year' (from its start to the anchor),
    'next week'."""
    offsets = {"last": -1, "previous": -1, "this": 0, "next": 1}
    offset = offsets[which]
    if unit == "week":
        start, end = week_span(anchor + dt.timedelta(weeks=offset))
    elif unit == "month":
        first = shift_months(anchor.replace(day=1), offset)
        start, end = month_span(first.year, first.month)
    else:
        start, end = year_span(anchor.year + offset)
    if offset == 0 and qualifier == "earlier":
        end = max(start, min(end, anchor - dt.timedelta(days=1)))
    elif offset == 0 and qualifier == "later":
        start = min(end, max(start, anchor))
    return start, end


def days_back(anchor: dt.date, amount: int, unit_days: int) -> dt.date:
    if unit_days == 30:
        return shift_months(anchor, -amount)
    if unit_days == 365:
        return shift_months(anchor, -12 * amount)
    return anchor - dt.timedelta(days=amount * unit_days)


def last_weekend(anchor: dt.date) -> DateSpan:
    """The Saturday-Sunday on or before the anchor (a Saturday anchor is that weekend)."""
    saturday = resolve_weekday(5, anchor)
    if anchor.weekday() == 6:
        saturday = anchor - dt.timedelta(days=1)
    return saturday, saturday + dt.timedelta(days=1)
