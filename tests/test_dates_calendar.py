"""Calendar arithmetic with fixed anchors: the layer that fixes dateparser's known failures."""

import datetime as dt

import pytest

from incident_extractor.dating import calendar_math as cal

D = dt.date
TUESDAY = D(2022, 11, 8)


@pytest.mark.parametrize(
    "weekday, anchor, future, strict, expected",
    [
        (0, TUESDAY, False, False, D(2022, 11, 7)),  # Monday before a Tuesday
        (1, TUESDAY, False, False, D(2022, 11, 8)),  # the anchor's own weekday is the anchor itself
        (1, TUESDAY, False, True, D(2022, 11, 1)),  # "last Tuesday" is a week back
        (2, TUESDAY, False, False, D(2022, 11, 2)),  # Wednesday goes back six days
        (6, TUESDAY, False, False, D(2022, 11, 6)),
        (4, TUESDAY, True, False, D(2022, 11, 11)),  # "will meet on Friday"
        (1, TUESDAY, True, True, D(2022, 11, 15)),  # "next Tuesday"
        (6, D(2023, 1, 2), False, False, D(2023, 1, 1)),  # Sunday before a Monday crosses the year
        (4, D(2024, 3, 1), False, False, D(2024, 3, 1)),  # Friday anchor
        (3, D(2024, 3, 1), False, False, D(2024, 2, 29)),  # leap day
    ],
)
def test_resolve_weekday(weekday, anchor, future, strict, expected):
    assert cal.resolve_weekday(weekday, anchor, future=future, strict=strict) == expected


@pytest.mark.parametrize(
    "month, day, anchor, future, expected",
    [
        (9, 13, D(2022, 11, 8), False, D(2022, 9, 13)),
        (12, 30, D(1990, 1, 3), False, D(1989, 12, 30)),  # a December day in a January story
        (1, 2, D(1990, 1, 3), False, D(1990, 1, 2)),
        (11, 8, D(2022, 11, 8), False, D(2022, 11, 8)),
        (11, 9, D(2022, 11, 8), False, D(2021, 11, 9)),  # past clause: the latest such day not after the anchor
        (12, 25, D(2022, 11, 8), False, D(2021, 12, 25)),  # far ahead: last year's
        (12, 25, D(2022, 11, 8), True, D(2022, 12, 25)),  # unless the text speaks of the future
        (1, 5, D(2022, 12, 20), True, D(2023, 1, 5)),
        (2, 29, D(2023, 5, 1), False, D(2020, 2, 29)),  # the last 29 February
    ],
)
def test_infer_year_for_day(month, day, anchor, future, expected):
    assert cal.infer_year_for_day(month, day, anchor, future=future) == expected


@pytest.mark.parametrize(
    "two_digits, anchor, expected",
    [(90, None, 1990), (5, None, 2005), (89, D(1989, 6, 1), 1989), (17, D(2017, 4, 5), 2017), (99, D(2001, 1, 1), 1999)],
)
def test_expand_two_digit_year(two_digits, anchor, expected):
    assert cal.expand_two_digit_year(two_digits, anchor) == expected


@pytest.mark.parametrize(
    "unit, which, qualifier, anchor, expected",
    [
        ("week", "last", None, TUESDAY, (D(2022, 10, 31), D(2022, 11, 6))),  # a range, never a point
        ("week", "this", None, TUESDAY, (D(2022, 11, 7), D(2022, 11, 13))),
        ("week", "this", "earlier", TUESDAY, (D(2022, 11, 7), D(2022, 11, 7))),
        ("week", "next", None, TUESDAY, (D(2022, 11, 14), D(2022, 11, 20))),
        ("month", "last", None, D(2023, 1, 15), (D(2022, 12, 1), D(2022, 12, 31))),
        ("month", "this", "earlier", D(2023, 1, 15), (D(2023, 1, 1), D(2023, 1, 14))),
        ("year", "last", None, D(2023, 1, 15), (D(2022, 1, 1), D(2022, 12, 31))),
        ("year", "this", None, D(2023, 1, 15), (D(2023, 1, 1), D(2023, 12, 31))),
        ("week", "last", None, D(2023, 1, 3), (D(2022, 12, 26), D(2023, 1, 1))),
    ],
)
def test_calendar_period(unit, which, qualifier, anchor, expected):
    assert cal.calendar_period(unit, which, anchor, qualifier) == expected


@pytest.mark.parametrize(
    "anchor, expected",
    [
        (D(2022, 11, 8), (D(2022, 11, 5), D(2022, 11, 6))),
        (D(2022, 11, 6), (D(2022, 11, 5), D(2022, 11, 6))),  # a Sunday anchor is that weekend
        (D(2022, 11, 5), (D(2022, 11, 5), D(2022, 11, 6))),
    ],
)
def test_last_weekend(anchor, expected):
    assert cal.last_weekend(anchor) == expected


@pytest.mark.parametrize(
    "month, anchor, expected_start",
    [(9, D(2022, 11, 8), D(2022, 9, 1)), (12, D(2023, 1, 10), D(2022, 12, 1)), (1, D(2023, 1, 10), D(2023, 1, 1))],
)
def test_infer_month_span(month, anchor, expected_start):
    start, end = cal.infer_month_span(month, anchor)
    assert start == expected_start and end.month == month and end >= start
