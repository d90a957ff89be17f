"""A toll told as "the only fatality" (casualties/only_fatality.py): sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

ONLY_FATALITY = [
    ("Constable Mary Otieno was the sole fatality.", 1),
    ("The driver of the van was the only fatality, police said.", 1),
    ("The four miners were the only fatalities.", 4),
    # an uncounted plural: how many, the text says elsewhere
    ("The attackers were the only fatalities.", None),
    # no toll
    ("It was the only attack on the town this year.", None),
]


@pytest.mark.parametrize("text, killed", ONLY_FATALITY)
def test_only_fatality(text, killed):
    assert count(text, "killed") == killed
