"""A counted subject whose unit or place phrase is long, far from its passive verb (extra_rules.distant_figures, a
gap of up to 13 words): sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

LONG_SUBJECTS = [
    ("Three nurses from the Department of Child Health and Nutrition at the Regional Hospital were killed.", "killed", 3),
    ("Two teachers of the School of Mining and Petroleum Engineering in Kaduna State University were shot dead.",
     "killed", 2),
    ("Five pupils from the Institute of Fine Arts and Music near the old city gate were wounded.", "injured", 5),
    # a number or a comma in the gap still ends the subject
    ("Three nurses from the Department of Child Health, where 40 people work, were killed.", "killed", None),
]


@pytest.mark.parametrize("text, kind, expected", LONG_SUBJECTS)
def test_long_subject_before_passive_verb(text, kind, expected):
    assert count(text, kind) == expected
