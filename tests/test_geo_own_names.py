"""A place's own name includes its official name without an administrative prefix and the words before a joining
word ("Zamora de Hidalgo" goes by Zamora): such a namesake is no longer outranked by a smaller town abroad whose
full name is the bare word. Candidates written for these tests."""

import pytest

from incident_extractor.geo.disambiguate import choose_candidate, own_name_keys
from incident_extractor.geo.gazetteer import Candidate

TOWN_WITH_SURNAME = Candidate("Villa Nueva de Ocampo", "place", "MX", None, 20.0, -101.0, 180_000)
BARE_TOWN_ABROAD = Candidate("Villa Nueva", "place", "AR", None, -32.4, -63.2, 60_000)
BOROUGH = Candidate("City of Harlow", "place", "GB", None, 51.8, 0.1, 250_000)
BARE_NAMESAKE = Candidate("Harlow", "place", "US", None, 40.0, -90.0, 110_000)


@pytest.mark.parametrize(
    "name, key",
    [
        ("Zamora de Hidalgo", "zamora"),
        ("Santiago de los Caballeros", "santiago"),
        ("City of Westminster", "westminster"),
        ("Cotija de la Paz", "cotija"),
    ],
)
def test_own_name_keys(name, key):
    assert key in own_name_keys(name)


@pytest.mark.parametrize(
    "name, key",
    [("Santa Cruz", "santa"), ("San Jose de Ocoa", "san"), ("Port of Spain", "port"), ("Oklahoma City", "oklahoma")],
)
def test_own_name_keys_keep_whole_first_parts(name, key):
    assert key not in own_name_keys(name)


@pytest.mark.parametrize(
    "candidates, query, expected",
    [
        ([BARE_TOWN_ABROAD, TOWN_WITH_SURNAME], "Villa Nueva", TOWN_WITH_SURNAME),
        ([BARE_NAMESAKE, BOROUGH], "Harlow", BOROUGH),
    ],
)
def test_a_larger_town_by_its_own_short_name_wins(candidates, query, expected):
    assert choose_candidate(candidates, query, {}) == expected


@pytest.fixture(scope="module")
def nlp(places_nlp):
    return places_nlp


def test_the_first_word_of_a_longer_name_keeps_a_town_by_its_own_short_name(nlp):
    from conftest import places_of

    text = "Gunmen attacked the Zamora Bus Terminal in central Mexico."  # Zamora de Hidalgo goes by Zamora
    places = places_of(nlp, text, [("Zamora Bus Terminal", "ORG"), ("Mexico", "GPE")]).places
    assert ("Zamora de Hidalgo", "MX") in {(place.name, place.country_code) for place in places}


def test_a_text_naming_no_country_keeps_the_first_word_town_by_its_own_short_name(nlp):
    from conftest import places_of

    text = "Gunmen attacked the Zamora Bus Terminal on Monday."  # nothing else: the town the name is taken from
    places = places_of(nlp, text, [("Zamora Bus Terminal", "ORG")]).places
    assert [(place.name, place.country_code) for place in places] == [("Zamora de Hidalgo", "MX")]
