"""What an attack left its victims (casualties/left_phrasings.py): a list of bare titles before "dead", a second
victim list with its own complement. Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

LEFT_LISTS = [
    # bare titles after one article, names: each person counts
    ("The crossfire left a girl and woman dead.", "killed", 2),
    ("A gunfight left a farmer, his wife and nephew dead.", "killed", 3),
    ("The raiders left Omar and his brother dead.", "killed", 2),
    # a second list with its own complement after the first one
    ("The explosion left 4 porters dead and a fifth porter injured.", "injured", 1),
    ("The explosion left 4 porters dead and a fifth porter injured.", "killed", 4),
    ("The crossfire left a girl and woman dead as well as two boys wounded.", "injured", 2),
    ("The blast left two guards dead and a cook seriously hurt.", "injured", 1),
    # unchanged: one counted list, the plain complement
    ("The bombing left 5 civilians, including a child, dead and 3 others wounded.", "killed", 5),
    ("The bombing left 5 civilians, including a child, dead and 3 others wounded.", "injured", 3),
    ("The ambush left six soldiers dead.", "killed", 6),
    ("The storm left the town and the valley without power.", "killed", None),
]


@pytest.mark.parametrize("text, kind, expected", LEFT_LISTS)
def test_left_lists(text, kind, expected):
    assert count(text, kind) == expected
