"""Armed groups and missions tied to one country, and names of faiths or words that only some village shares.

Sentences written for these tests.
"""

import pytest

import incident_extractor.components.places  # noqa: F401  (registers the factory)
from incident_extractor.geo.people import find_groups

from conftest import places_of as run


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A MINUSMA convoy hit a mine north of the river.", ["ML"]),
        ("Two ISAF soldiers were wounded by a roadside bomb.", ["AF"]),
        ("Fulani herdsmen raided three farming villages overnight.", ["NG"]),
        ("Police blamed the Barisan Revolusi Nasional for the bombing.", ["TH"]),
        ("Officers said Lashkar-e-Taiba gunmen fired on a patrol.", ["IN"]),
        ("The al-Hashd fighters repelled the assault.", ["IQ"]),
        # negative rows: the words alone, in other senses or in lower case
        ("Herdsmen and farmers clashed over grazing land.", []),
        ("The fulani herdsmen were not named.", []),
        ("Let the record show that the mission ended.", []),
    ],
)
def test_groups_and_missions_tied_to_one_country(text, expected):
    assert [code for *_, code in find_groups(text)] == expected


@pytest.fixture(scope="module")
def nlp(places_nlp):
    return places_nlp


@pytest.mark.parametrize(
    "text, ents",
    [
        ("Twin blasts tore through a crowded bus station.", [("Twin", "GPE")]),
        ("An Ahmadi place of worship was set on fire.", []),
        ("The convoy was ambushed near Sheikh Omar's farm.", []),
    ],
)
def test_faith_names_titles_and_plain_words_are_no_places(nlp, text, ents):
    assert run(nlp, text, ents).places == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a hyphen and a space are one separator
        ("Jaish-al-Adl said its fighters attacked the post.", ["IR"]),
        ("Fighters of Lashkar e Taiba were blamed.", ["IN"]),
        ("A Tehrik i Taliban commander was arrested.", ["PK"]),
        # a hyphenated (transliterated) name in lower case
        ("Three traders died in an al-shabaab ambush on the road.", ["SO"]),
        ("The anti-balaka militia burned the houses.", ["CF"]),
        ("Police said jaish-e-mohammed men threw the grenade.", ["IN"]),
        # plain words keep their case
        ("The hashed potatoes were cold; contras and sandinista songs were heard.", []),
        ("A shining path led up the hill.", []),
    ],
)
def test_group_spellings_hyphens_and_lower_case(text, expected):
    assert [code for *_, code in find_groups(text)] == expected
