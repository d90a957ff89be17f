""""a CRPF personnel": an indefinite article before a plural-looking head is one person (victims.py,
is_lone_definite_plural); "the soldiers" stays a group of unknown size. Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

INDEFINITE = [
    ("A border police personnel was injured in the grenade attack.", "injured", 1),
    ("A soldier was killed, while a paramilitary personnel was wounded.", "injured", 1),
    ("An SSB personnel was killed in the ambush.", "killed", 1),
    ("The soldiers were killed in the ambush.", "killed", None),
    ("The personnel were evacuated.", "injured", None),
]


@pytest.mark.parametrize("text, kind, expected", INDEFINITE)
def test_indefinite_article_before_a_plural_head(text, kind, expected):
    assert count(text, kind) == expected
