""""Rifles" in a unit's name ("Assam Rifles personnel") is a modifier of the victim phrase; as a head it names
no people (data/casualty_lexicon.json: non-victim nouns). Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

UNIT_NAMES = [
    ("Three Assam Rifles personnel were killed in the ambush.", "killed", 3),
    ("Two Rashtriya Rifles soldiers were wounded.", "injured", 2),
    ("Militants armed with rifles killed four guards.", "killed", 4),
    ("Two rifles were damaged in the blast.", "injured", None),
]


@pytest.mark.parametrize("text, kind, expected", UNIT_NAMES)
def test_rifles_in_unit_names(text, kind, expected):
    assert count(text, kind) == expected
