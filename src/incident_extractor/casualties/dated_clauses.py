"""Two figures of one sentence told with dates of their own are two incidents: "Last Thursday bandits killed seven
people in one village, and in January, 18 farmers were killed near another" is no toll of 25.

The finder adds up the figures of one sentence that name different people ("three soldiers were killed and two
attackers died"); a clause that opens with a new date between them stops that.
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_extractor.dating.tables import date_tables


@lru_cache(maxsize=1)
def _new_dated_clause() -> re.Pattern:
    tables = date_tables()
    # full names only: "may", "sat", "wed" and the other short forms are words too ("and two more may have died")
    words = sorted({w for w in tables.months if w not in tables.ambiguous_month_words}
                   | {w for w in tables.weekdays if w.endswith("day")}, key=len, reverse=True)
    when = rf"(?:{'|'.join(map(re.escape, words))})\.?|\d{{4}}|(?:last|this|the\s+previous)\s+(?:week|month|year)"
    # ", and in January,", "; on Friday", ", while last week": a clause that opens with its own date
    return re.compile(rf"(?:,|;)\s+(?:(?:and|while|but|whereas|then)\s+)?(?:(?:in|on|last|early|late|earlier|during|since)\s+)?"
                      rf"(?:(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:{when})(?![\w'’-])", re.IGNORECASE)


def new_dated_clause_between(text: str, start: int, end: int) -> bool:
    """True when text[start:end] (the words between two figures) opens a clause with a date of its own."""
    if end - start < 6 or ("," not in text[start:end] and ";" not in text[start:end]):
        return False
    return _new_dated_clause().search(text, start, end) is not None



def dated_clause_start(text: str, start: int, end: int) -> int:
    """Where the dated clause between `start` and `end` opens (its comma), else `end`."""
    found = _new_dated_clause().search(text, start, end)
    return found.start() if found else end
