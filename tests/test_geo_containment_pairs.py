""""X in Y" pairs where Y is a country or a region with its level word: X is restricted to Y's country, and a small
or kind-hinted X with no namesake there is dropped (the gazetteer lacks the place meant), so Y stands.

Sentences written for these tests; the real gazetteer (cached index) decides the candidates.
"""

import pytest

import incident_extractor.components.places  # noqa: F401  (registers the factory)

from conftest import places_of as run


@pytest.fixture(scope="module")
def nlp(places_nlp):
    return places_nlp


def found(nlp, text):
    return [(place.text, place.country_code) for place in run(nlp, text).places]


@pytest.mark.parametrize("text, expected", [
    # the district of a province: no Ipswich in Afghanistan, so England's is not meant
    ("Taliban fighters abducted six elders in the Ipswich district of eastern Helmand province.",
     [("Helmand province", "AF")]),
    # "X village in the Y province", "X town, in Y Province"
    ("A roadside bomb hit a convoy in the Ipswich village in the Helmand province.", [("Helmand province", "AF")]),
    ("Gunmen attacked a checkpoint near Ipswich town, in Helmand Province, killing two.", [("Helmand province", "AF")]),
    # a country as the wider place
    ("Militants burned the village of Ipswich, in Afghanistan's Helmand Province.",
     [("Afghanistan", "AF"), ("Helmand Province", "AF")]),
    # negative: X has a namesake in Y's country and stays, restricted to it
    ("Marines fought in the Sangin district of northern Helmand province.",
     [("Sangin district", "AF"), ("Helmand province", "AF")]),
    # negative: a large town with no level word is not dropped ("refugees from Aleppo in Turkey" are from the city)
    ("Two men from Ipswich in Afghanistan were hurt in the blast.", [("Ipswich", "GB"), ("Afghanistan", "AF")]),
    # negative: a region the story does not otherwise name says nothing against the town
    ("A policeman was shot in Tikrit in the Oriental province.", [("Tikrit", "IQ"), ("Oriental province", "MA")]),
])
def test_a_place_inside_a_wider_one(nlp, text, expected):
    assert [(text_, code) for text_, code in found(nlp, text)] == [
        (text[text.lower().index(t.lower()):][:len(t)], code) for t, code in expected]
