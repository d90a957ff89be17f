"""Two places joined by a hyphen ("the Herat-Kandahar highway") are two places; adjectives ("London-based")
and names with an article ("Al-Shabaab") are not. Sentences written for these tests."""

import pytest

from incident_extractor.geo.finder import find_name_mentions, is_all_caps
from incident_extractor.geo.names import name_key

KNOWN = {"herat", "kandahar", "london", "paris", "lyon", "cuba", "al"}


def names(text):
    return [(m.text, m.cue) for m in find_name_mentions(text, [], lambda name: name_key(name) in KNOWN, is_all_caps(text))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gunmen stopped a bus on the Herat-Kandahar highway.", [("Herat", False), ("Kandahar", False)]),
        ("A bomb hit the Paris-Lyon train.", [("Paris", False), ("Lyon", False)]),
        ("Fighting went on in Herat-Kandahar border areas.", [("Herat", True), ("Kandahar", True)]),
        ("THE BUS ON THE HERAT-KANDAHAR HIGHWAY WAS STOPPED.", [("HERAT", False), ("KANDAHAR", False)]),
        # an adjective made from a place is not the place
        ("The London-based monitor reported ten dead.", []),
        ("THE LONDON-BASED MONITOR REPORTED TEN DEAD.", []),
        # parts of two letters and articles are not places
        ("Al-Shabaab claimed the attack.", []),
    ],
)
def test_hyphenated_places(text, expected):
    assert names(text) == expected
