"""Round-4 rules: a place name that is only the first word of a longer proper name, and "X, Country" pairs.

Sentences written for these tests; the real gazetteer (cached index) decides the candidates.
"""

import pytest

from incident_extractor.geo.finder import find_name_mentions, is_all_caps
from incident_extractor.geo.names import name_key

from conftest import places_of as run

KNOWN = {"kentucky", "london", "kabul", "mali", "sahel"}


def finder_names(text, ents):
    spans = [(text.index(name), text.index(name) + len(name), label) for name, label in ents]
    return find_name_mentions(text, spans, lambda name: name_key(name) in KNOWN, is_all_caps(text))


@pytest.mark.parametrize(
    "text, ents, goes_on",
    [
        # the entity goes on with a capitalised word that is no place or building word
        ("Fire broke out in a Kentucky Fried Chicken outlet downtown.", [("Kentucky Fried Chicken", "ORG")], True),
        ("Police closed the London Lions arena after the threat.", [("London Lions", "ORG")], True),
        # building, facility and place words keep the town: "Kabul Airport", "Kabul Province", "Kabul Bank"
        ("Rockets landed near Kabul Airport late on Monday.", [("Kabul Airport", "FAC")], False),
        ("Rockets landed in Kabul Province late on Monday.", [("Kabul Province", "GPE")], False),
        ("Gunmen robbed the Kabul Bank branch at noon.", [("Kabul Bank", "ORG")], False),
        # a war or an offensive named after the place still happens there
        ("Dozens died during the Kabul War last spring.", [("Kabul War", "EVENT")], False),
        # the next word is outside the entity: a date, not a longer name
        ("Two men were shot in Kabul Tuesday, police said.", [("Kabul", "GPE"), ("Tuesday", "DATE")], False),
        # a headline in title case capitalises every word
        ("Kabul Blast Kills Ten Soldiers At Army Post", [("Kabul Blast", "ORG")], False),
        # all-caps wire text capitalises every word too
        ("A BOMB WENT OFF IN A KENTUCKY FRIED CHICKEN OUTLET.", [("KENTUCKY FRIED CHICKEN", "ORG")], False),
        # "De" is a connector inside a name the lookup missed, not the rest of a firm's name
        ("Gunmen struck the Kabul De Norte post on Friday.", [("Kabul De Norte", "ORG")], False),
    ],
)
def test_a_name_that_goes_on_is_marked(text, ents, goes_on):
    first = finder_names(text, ents)[0]
    assert first.name_goes_on is goes_on


@pytest.mark.parametrize(
    "text, ents, previous_is_place_word",
    [
        ("A soldier died in the Sahel region, Mali after a clash.", [("Sahel", "PERSON"), ("Mali", "PERSON")], True),
        ("Talks ended in a stalemate, Mali said.", [("Mali", "PERSON")], False),
    ],
)
def test_a_country_after_region_comma_follows_a_name(text, ents, previous_is_place_word):
    mali = next(mention for mention in finder_names(text, ents) if mention.text == "Mali")
    assert mali.follows_name_comma is previous_is_place_word


@pytest.mark.parametrize(
    "text, ents, expected",
    [
        # a small US town as the first word of a station's name must not pull London to Ohio
        ("A parcel bomb went off at Parsons Green station, London, hurting six.",
         [("Parsons Green", "ORG"), ("London", "GPE")], {"GB"}),
        # a firm named after a US state is not a place
        ("A grenade hit a Kentucky Fried Chicken outlet near the airport.", [("Kentucky Fried Chicken", "ORG")], set()),
        # a commander named after a town (Ricardo, Texas) is not a place, nor US evidence against Bogota
        ("A car bomb exploded in Bogota; the Ricardo Franco front was blamed.",
         [("Bogota", "GPE"), ("Ricardo Franco", "LOC")], {"CO"}),
        # with nothing else named, an office named after a capital still tells the country
        ("A bomb damaged the Kathmandu Development Committee office overnight.",
         [("Kathmandu Development Committee", "ORG")], {"NP"}),
        # a country as the first word of an airline's name is still the country
        ("Gunmen seized a Singapore Airlines jet on the runway.", [("Singapore Airlines", "ORG")], {"SG"}),
    ],
)
def test_names_that_go_on(places_nlp, text, ents, expected):
    mentions = run(places_nlp, text, ents)
    assert {place.country_code for place in mentions.places} == expected


@pytest.mark.parametrize(
    "text, ents, expected",
    [
        # Mali has no Sahel in the gazetteer: Burkina Faso's Sahel region is not meant
        ("A French soldier was killed in the Sahel region, Mali on Sunday.", [("Sahel", "PERSON"), ("Mali", "PERSON")],
         {"ML"}),
        # a list, not a pair: every item stays
        ("Protests were held in Kabul, Pakistan and India.", [("Kabul", "GPE"), ("Pakistan", "GPE"), ("India", "GPE")],
         {"AF", "PK", "IN"}),
        # the pair agrees: X keeps its reading in that country
        ("Militants shelled Tripoli, Lebanon overnight.", [("Tripoli", "GPE"), ("Lebanon", "GPE")], {"LB"}),
    ],
)
def test_the_country_of_an_x_comma_country_pair_decides(places_nlp, text, ents, expected):
    mentions = run(places_nlp, text, ents)
    assert {place.country_code for place in mentions.places} == expected
