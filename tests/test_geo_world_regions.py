"""World regions wider than a country ("Central America", "Latin American", "Southeast Asia") name no country and
hold no place, region or demonym. Sentences written for these tests."""

import pytest

from incident_extractor.geo.world_regions import find_world_regions

from conftest import places_of as run


@pytest.fixture(scope="module")
def nlp(places_nlp):
    return places_nlp


@pytest.mark.parametrize("text, found", [
    ("THE PRESIDENT SAID PEACE IN CENTRAL AMERICA IS NEAR.", ["CENTRAL AMERICA"]),
    ("Latin American envoys met in the Middle East.", ["Latin American", "Middle East"]),
    ("The biggest solar farm in South-East Asia was attacked.", ["South-East Asia"]),
    # countries and their peoples are not world regions
    ("A convoy was hit in South Africa and in the Central African Republic.", []),
    ("American envoys met in North Korea.", []),
])
def test_find_world_regions(text, found):
    assert [text[start:end] for start, end in find_world_regions(text)] == found


@pytest.mark.parametrize("text, ents, expected", [
    # was the central United States and the United States (country evidence for the wrong country)
    ("SAN SALVADOR, 3 JAN 90 (EFE) -- THE PRESIDENT SAID PEACE IN CENTRAL AMERICA IS NEAR. GUERRILLAS KILLED TWO "
     "SOLDIERS IN USULUTAN.", [], ["SV"]),
    ("The kidnapped adviser had worked across Latin America for a decade.", [("Latin America", "LOC")], []),
    ("LATIN AMERICAN LEADERS CONDEMNED THE MURDER OF THE JESUITS.", [], []),
    # was the Philippine town of Asia
    ("Rebels attacked the biggest solar farm in Southeast Asia, located in Cadiz City.", [("Cadiz City", "GPE")], ["PH"]),
    # negative: the country itself, and a region of it, stay
    ("Gunmen killed two guards in Central Mexico and in South Africa.", [], ["MX", "ZA"]),
])
def test_world_regions_name_no_country(nlp, text, ents, expected):
    mentions = run(nlp, text, ents)
    assert set(mentions.country_context) <= set(expected)
    assert sorted({place.country_code for place in mentions.places}) == expected
