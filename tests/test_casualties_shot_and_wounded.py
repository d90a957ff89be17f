""""shot and critically wounded": an adverb inside the lexicon's "shot and wounded" (data/casualty_lexicon.json).
Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

SHOT_AND_WOUNDED = [
    ("A judge was shot and critically wounded outside the court.", "injured", 1),
    ("Gunmen shot and badly injured two traders in the market.", "injured", 2),
    ("A guard was shot and lightly wounded.", "injured", 1),
    ("A guard was shot and lightly wounded.", "killed", None),
    ("A guard was shot and killed.", "killed", 1),
]


@pytest.mark.parametrize("text, kind, expected", SHOT_AND_WOUNDED)
def test_shot_and_adverb_wounded(text, kind, expected):
    assert count(text, kind) == expected
