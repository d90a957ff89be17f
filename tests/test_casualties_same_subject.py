"""A second verb of the same subject ("and was taken to hospital", "or was hurt") counts no one again; a vague
"unknown number" is no count. Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

SAME_SUBJECT = [
    ("The cyclist was badly injured and was taken to the hospital.", "injured", 1),
    ("Nobody died or was wounded in the blast.", "injured", None),
    ("Nobody died or was wounded in the blast.", "killed", 0),
    # the first clause holds no figure: the second one is the only one
    ("A man was shot and was taken to hospital.", "injured", 1),
    # "an unknown number": no count
    ("Guards repelled the raid, killing one and wounding an unknown number of raiders.", "injured", None),
    ("Guards repelled the raid, killing one and wounding an unknown number of raiders.", "killed", 1),
    ("Three officers, as well as an unspecified number of soldiers, were injured.", "injured", 3),
]


@pytest.mark.parametrize("text, kind, expected", SAME_SUBJECT)
def test_same_subject_and_unknown_numbers(text, kind, expected):
    assert count(text, kind) == expected
