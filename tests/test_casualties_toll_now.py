"""A toll whose verb is followed by 'now' or 'already' before its number ("The death toll is now 23"): sentences
written for these tests."""

import pytest

from casualty_helpers import headline as count

TOLLS = [
    # text, type, count
    ("The death toll is now 23, police said.", "killed", 23),
    ("THE NUMBER OF DEAD IS NOW 59.", "killed", 59),
    ("The death toll stands now at 41.", "killed", 41),
    ("The death toll is already 30, officials said.", "killed", 30),
    ("The toll is now 23 dead and 40 wounded.", "injured", 40),
    # no number after it: no toll
    ("The death toll is now unknown.", "killed", None),
]


@pytest.mark.parametrize("text, kind, expected", TOLLS)
def test_toll_now(text, kind, expected):
    assert count(text, kind) == expected
