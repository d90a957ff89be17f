"""An apposition that says what a whole list is (", both teachers,", ", all civilians,") between the list and its
verb (casualties/asides.py, mask_group_appositions): sentences written for these tests."""

import pytest

from casualty_helpers import headline as count
from incident_extractor.casualties.asides import mask_group_appositions

GROUP_APPOSITIONS = [
    ("Maria Lopez and Peter Okafor, both teachers, were killed at a market.", "killed", 2),
    ("Maria Lopez, aged 45, and Peter Okafor, aged 50, both teachers, were killed at a market.", "killed", 2),
    ("Maria Lopez, 45, and Peter Okafor, 50, both Nigerians, were killed at a market.", "killed", 2),
    ("Ana Diaz and Rosa Mena, both of them nurses, were wounded.", "injured", 2),
    ("At least 13 people, all civilians, were killed.", "killed", 13),
    # an apposition that tells a casualty itself stays
    ("Maria Lopez and Peter Okafor, both wounded in the blast, were taken to hospital.", "injured", 2),
]


@pytest.mark.parametrize("text, kind, expected", GROUP_APPOSITIONS)
def test_group_apposition_before_the_verb(text, kind, expected):
    assert count(text, kind) == expected


MASKED = [
    ("Ana Ruiz and Luis Mena, both teachers, were killed", "Ana Ruiz and Luis Mena" + " " * 16 + " were killed"),
    # not before the verb: left as it is
    ("Ana Ruiz and Luis Mena, both teachers, left the school", "Ana Ruiz and Luis Mena, both teachers, left the school"),
    # "both of whom": the relative-clause rule's
    ("Two guards, both of whom were armed, were killed", "Two guards, both of whom were armed, were killed"),
]


@pytest.mark.parametrize("text, expected", MASKED)
def test_mask_group_appositions_keeps_offsets(text, expected):
    masked = mask_group_appositions(text, text.lower())
    assert masked == expected and len(masked) == len(text)
