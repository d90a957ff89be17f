"""A place entity after a cue stands against a context made of peoples' words alone.

Sentences written for these tests; the real gazetteer (cached index) decides the candidates.
"""

import pytest

import incident_extractor.components.places  # noqa: F401  (registers the factory)

from conftest import places_of as run


@pytest.fixture(scope="module")
def nlp(places_nlp):
    return places_nlp


@pytest.mark.parametrize(
    "text, ents, expected",
    [
        # only a demonym names a country: the cued place entity keeps its own country
        ("A mortar hit the British patrol base in Sangin overnight.", [("Sangin", "GPE")], {"AF"}),
        # negative rows: no place label; a country named outright
        ("A mortar hit the British patrol base in Sangin overnight.", [], {"GB"}),
        ("A mortar hit a patrol base in Sangin, Britain said.", [("Sangin", "GPE")], {"GB"}),
    ],
)
def test_people_alone_do_not_silence_a_cued_place(nlp, text, ents, expected):
    assert {place.country_code for place in run(nlp, text, ents).places} == expected
