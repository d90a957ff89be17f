"""Stabbings told with an active verb (casualties/stabbings.py and the lexicon's injuring verbs): sentences
written for these tests."""

import pytest

from casualty_helpers import headline as count
from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.headline import headline_count

ACTIVE_STABBINGS = [
    # the object of an active "stabbed" is injured, as the subject of "was stabbed" already is
    ("A teenager stabbed a guard at the bus station.", "injured", 1),
    ("The man stabbed three passengers on the train before he was arrested.", "injured", 3),
    ("Two youths stabbed a shopkeeper in the arm and fled.", "injured", 1),
    ("An attacker armed with a knife stabbed 9 people at the market.", "injured", 9),
    # an apposition hid "to death": the victim died
    ("A man stabbed his landlord, a retired teacher, to death before fleeing.", "killed", 1),
    ("A man stabbed his landlord, a retired teacher, to death before fleeing.", "injured", None),
    # what became of the victims is told after the stabbing: it counts them, the stabbing does not again
    ("Two men stabbed two pilgrims at the shrine, killing one and wounding the other.", "injured", 1),
    ("Two men stabbed two pilgrims at the shrine, killing one and wounding the other.", "killed", 1),
    # the attacker's own death after the stabbing is no figure of the stabbed
    ("A youth stabbed a soldier in the chest and was shot dead by troops.", "injured", 1),
    ("A youth stabbed a soldier in the chest and was shot dead by troops.", "killed", 1),
    ("A gunman shot a guard at the gate and was killed by police.", "killed", 1),
    ("The assailant stabbed five students before being shot and killed by guards.", "injured", 5),
    ("The assailant stabbed five students before being shot and killed by guards.", "killed", 1),
    # unchanged: "stabbed to death", "stabbed and killed", the passive
    ("A woman was stabbed to death in her flat.", "killed", 1),
    ("He stabbed and killed a shopkeeper in the market.", "killed", 1),
    ("He stabbed and killed a shopkeeper in the market.", "injured", None),
    ("A guard was stabbed at the gate.", "injured", 1),
    ("A stabbing attack shocked the town.", "injured", None),
]


@pytest.mark.parametrize("text, kind, expected", ACTIVE_STABBINGS)
def test_active_stabbings(text, kind, expected):
    assert count(text, kind) == expected


def test_kidnapped_and_later_killed_still_repeats_the_group():
    # the "before being shot and killed" guard must leave the repeated-group rule alone elsewhere
    mentions = find_casualties("Four farmers were abducted and later executed.")
    assert headline_count(mentions, "killed") == 4
