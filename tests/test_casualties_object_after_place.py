"""An active verb whose counted object comes after a place phrase (casualties/object_after_place.py): sentences
written for these tests."""

import pytest

from casualty_helpers import headline as count

OBJECT_AFTER_PLACE = [
    ("The militia executed in the Gedo region five herders, including a boy.", 5),
    ("Rebels killed in the northern district four villagers.", 4),
    ("Gunmen shot dead near the market 12 traders and wounded 5 others.", 12),
    # no counted object, a passive verb, a clause after the number, an unreal verb: nothing new
    ("The army killed in Kabul on Monday a senior commander.", None),
    ("Two soldiers were killed in the town 20 km away.", 2),
    ("A bomb went off in the square, 12 others were killed.", 12),
    ("The cell planned to kill in the capital 30 people.", None),
    ("Shelling killed in a village of 300 people two farmers.", None),
]


@pytest.mark.parametrize("text, killed", OBJECT_AFTER_PLACE)
def test_object_after_a_place_phrase(text, killed):
    assert count(text, "killed") == killed
