"""Foreign-language day-month-year phrases ("9 ENERO 1990", "5 de mayo de 2016", "3 mars 2015"):
the one job left to dateparser, which knows the month words of many languages.

Only phrases shaped like day + unknown word + four-digit year are handed to it (never the whole text),
with strict parsing so a missing part is not made up from today's date; results are cached.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional

from incident_extractor.dating.tables import date_tables
from incident_extractor.mentions import DateMention

# "(?<![\w.])\d{1,2}" written as "\d(?<![\w.]\d)\d?": the same matches, but a pattern that starts with a digit
# lets the regex engine skip to the next digit fast instead of trying the lookbehind at every position
_FOREIGN_DAY_MONTH_YEAR = re.compile(
    r"(?P<d>\d(?<![\w.]\d)\d?)\.?\s+(?:de\s+)?(?P<word>[^\W\d_]{3,12})\.?\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})(?!\d)"
)
# languages of the wire services our sources translate from; a short list keeps dateparser fast
_LANGUAGES = ("es", "pt", "fr", "it", "de")


@lru_cache(maxsize=4096)
def parse_foreign_day_month_year(phrase: str) -> Optional[dt.date]:
    import dateparser  # heavy: imported only when such a phrase turns up

    parsed = dateparser.parse(phrase, languages=list(_LANGUAGES),
                              settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def find_foreign_dates(text: str, offset: int, taken: list[tuple[int, int]],
                       furniture: list[tuple[int, int]]) -> list[DateMention]:
    tables = date_tables()
    found = []
    for match in _FOREIGN_DAY_MONTH_YEAR.finditer(text):
        word = match["word"].lower()
        if word in tables.months or word in tables.count_nouns or word in tables.weekdays:
            continue
        start, end = match.span()
        if any(not (end <= s or start >= e) for s, e in taken + furniture):
            continue
        day = parse_foreign_day_month_year(match.group(0))
        if day is None:
            continue
        found.append(DateMention(day, day, "day", "explicit", match.group(0), start + offset, end + offset))
    return found
