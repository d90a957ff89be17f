"""The vowel key: the last-resort spelling fold for place entities, where transliterations differ in their vowels
and glides ("Khan Sheikhoun" / "Khan Shaykhun"). Names and sentences written for these tests."""

import pytest

from incident_extractor.geo.names import loose_key, name_key, vowel_key

from conftest import places_of as run


@pytest.mark.parametrize(
    "news, gazetteer",
    [
        ("Khan Sheikhoun", "Khan Shaykhun"),  # ei/ay, ou/u
        ("Deir Hafer", "Dayr Hafir"),  # ei/ay, e/i
        ("Talbiseh", "Talbisah"),  # e/a before a final h
        ("Dujail", "Ad Dujayl"),  # ai/ay
        ("Qusair", "Al Qusayr"),  # ai/ay
    ],
)
def test_vowel_runs_and_glides_fold_together(news, gazetteer):
    assert loose_key(name_key(news)) != loose_key(name_key(gazetteer))  # the loose key keeps them apart
    assert vowel_key(name_key(news)) == vowel_key(name_key(gazetteer)) != ""


@pytest.mark.parametrize("first, second", [("Mosul", "Masyaf"), ("Homs", "Hims"), ("Gorah", "Gura")])
def test_consonants_and_length_still_count(first, second):
    assert vowel_key(name_key(first)) != vowel_key(name_key(second)) or vowel_key(name_key(first)) == ""


@pytest.fixture(scope="module")
def nlp(places_nlp):
    return places_nlp


@pytest.mark.parametrize(
    "text, ents, country",
    [
        ("Syrian government aircraft bombed Kafr Tekharim, killing five civilians.", [("Kafr Tekharim", "GPE")], "SY"),
        ("Gunmen killed two Syrian soldiers near Tel Abiyad on Monday.", [("Tel Abiyad", "GPE")], "SY"),
    ],
)
def test_place_entities_are_found_by_their_vowel_key(nlp, text, ents, country):
    assert country in {place.country_code for place in run(nlp, text, ents).places}


def test_a_vowel_match_outside_the_story_country_is_dropped(nlp):
    text = "Fighting in Iraq spread to Kafr Tekharim on Friday."  # a Syrian town's vowel key: not this story's
    assert {place.country_code for place in run(nlp, text, [("Iraq", "GPE"), ("Kafr Tekharim", "GPE")]).places} == {"IQ"}


def test_a_vowel_reading_abroad_yields_to_the_other_places(nlp):
    text = "A bomb exploded in Kafr Tekharim, Baghdad."  # a Syrian town's key; the other place is Iraq's
    ents = [("Kafr Tekharim", "GPE"), ("Baghdad", "GPE")]
    assert "SY" not in {place.country_code for place in run(nlp, text, ents).places}


def test_a_vowel_reading_is_weak(nlp):
    text = "A bomb exploded in Tel Abiyad."
    places = run(nlp, text, [("Tel Abiyad", "GPE")]).places
    assert [place.country_code for place in places] == ["SY"] and places[0].score < 0.5
