"""A bare title with a modifier of its own in a named list ("a soldier and police officer"). Sentences written for
these tests."""

import pytest

from casualty_helpers import headline as count

BARE_TITLES = [
    ("A car bomb killed a provincial judge and security chief in the town.", 2),
    ("The sniper killed a soldier and police officer.", 2),
    # a plural or an unknown head ends the list: the first person only
    ("Gunmen killed a policeman and security forces responded.", 1),
    ("Gunmen killed a policeman and police sources said the town was calm.", 1),
]


@pytest.mark.parametrize("text, killed", BARE_TITLES)
def test_bare_title_with_a_modifier(text, killed):
    assert count(text, "killed") == killed
