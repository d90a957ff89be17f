"""is_mostly_upper: all-caps wire text versus ordinary news text (counts ASCII letters only)."""

import pytest

from incident_extractor.components.actors import is_mostly_upper


@pytest.mark.parametrize(
    "text, expected",
    [
        ("GUNMEN KILLED TWO POLICEMEN IN THE CAPITAL ON MONDAY, OFFICIALS SAID.", True),
        ("Gunmen killed two policemen in the capital on Monday, officials said.", False),
        ("THE ARMY SAID 12 REBELS DIED NEAR THE BORDER (afp)", True),
        ("NATO and the UN met in Geneva to talk about the truce", False),
        ("ÉTÉ À BOGOTÁ: ÉLÈVES", True),  # accented capitals are skipped, the plain ones still count
        ("1234 5678 -- ...", False),  # no letters at all
        ("", False),
    ],
)
def test_is_mostly_upper(text, expected):
    assert is_mostly_upper(text) is expected


def test_only_the_first_2000_characters_count():
    assert is_mostly_upper("A" * 2000 + "b" * 50000)
    assert not is_mostly_upper("a" * 2000 + "B" * 50000)
