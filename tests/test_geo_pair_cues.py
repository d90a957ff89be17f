"""Cues that reach a name from further away: the wider place of an "X, Y" pair after "in", and "parts of the Y".

Sentences written for these tests; a fake gazetteer knows one name.
"""

import pytest

from incident_extractor.geo.finder import find_name_mentions, is_all_caps
from incident_extractor.geo.names import name_key


def cue_of_lestra(text):
    found = find_name_mentions(text, [], lambda name: name_key(name) == "lestra", is_all_caps(text))
    return [mention.cue for mention in found if name_key(mention.text) == "lestra"]


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Two farmers died in Karvona, Lestra, on Monday.", True),
        ("Shots were fired near Upper Karvona, Lestra.", True),
        ("Raiders burned huts in three localities of the Lestra.", True),
        ("Mortars fell in the eastern parts of the Lestra.", True),
        # negative rows: no cue before the pair; a noun that says nothing of a place; capitals
        ("Karvona, Lestra and two other chiefs signed the deal.", False),
        ("The leaders of the Lestra met on Monday.", False),
        ("IT IS PART OF THE LESTRA NETWORK.", False),
    ],
)
def test_cues_from_a_pair_and_from_parts_of(text, cue):
    assert cue_of_lestra(text) == [cue]
