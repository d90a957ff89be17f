"""Word tables (data/date_words.json) and the regular expressions built from them, compiled once.

All patterns are case-insensitive so ALL-CAPS wire text ("LAST NIGHT", "9 JAN 90") matches; where case
carries meaning in mixed-case text (a month or weekday name is capitalised, "may" the verb is not) the
resolvers check the matched text themselves.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from incident_extractor.nlp.regex_cache import cached_re

_FLAGS = re.IGNORECASE


def alternation(words) -> str:
    # longest first so "september" wins over "sep" and "last night" over "last"
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _month_alternation(tables: "DateTables") -> str:
    """Full names, then abbreviations that may carry a period ("Sept."): a full name never swallows the
    sentence's full stop ("on 2 January.")."""
    full = [m for m in tables.months if len(m) > 4 or m == "may"]
    short = [m for m in tables.months if m not in full]
    parts = [rf"{re.escape(m)}\b" for m in sorted(full, key=len, reverse=True)]
    parts += [rf"{re.escape(m)}\b\.?" for m in sorted(short, key=len, reverse=True)]
    return "|".join(parts)


@dataclass(frozen=True)
class DateTables:
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_abbreviations: frozenset[str]
    ambiguous_month_words: frozenset[str]
    day_offsets: dict[str, int]
    chained_day_offsets: dict[str, int]
    number_words: dict[str, int]
    units_in_days: dict[str, int]
    count_nouns: frozenset[str]
    event_nouns: frozenset[str]
    furniture_cues: tuple[str, ...]
    future_cues: tuple[str, ...]
    name_nouns: frozenset[str]
    caps_ambiguous_months: frozenset[str]
    reporting_verbs: frozenset[str]


@dataclass(frozen=True)
class DatePatterns:
    iso: re.Pattern
    numeric: re.Pattern
    day_month: re.Pattern
    month_day: re.Pattern
    month_day_fused: re.Pattern
    month_year: re.Pattern
    month_only: re.Pattern
    day_of_month: re.Pattern
    year_range: re.Pattern
    year: re.Pattern
    weekday: re.Pattern
    day_word: re.Pattern
    chained_day: re.Pattern
    ago: re.Pattern
    period: re.Pattern
    rolling_window: re.Pattern
    weekend: re.Pattern
    event_relative: re.Pattern
    future_cue: re.Pattern
    since_before: re.Pattern


@lru_cache(maxsize=1)
def date_tables() -> DateTables:
    raw = json.loads(resources.files("incident_extractor.data").joinpath("date_words.json").read_text("utf-8"))
    return DateTables(
        months=dict(raw["months"]),
        weekdays=dict(raw["weekdays"]),
        weekday_abbreviations=frozenset(raw["weekday_abbreviations_need_a_date"]),
        ambiguous_month_words=frozenset(raw["ambiguous_month_words"]),
        day_offsets=dict(raw["day_offsets"]),
        chained_day_offsets=dict(raw["chained_day_offsets"]),
        number_words=dict(raw["number_words"]),
        units_in_days=dict(raw["units_in_days"]),
        count_nouns=frozenset(raw["count_nouns_after_number"]),
        event_nouns=frozenset(raw["event_nouns"]),
        furniture_cues=tuple(raw["furniture_cues"]),
        future_cues=tuple(raw["future_cues"]),
        name_nouns=frozenset(raw["name_nouns_after_date"]),
        caps_ambiguous_months=frozenset(raw["caps_ambiguous_months"]),
        reporting_verbs=frozenset(raw["reporting_verbs"]),
    )


# Gates of full-date kinds most texts lack (resolve.py, anchors.py): a short piece every match holds, starting
# with a character class the regex engine skips to quickly (the patterns themselves start with a lookbehind)
ISO_GATE = re.compile(r"[12]\d\d\d[-/]\d")  # "2022-11-07"
NUMERIC_GATE = re.compile(r"\d[/.-]\d\d?[/.-]\d\d")  # "11/07/22"
FUSED_GATE = re.compile(r"\s\d\d(?:1[89]|20)\d\d(?!\d)")  # "Jan 202015": day and year run together


@lru_cache(maxsize=1)
def date_patterns() -> DatePatterns:
    re = cached_re  # compiled code cached on disk (nlp/regex_cache.py): same patterns, faster start-up
    t = date_tables()
    month = rf"(?P<mon>{_month_alternation(t)})"
    full_months = [m for m in t.months if m not in t.ambiguous_month_words] + ["may"]
    weekday_any = rf"(?P<wd>{alternation(t.weekdays)})\b\.?"
    weekday_full = alternation(w for w in t.weekdays if w not in t.weekday_abbreviations)
    year4 = r"(?:1[89]|20)\d{2}"
    # a two-digit year ("9 JAN 90") only where nothing count-like follows ("9 January 12 people" is not a year)
    two_digit_year = r"(?P<y2>\d{2})(?=\s*(?:[^\w\s]|$|(?:in|at|on|and|when|while|the|a|an)\b))"
    numbers = alternation(t.number_words)
    # the first day of a span: "3-4 November", "between 3 and 5 November"
    day_number = r"(?:3[01]|[12]\d|0?[1-9])"
    first_day = rf"(?P<d1>{day_number})(?:st|nd|rd|th)?\s*(?:-|–|and|to|or)\s*"
    units = r"(?P<unit>days?|weeks?|months?|years?)"
    rel_amount = rf"(?:(?:only|just|barely|some)\s+)?(?:(?:{numbers}|\d+)\s+)?(?:minutes?|hours?|days?|weeks?)"
    return DatePatterns(
        iso=re.compile(rf"(?<![\d.])(?P<y>{year4})(?P<sep>[-/])(?P<m>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d)"),
        numeric=re.compile(
            rf"(?<![\d./-])(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{year4}|\d{{2}}(?!\.?\d))(?!\d)"
        ),
        day_month=re.compile(
            rf"(?<![\w.,])(?=[\dmtwfs])(?:{weekday_any},?\s+)?(?:the\s+)?(?:{first_day})?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?[\s-]+{month}"
            rf"(?:,?[\s-]*(?P<y>{year4})(?!\d)|\s+{two_digit_year})?",
            _FLAGS,
        ),
        month_day=re.compile(
            rf"(?<![\w.])(?=[adfjmnostw])(?:{weekday_any},?\s+)?{month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,.]\d|\d)"
            rf"(?:\s*(?:-|–|and|to|or)\s*(?P<d2>{day_number})(?:st|nd|rd|th)?(?![\d,.]\d|\d))?"
            rf"(?:,?\s+(?P<y>{year4})(?!\d))?",
            _FLAGS,
        ),
        # scraped pages lose the space between day and year: "Jan 202015" is 20 January 2015
        month_day_fused=re.compile(rf"(?<![\w.])(?=[adfjmnostw])(?:{weekday_any},?\s+)?{month}\s+(?P<d>\d{{2}})(?P<y>{year4})(?!\d)", _FLAGS),
        month_year=re.compile(rf"(?<![\w.])(?=[adfjmnosel])(?:(?P<q>early|late|mid)[\s-]+)?{month},?\s+(?P<y>{year4})(?!\d)", _FLAGS),
        month_only=re.compile(
            rf"\b(?=[idsubelmntoh])(?P<prep>in|during|since|until|by|early|late|mid|last|this|next|of|through|throughout|the)[\s-]+"
            rf"(?P<mon>{alternation(full_months)})\b(?!\s*\d)",
            _FLAGS,
        ),
        # "on the 5th." — only where no noun follows ("on the 5th floor" is not a date)
        day_of_month=re.compile(
            rf"\b(?P<prep>on|since|until|by|before|after|from)\s+the\s+(?P<d>{day_number})(?:st|nd|rd|th)\b"
            rf"(?=\s*(?:[^\w\s]|$|(?:at|in|when|and|while)\b))",
            _FLAGS,
        ),
        year_range=re.compile(rf"(?<![\w.,])(?P<y1>{year4})\s*[-–]\s*(?P<y2>{year4}|\d{{2}})(?![\w.,]?\d)"),
        year=re.compile(
            rf"\b(?=[isdubfoelmtabr])(?P<prep>in|since|during|until|by|from|of|early|late|mid|the|before|after|throughout|between|and|"
            rf"to|through|around|for)[\s-]+(?P<y>{year4})(?![\d,.]?\d|['’]?s\b)(?:\s+(?P<next>[A-Za-z]+))?",
            _FLAGS,
        ),
        weekday=re.compile(
            rf"\b(?=[lentcpmwfs])(?:(?P<mod>late|early|last|this|next|coming|past)\s+)?(?P<wd>{weekday_full})(?:['’]?s)?\b"
            rf"(?:\s+(?P<part>morning|afternoon|evening|night))?",
            _FLAGS,
        ),
        day_word=re.compile(rf"\b(?:{alternation(t.day_offsets)})\b", _FLAGS),
        chained_day=re.compile(rf"\b(?:{alternation(t.chained_day_offsets)})\b", _FLAGS),
        ago=re.compile(rf"\b(?P<n>{numbers}|\d+)\s+{units}\s+ago\b", _FLAGS),
        period=re.compile(
            rf"\b(?:(?P<q>earlier|later|early|late)\s+)?(?P<which>last|this|next|previous)\s+(?P<unit>week|month|year)\b",
            _FLAGS,
        ),
        rolling_window=re.compile(
            rf"\b(?:the\s+)(?:past|last|previous)\s+(?:(?P<n>{numbers}|\d+)\s+)?{units}\b", _FLAGS
        ),
        weekend=re.compile(r"\b(?:(?:over|at|during)\s+the|last|this|past)\s+weekend\b", _FLAGS),
        event_relative=re.compile(
            rf"\b(?=[\dobjsatfehnmdwlcy])(?P<amount>{rel_amount}|shortly|moments|soon)\s+(?P<link>before|after|ahead\s+of|prior\s+to|following)"
            rf"\s+(?P<event>(?:(?:the|a|an|their|its|his|her)\s+)?(?:[\w'’-]+\s+){{0,3}}[\w'’-]+)",
            _FLAGS,
        ),
        future_cue=re.compile(rf"(?:\b|(?<=')){alternation(t.future_cues)}\b", _FLAGS),
        since_before=re.compile(r"\bsince\s*$", _FLAGS),
    )
