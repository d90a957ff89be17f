"""A bare toll whose number counts the injured (casualties/toll_kinds.py): sentences written for these tests."""

import pytest

from casualty_helpers import headline as count
from incident_extractor.casualties.toll_kinds import counts_injured_after, is_injury_toll

INJURY_TOLLS = [
    # text, killed, injured
    ("THE GRENADE ATTACK LEFT A TOLL OF 2 PERSONS WOUNDED AND SEVERAL CARS DAMAGED.", None, 2),
    ("The riot left a toll of four people injured.", None, 4),
    ("The blast left a toll of one policeman slightly hurt.", None, 1),
    # a death toll, or the dead named first: still the dead
    ("The attack left a toll of three dead and seven wounded.", 3, 7),
    ("The death toll rose to 14.", 14, None),
    ("The toll rose to 9, with 20 others injured.", 9, 20),
]


@pytest.mark.parametrize("text, killed, injured", INJURY_TOLLS)
def test_injury_toll(text, killed, injured):
    assert count(text, "killed") == killed
    assert count(text, "injured") == injured


@pytest.mark.parametrize("which, text, end, expected", [
    ("toll", "a toll of five people wounded", 14, True),
    ("casualty toll", "a casualty toll of five hurt", 23, True),
    ("death toll", "a death toll of five people wounded", 20, False),
    ("toll", "a toll of five dead and two wounded", 14, False),
    ("toll", "a toll of five, with two wounded", 14, False),
])
def test_is_injury_toll(which, text, end, expected):
    assert text[:end].endswith("five")
    assert is_injury_toll(which, text, end) is expected
    assert counts_injured_after(text, end) is (expected or which == "death toll")
