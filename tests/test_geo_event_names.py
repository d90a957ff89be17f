"""An event word before "of" opens an event's name ("the Battle of Mosul"): no town that shares the word.
Sentences written for these tests."""

import pytest

from conftest import places_of as run


@pytest.fixture(scope="module")
def nlp(places_nlp):
    return places_nlp


@pytest.mark.parametrize("text, ents, expected", [
    # were Battle (England) and Massacre (a Caribbean hamlet)
    ("Part of the Battle of Mosul: five fighters were killed.", [("the Battle of Mosul", "EVENT")], ["Mosul"]),
    ("He was tried for the so-called Massacre of Puerto Montt.", [], ["Puerto Montt"]),
    ("TROOPS FOUGHT IN THE BATTLE OF SAN MIGUEL.", [], ["San Miguel"]),
    # negative: the town itself, followed by no "of"
    ("A bomb exploded in Battle, East Sussex.", [("Battle", "GPE")], ["Battle", "East Sussex"]),
])
def test_an_event_word_before_of_is_no_place(nlp, text, ents, expected):
    assert [place.name for place in run(nlp, text, ents).places] == expected
