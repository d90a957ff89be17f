"""Dates of a text with no anchor at all (no publication date, no dateline, no full date in it).

"A bomb killed three soldiers on Sunday. In March, gunmen killed four farmers" names two days apart, though
neither can be placed in the calendar. Relative dates are resolved against a stand-in anchor, so that incidents
keep apart and a recalled one still reads as earlier than the news; they carry the method "unanchored", and a
record never shows such a date (its `date` stays null: the calendar day is unknown). Dates that need no anchor
("3 June 1985", "in 1985") are found as usual.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from incident_extractor.dating.resolve import find_date_mentions
from incident_extractor.mentions import DateMention

UNANCHORED = "unanchored"
# any day will do: only the order and distance of the text's relative dates count (a Wednesday mid-month, so
# "on Sunday" and "last week" stay in the month)
STAND_IN_ANCHOR = dt.date(2001, 8, 15)


def unanchored_date_mentions(text: str, date_order: str = "MDY") -> list[DateMention]:
    known = find_date_mentions(text, None, date_order=date_order)
    spans = {(m.start_char, m.end_char) for m in known}
    stand_in = [replace(m, method=UNANCHORED) for m in find_date_mentions(text, STAND_IN_ANCHOR, date_order=date_order)
                if (m.start_char, m.end_char) not in spans]
    return sorted(known + stand_in, key=lambda m: m.start_char)


def is_unanchored(date: DateMention) -> bool:
    return date.method == UNANCHORED
