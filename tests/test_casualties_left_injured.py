"""Injuries told through what an attack left its victims with (casualties/injury_phrasings.py) and "were left
wounded" (the filler "left" of the passive lists): sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

LEFT_INJURED = [
    ("The gunman shot a farmer, leaving him with serious injuries.", 1),
    ("Rebels burned 3 villagers to death and left another villager with severe burns.", 1),
    ("Snipers fired on two nurses, leaving one with moderate wounds.", 1),
    ("The shooting left two guards in a critical condition.", 2),
    ("The explosion left a porter seriously injured.", 1),
    ("Two officers were killed and four others were left wounded in the ambush.", 4),
    ("A customs officer was left badly hurt by the blast.", 1),
    # the pronoun is the person the sentence told before: counted once
    ("A youth stabbed a cashier, leaving her with light wounds.", 1),
    # unchanged: no injury named, a zero, the plain "left N injured"
    ("The flood left the family with nothing.", None),
    ("The attack left him with no injuries.", 0),
    ("The bombing left 12 people injured.", 12),
    ("The gunmen left the village before dawn.", None),
]


@pytest.mark.parametrize("text, injured", LEFT_INJURED)
def test_left_injured(text, injured):
    assert count(text, "injured") == injured
