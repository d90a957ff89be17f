"""People named only by their number ("killing all three") after a noun that names attackers are the attackers,
on top of the victims (casualties/attacker_reference.py). Sentences written for these tests."""

import pytest

from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.headline import headline_count


def count(text: str, casualty_type: str = "killed"):
    mentions = [m for sentence in text.split(". ") for m in find_casualties(sentence)]
    return headline_count(mentions, casualty_type)


ATTACKERS_BY_REFERENCE = [
    ("Four raiders stormed the bank. Police surrounded the gunmen, killing all four. A cashier died of his wounds.", 5),
    ("A guard and a driver were killed. Soldiers fired back at the assailants, killing both of them.", 4),
    ("Troops engaged the militants and then killed all three.", 3),
    # the nearest noun names victims: the number is the toll itself
    ("Gunmen attacked a family, killing all five. A neighbour died too.", 5),
    ("Soldiers fired on the crowd, killing all three.", 3),
]


@pytest.mark.parametrize("text, killed", ATTACKERS_BY_REFERENCE)
def test_attackers_by_reference(text, killed):
    assert count(text) == killed
