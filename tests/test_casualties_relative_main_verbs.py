"""The main verb after a relative clause on a counted subject (casualties/relative_main_verbs.py): sentences
written for these tests."""

import pytest

from casualty_helpers import headline as count

RELATIVE_MAIN_VERBS = [
    ("Four traders who had been kidnapped were killed.", "killed", 4),
    ("Six farmers who were abducted from their fields on Tuesday were found dead.", "killed", 6),
    ("Three miners who were seized by the rebels have been executed.", "killed", 3),
    ("Two guards who were shot in the legs were wounded.", "injured", 2),
    # a clause of its own after the relative clause: its own subject
    ("Four men who were kidnapped, and two guards were killed.", "killed", 2),
    ("Four men who were kidnapped were freed and two guards were killed.", "killed", 2),
    # the main verb is no casualty
    ("Ten people who were killed were buried on Sunday.", "killed", 10),
    ("Five herders who were abducted were released.", "killed", None),
]


@pytest.mark.parametrize("text, kind, expected", RELATIVE_MAIN_VERBS)
def test_relative_clause_then_main_verb(text, kind, expected):
    assert count(text, kind) == expected
