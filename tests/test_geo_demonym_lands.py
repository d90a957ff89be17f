"""A people's word before a word for a place in their country: "the Kenyan capital", "a Syrian border town".

Sentences written for these tests; the real gazetteer (cached index) decides the capitals.
"""

import pytest

import incident_extractor.components.places  # noqa: F401  (registers the factory)
from incident_extractor.geo.demonym_lands import find_demonym_lands
from incident_extractor.geo.people import find_demonyms

from conftest import places_of as run


def lands(text, all_caps=False):
    return [(area.text, area.countries) for area in find_demonym_lands(text, find_demonyms(text, all_caps), all_caps)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A grenade went off in the Ugandan capital on Friday.", [("Ugandan capital", ("UG",))]),
        ("Raiders struck a remote northern Malian village at dawn.", [("Malian village", ("ML",))]),
        ("Shells hit the Lebanese border town of Hermel.", [("Lebanese border town", ("LB",))]),
        ("Rebels held the Yemeni port of Mokha for a week.", [("Yemeni port", ("YE",))]),
        ("Fighters entered a Libyan opposition-held coastal city.", [("Libyan opposition-held coastal city", ("LY",))]),
        ("GUERRILLAS ATTACKED A PERUVIAN JUNGLE TOWN YESTERDAY.", [("PERUVIAN JUNGLE TOWN", ("PE",))]),
        # negative rows: people, not a place; too many words between; a people of several countries
        ("Ugandan soldiers were killed near the town.", []),
        ("Ugandan police in the town arrested two men.", []),
        ("Malian troops and their allies left the village.", []),
        ("Gunmen raided the Turkmen village of Tal Hassan.", []),
        ("The Somali town was calm.", []),
    ],
)
def test_demonym_before_a_land_noun(text, expected):
    assert lands(text, all_caps=text.isupper()) == expected


@pytest.fixture(scope="module")
def nlp(places_nlp):
    return places_nlp


def test_the_capital_of_a_people_is_a_point(nlp):
    found = run(nlp, "A car bomb exploded in the Ugandan capital, wounding six.").places
    capital = next(place for place in found if place.text == "Ugandan capital")
    assert (capital.kind, capital.country_code, capital.name) == ("place", "UG", "Kampala")
    assert capital.latitude is not None


def test_a_town_of_a_people_names_the_country_over_a_foreign_group(nlp):
    text = "Militants of a Somali group attacked a Ugandan market town, killing two."
    mentions = run(nlp, text)
    assert mentions.country_context[0] == "UG"
    assert any(place.kind == "country" and place.country_code == "UG" for place in mentions.places)


@pytest.mark.parametrize("text, expected", [
    # the city named right after the phrase is the place; the phrase gives the country only
    ("A mortar shell hit a market in the Ugandan capital, Kampala, wounding six.",
     [("Kampala", "place", "Kampala"), ("Ugandan capital", "country", "Uganda")]),
    ("A mortar shell hit a market in the Ugandan capital Jinja, wounding six.",
     [("Jinja", "place", "Jinja"), ("Ugandan capital", "country", "Uganda")]),
    # a people of one region: their capital is not the country's
    ("A car bomb exploded in the Dagestani capital on Friday.", [("Dagestani capital", "country", "Russia")]),
    # negative: the capital alone is the country's capital, a point
    ("A car bomb exploded in the Ugandan capital on Friday.", [("Ugandan capital", "place", "Kampala")]),
])
def test_a_capital_named_after_the_phrase_or_of_a_region(nlp, text, expected):
    found = sorted(run(nlp, text).places, key=lambda place: place.kind != "place")
    assert [(place.text, place.kind, place.name) for place in found] == expected
