"""'along with' after a place or time phrase (casualties/extra_rules.py, along_with_figures): sentences written
for these tests."""

import pytest

from casualty_helpers import headline as count

ALONG_WITH_AFTER_A_PHRASE = [
    ("A landmine killed four herders in Gedo along with a well-known trader.", 5),
    ("Farid Azimi, a surgeon, was shot dead in his clinic along with his nurse.", 2),
    ("Nine guards and 3 cooks were killed during the raid, along with 6 attackers.", 18),
    ("Two soldiers were killed in the ambush along with their commander.", 3),
    ("The blogger was hacked to death in his flat along with his friend.", 2),
    # unchanged: right after the figure, and no figure when a clause stands between
    ("A soldier was killed along with two civilians.", 3),
    ("Two soldiers were killed in the town, which was shelled along with a village.", 2),
    ("Two soldiers were killed in clashes that erupted along with protests.", 2),
    ("Two people were killed in the blast, along with several shops destroyed.", 2),
]


@pytest.mark.parametrize("text, killed", ALONG_WITH_AFTER_A_PHRASE)
def test_along_with_after_a_place_or_time_phrase(text, killed):
    assert count(text, "killed") == killed
