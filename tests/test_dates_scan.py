"""The lower-case twin scan finds exactly what the case-insensitive scan of the original text finds."""

import re

import pytest

from incident_extractor.dating.resolve import _candidate_kinds
from incident_extractor.dating.scan import can_scan_lowered, find_matches, lower_case_twin
from incident_extractor.dating.tables import date_patterns

SENTENCES = [
    "Gunmen attacked a convoy on Monday, 3 May 2021, and again the next day, police said.",
    "BOMB EXPLODED LAST NIGHT IN SAN SALVADOR ON 9 JAN 90, TWO DAYS AGO, SINCE 1989.",
    "Talks are scheduled for March 5 – 6; the rally of early June 2019 was banned.",
    "Three weeks after the election, on the 5th. Over the weekend, the past two months.",
    "Le 5 janvier 2016 à Paris. Istanbul’s İstiklal street, ſunday, \u212aabul on Tuesday morning.",
    "Shortly after the attack, two hours before the vote, a day earlier, yesterday evening.",
]


def _scan_patterns() -> list[re.Pattern]:
    return [kind[0] for kind in _candidate_kinds()] + [date_patterns().event_relative]


def _spans(matches) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize("text", SENTENCES)
def test_twin_scan_finds_the_same_matches(text):
    lowered = text.lower()
    scan_lowered = lowered if can_scan_lowered(text, lowered) else None
    for pattern in _scan_patterns():
        expected = _spans(pattern.finditer(text))
        assert _spans(find_matches(pattern, lower_case_twin(pattern), text, scan_lowered)) == expected, pattern.pattern[:60]


@pytest.mark.parametrize("text, can", [
    ("On Monday, 3 May 2021", True),
    ("İstanbul on Monday", False),  # lower() makes İ two characters
    ("\u017funday", False),  # long s: IGNORECASE matches it to s, lower() keeps it
    ("\u212aabul", False),  # Kelvin sign
    ("Istanbul’s streets", True),
])
def test_can_scan_lowered(text, can):
    assert can_scan_lowered(text, text.lower()) is can


def test_case_insensitive_date_patterns_are_written_in_lower_case():
    """A twin only works when the pattern has no upper-case letter of its own (group names and escapes aside)."""
    for pattern in _scan_patterns():
        if pattern.flags & re.IGNORECASE:
            literal = re.sub(r"\(\?P[<=]\w+|\\[A-Za-z]|A-Z", "", pattern.pattern)
            assert literal == literal.lower(), pattern.pattern[:60]


def test_pattern_without_ignorecase_has_no_twin():
    assert lower_case_twin(re.compile(r"\d+")) is None


@pytest.mark.parametrize("text, future", [
    ("Talks WILL be held on 5 May.", True),
    ("Talks will be held on 5 May.", True),
    ("Talks were held on 5 May.", False),
    ("İstanbul talks will be held on 5 May.", True),  # the case-insensitive path
    ("İstanbul talks were held on 5 May.", False),
])
def test_future_cue_before_a_date(text, future):
    from incident_extractor.dating.context import speaks_of_future

    assert speaks_of_future(text, text.index("5 May")) is future
