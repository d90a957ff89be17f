"""A counted group followed, after a bare comma, by a list that adds up to it restates it (casualties/victims.py):
sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

BREAKDOWNS = [
    ("At least four people, one policeman and three passers-by were injured in the shooting.", "injured", 4),
    ("Six people, two guards and four pupils were killed.", "killed", 6),
    # no breakdown: the items do not add up, or there is no first total
    ("Two guards, three pupils and a teacher were killed.", "killed", 6),
    ("Four people, a guard and two pupils were killed.", "killed", 7),
    ("Two guards, a driver and a cook were injured.", "injured", 4),
]


@pytest.mark.parametrize("text, kind, expected", BREAKDOWNS)
def test_breakdown_restates_the_first_group(text, kind, expected):
    assert count(text, kind) == expected
