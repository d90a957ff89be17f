""""X, Y Region" pairs (with or without the space) and demonyms that are a region's name.

Sentences written for these tests; the real gazetteer (cached index) decides the candidates.
"""

import pytest

import incident_extractor.components.places  # noqa: F401  (registers the factory)

from conftest import places_of as run


@pytest.fixture(scope="module")
def nlp(places_nlp):
    return places_nlp


def countries_of(nlp, text):
    return {place.country_code for place in run(nlp, text).places}


@pytest.mark.parametrize(
    "text, expected",
    [
        # the town of the pair has no namesake in the region's country: the region alone says where
        ("Herders clashed near Garissa, Afar Region, on Monday.", {"ET"}),
        ("Herders clashed near Garissa,Afar Region, on Monday.", {"ET"}),
        # a region named like a people is the region, not the people's country
        ("Fighting spread across the Somali Region overnight.", {"ET"}),
        # even where the text writes the people's word in lower case elsewhere
        ("Many somali families fled when gunmen raided Garissa,Somali Region.", {"ET"}),
        # negative rows: a list of towns and regions, a town with a namesake in the region's country
        ("Strikes hit Kabul, Nangarhar and Kunar on Friday.", {"AF"}),
        ("Shelling hit Aleppo, Homs and Hama.", {"SY"}),
        ("Unrest spread in Somali towns.", {"SO"}),
        # a word capitalised by position and written in lower case elsewhere, with no level word: no place
        ("Reading the statement aloud, the officer kept reading for an hour.", set()),
    ],
)
def test_town_and_region_pairs(nlp, text, expected):
    assert countries_of(nlp, text) == expected


def test_a_people_before_a_province_word_is_still_the_country(nlp):
    mentions = run(nlp, "A bomb killed four in a southern Afghan province.")
    assert [(place.kind, place.country_code) for place in mentions.places] == [("country", "AF")]
