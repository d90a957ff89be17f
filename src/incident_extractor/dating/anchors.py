"""The publication day of a document: the anchor every relative date is resolved against.

Precedence: input metadata > the --published option (only when the input carries none) > a dateline at the
top of the text ("BOGOTA, 9 JAN 90 (EFE) --", "Wed 05 Apr 2017", "KABUL, March 3 (Reuters) -") > the latest
full date stated in the text. Never today's date: with none of these the anchor is None.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from incident_extractor.dating import calendar_math as cal
from incident_extractor.dating import explicit
from incident_extractor.dating.context import furniture_spans, inside_any, speaks_of_future
from incident_extractor.dating.explicit import ResolveContext
from incident_extractor.dating.scan import can_scan_lowered, find_matches, lower_case_twin
from incident_extractor.dating.tables import FUSED_GATE, ISO_GATE, NUMERIC_GATE, alternation, date_patterns, date_tables

_DATELINE_REACH = 300  # a dateline sits in the first lines; further down a full date is just a date
_PUBLISHING_LABEL = re.compile(
    r"^\W*(?:(?:date\s+of\s+publication|first\s+published|last\s+updated|published|posted|updated|released)"
    r"(?:\s+(?:on|at))?\s*:?)?\W*"
    # "Updated 10:42 AM EST, November 8, 2022"
    r"(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\W*)?$",
    re.IGNORECASE,
)
# "SAN SALVADOR, ", "MOSCOW (USSR), ", "KABUL, "
_CITY_PREFIX = re.compile(r"^\s*[A-Z][A-Za-z.'’/ -]{1,40}(?:\([A-Za-z .]{2,30}\))?,\s*$")
# "By A Writer | Nov 8, 2022", "Home • World • 8 November 2022": a byline or breadcrumb separator
_BYLINE_SEPARATOR = re.compile(r"[|•·]\s*$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|since|of|by|until|from|before|after|in|to|and)\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class DatelineMatch:
    date: Optional[dt.date]  # None when the dateline gives no year and the text none to borrow
    start_char: int
    end_char: int
    month: int
    day: int
    year_stated: bool = True


@lru_cache(maxsize=1)
def _yearless_dateline_pattern() -> re.Pattern:
    months = alternation(date_tables().months)
    return re.compile(
        rf"^\s*(?:[A-Z][A-Za-z.'’/ -]{{1,40}}(?:\([A-Za-z .]{{2,30}}\))?,\s+)?"
        rf"(?:(?P<d>\d{{1,2}})\s+(?P<mon>{months})\.?|(?P<mon2>{months})\.?\s+(?P<d2>\d{{1,2}}))"
        rf"\s*(?:\([^)]{{1,60}}\)\s*)?(?:--|-|–|—)",
        re.IGNORECASE,
    )


def _full_date_matches(text: str):
    """(start, end, day, has_weekday) for every date with a stated year, in text order."""
    p = date_patterns()
    context = ResolveContext(anchor=None, future=False, date_order="DMY")
    # (a gate: a piece every match holds, far cheaper to look for than the pattern; see tables.py)
    resolvers = [(p.iso, explicit.resolve_iso, ISO_GATE), (p.numeric, explicit.resolve_numeric, NUMERIC_GATE),
                 (p.day_month, explicit.resolve_day_month, None), (p.month_day, explicit.resolve_month_day, None),
                 (p.month_day_fused, explicit.resolve_month_day, FUSED_GATE)]
    found = []
    lowered = text.lower()
    scan_lowered = lowered if can_scan_lowered(text, lowered) else None
    for pattern, resolver, gate in resolvers:
        if gate is not None and not gate.search(text):
            continue
        for match in find_matches(pattern, lower_case_twin(pattern), text, scan_lowered):
            groups = match.groupdict()
            if not (groups.get("y") or groups.get("y2")):
                continue
            resolved = resolver(match, context)
            if resolved is not None:
                found.append((match.start(), match.end(), resolved.start, bool(groups.get("wd"))))
    return sorted(found)


def _looks_like_dateline(text: str, start: int, has_weekday: bool) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    if _PUBLISHING_LABEL.match(prefix) or _CITY_PREFIX.match(prefix) or _BYLINE_SEPARATOR.search(prefix):
        return True
    # "... Monitor AFP Saturday 21 Jun 2014": a weekday-stamped date not governed by a preposition
    return has_weekday and not _PREPOSITION_BEFORE.search(prefix)


def find_dateline(text: str) -> Optional[DatelineMatch]:
    """The date a wire story or web page is stamped with at its top, or None."""
    head = text[:_DATELINE_REACH]
    for start, end, day, has_weekday in _full_date_matches(head):
        if _looks_like_dateline(head, start, has_weekday):
            return DatelineMatch(day, start, end, day.month, day.day)
    match = _yearless_dateline_pattern().match(head)
    if match is None:
        return None
    month_word, day_text = (match["mon"], match["d"]) if match["mon"] else (match["mon2"], match["d2"])
    month, day = explicit.month_number(month_word), int(day_text)
    if month is None or cal.safe_date(2000, month, day) is None:
        return None
    date_start = match.start("d") if match["mon"] else match.start("mon2")
    date_end = match.end("mon") if match["mon"] else match.end("d2")
    return DatelineMatch(None, date_start, date_end, month, day, year_stated=False)


def latest_full_date(text: str) -> Optional[dt.date]:
    """The latest date with day, month and year stated in the text, ignoring page furniture (copyright)."""
    furniture = furniture_spans(text)
    # a trial "set for 12 December" in a November story is not when the story was written
    days = [day for start, end, day, _ in _full_date_matches(text)
            if not inside_any(start, end, furniture) and not speaks_of_future(text, start)]
    return max(days) if days else None


def _complete_yearless(dateline: DatelineMatch, text: str) -> Optional[dt.date]:
    """A 'March 3' dateline takes the year that puts it on or after the latest full date in the text."""
    reference = latest_full_date(text)
    if reference is None:
        return None
    return cal.infer_year_for_day(dateline.month, dateline.day, reference, future=True)


def publication_anchor(text: str, metadata_published: Optional[dt.date],
                       option_published: Optional[dt.date], header: str = "") -> tuple[Optional[dt.date], Optional[str]]:
    """(publication day, where it came from: metadata / option / dateline / text), or (None, None).

    header: the byline lines the input cleaner took off the top of the article ("By A Writer",
    "Published March 9, 2025"); a full date there counts as the dateline when the text has none of its own.
    """
    if metadata_published is not None:
        return metadata_published, "metadata"
    if option_published is not None:
        return option_published, "option"
    dateline = find_dateline(text)
    if dateline is not None:
        day = dateline.date or _complete_yearless(dateline, text)
        if day is not None:
            return day, "dateline"
    header_day = latest_full_date(header) if header else None
    if header_day is not None:
        return header_day, "dateline"
    day = latest_full_date(text)
    return (day, "text") if day is not None else (None, None)
