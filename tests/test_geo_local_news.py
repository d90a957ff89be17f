"""Local-news datelines and streets (issue 5): "MANCHESTER —", "HOUSTON (KPRC) -", "BIRMINGHAM, Ala. —"; a street
named after a town ("Garfield Avenue") is no place; a first word of a person's name is no village."""

import pytest
from conftest import places_of

from incident_extractor.geo.finder import find_dateline
from incident_extractor.geo.us_states import dateline_us_state


@pytest.mark.parametrize("text, name", [
    ("MANCHESTER — A man was stabbed.", "MANCHESTER"),
    ("HOUSTON (KPRC) - Two people were hurt.", "HOUSTON"),
    ("SAN SALVADOR, 3 JAN 90 (EFE) -- [TEXT] A bomb.", "SAN SALVADOR"),
    ("NEW ORLEANS -- Police said.", "NEW ORLEANS"),
    ("A man was stabbed in Leeds — police said.", None),  # no capitals at the start: no dateline
])
def test_a_dateline_may_end_with_a_dash_or_a_station(text, name):
    span = find_dateline(text)
    assert (text[span[0]:span[1]] if span else None) == name


@pytest.mark.parametrize("text, state, abbreviated", [
    ("BIRMINGHAM, Ala. — Police are searching.", "Alabama", True),
    ("AUSTIN, TX - A crash closed the road.", "Texas", True),
    ("CONCORD, N.H. (AP) — A fire.", "New Hampshire", True),
    ("PORTLAND, Maine (AP) — A fire.", "Maine", False),
    ("KABUL, Afghanistan (Reuters) - A bomb.", None, None),
    ("LIMA, 2 MAY 90 (EFE) -- A bomb.", None, None),
    ("Police in Birmingham, Ala. said.", None, None),  # not a dateline
])
def test_a_us_state_after_the_dateline_city(text, state, abbreviated):
    found = dateline_us_state(text)
    assert (found.state if found else None) == state
    if found:
        assert found.abbreviated is abbreviated


@pytest.mark.parametrize("text, expected", [
    # the state picks the namesake; the abbreviation is no place (not "Ala" = Almaty)
    ("BIRMINGHAM, Ala. — A woman was shot outside a club.", [("BIRMINGHAM", "US", "Alabama")]),
    ("PORTLAND, Maine (AP) — A fire killed two.", [("PORTLAND", "US", "Maine"), ("Maine", "US", "Maine")]),
])
def test_a_dateline_state_chooses_the_city(places_nlp, text, expected):
    found = places_of(places_nlp, text).places
    assert [(p.text, p.country_code, p.admin1) for p in found] == expected


@pytest.mark.parametrize("text, street_town", [
    ("SPRINGFIELD — A man was shot in the 1200 block of Garfield Avenue, police said.", "Garfield"),
    ("PORTLAND, Maine — A fire tore through a building on Garfield Avenue early Thursday.", "Garfield"),
    ("MANCHESTER — A boy was found with knife wounds on Alexandra Road.", "Alexandra"),
])
def test_a_street_named_after_a_town_is_no_place(places_nlp, text, street_town):
    found = places_of(places_nlp, text).places
    assert street_town not in [p.text for p in found]
    assert found and found[0].start_char == 0  # the dateline city is the place


def test_the_first_word_of_a_name_is_no_village_of_the_story_country(places_nlp):
    text = "HOUSTON — The victim, Marcus Delaney, was taken to a hospital in Houston."
    found = places_of(places_nlp, text, [("Marcus Delaney", "ORG")]).places
    assert [p.text for p in found] == ["HOUSTON", "Houston"]


@pytest.mark.parametrize("text, town", [
    # a lower-case building word after the town: the building is in that town
    ("A suicide bomber blew himself up outside a Jerusalem hospital.", "Jerusalem"),
    ("A bomb went off on a Kabul street near the ministry.", "Kabul"),
])
def test_a_building_named_by_its_town_keeps_the_town(places_nlp, text, town):
    assert town in [p.text for p in places_of(places_nlp, text).places]


def test_a_weak_tied_place_follows_the_sure_ones():
    from incident_extractor.geo.main_location import main_locations
    from incident_extractor.mentions import PlaceMention

    text = "PORTLAND — A fire on Washington Avenue killed two people in Portland."
    def at(phrase, score, occurrence_from=0):
        start = text.index(phrase, occurrence_from)
        return PlaceMention(phrase, "place", phrase, start, start + len(phrase), country_code="US", countries=("US",),
                            score=score)
    street_town, city = at("Washington", 0.4), at("Portland", 0.85, 20)
    start = text.index("killed")
    assert [p.text for p in main_locations([street_town, city], start, start + 6)] == ["Portland", "Washington"]
    # a sure place still ranks by specificity and distance among the sure ones
    assert [p.text for p in main_locations([at("Washington", 0.9), city], start, start + 6)][0] == "Washington"
