"""A definite plural broken down by an apposition into counted people ("The teachers, three women and two men,
were killed" = 5; casualties/breakdown_appositions.py): sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

BREAKDOWNS = [
    # text, type, count
    ("The nurses, four women and a man, were killed in the shelling.", "killed", 5),
    ("THE MAGISTRATES, TWO JUDGES AND A PROSECUTOR, WERE MURDERED YESTERDAY.", "killed", 3),
    ("The engineers, two Germans and three Italians, were wounded.", "injured", 5),
    # no breakdown: the count is unknown
    ("The nurses, who had just arrived, were killed.", "killed", None),
    ("The nurses, members of a relief team, were killed.", "killed", None),
    ("The nurses, three of them volunteers, were killed.", "killed", None),
    ("The nurses were killed.", "killed", None),
    # a counted group keeps its own count
    ("Six people, four women and two men, were killed.", "killed", 6),
]

DASHED_BREAKDOWNS = [
    # between dashes, as between commas
    ("THE GUARDS -- TWO MEN AND A WOMAN -- WERE KILLED.", "killed", 3),
    ("The nurses — four women and a man — were killed in the shelling.", "killed", 5),
    ("THE PRIESTS -- FOUR FOREIGNERS AND TWO NATIONALS -- HAVE BEEN MURDERED.", "killed", 6),
    ("The victims -- all of them farmers -- were killed.", "killed", None),
    ("Six people -- four women and two men -- were killed.", "killed", 6),
]


@pytest.mark.parametrize("text, kind, expected", BREAKDOWNS)
def test_breakdown_appositions(text, kind, expected):
    assert count(text, kind) == expected


@pytest.mark.parametrize("text, kind, expected", DASHED_BREAKDOWNS)
def test_dashed_breakdowns(text, kind, expected):
    assert count(text, kind) == expected
