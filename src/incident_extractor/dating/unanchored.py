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
# only the order and distance of the text's relative dates count, so almost any day will do; but the news comes
# after every past date the text states ("The war began in March 2011 ... On Monday a bomb ..."): the stand-in
# day is then a year after the latest of them
STAND_IN_ANCHOR = dt.date(2001, 8, 15)
AFTER_STATED_DATES = dt.timedelta(days=366)


def unanchored_date_mentions(text: str, date_order: str = "MDY") -> list[DateMention]:
    known = find_date_mentions(text, None, date_order=date_order)
    spans = {(m.start_char, m.end_char) for m in known}
    anchor = stand_in_anchor(known)
    stand_in = [replace(m, method=UNANCHORED) for m in find_date_mentions(text, anchor, date_order=date_order)
                if (m.start_char, m.end_char) not in spans]
    return sorted(known + stand_in, key=lambda m: m.start_char)


def stand_in_anchor(stated: list[DateMention]) -> dt.date:
    """The day relative dates are read against: a year after the latest past date the text states, at least
    STAND_IN_ANCHOR."""
    latest = max((m.end for m in stated if not m.is_future), default=None)
    return max(STAND_IN_ANCHOR, latest + AFTER_STATED_DATES) if latest else STAND_IN_ANCHOR


def is_unanchored(date: DateMention) -> bool:
    return date.method == UNANCHORED
