"""The incident_places component on hand-built Docs (blank pipeline, entities set by hand)."""

import pytest
import spacy
from spacy.tokens import Span

import incident_extractor.components.places  # noqa: F401  (registers the factory)
from incident_extractor.mentions import mentions_of


@pytest.fixture(scope="module")
def nlp(places_nlp):
    return places_nlp


def run(nlp, text, ents=()):
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(start, end, label=label) for start, end, label in ents]
    for _, component in nlp.pipeline:
        doc = component(doc)
    return mentions_of(doc)


def test_tripoli_in_a_lebanon_story_is_lebanons(nlp):
    mentions = run(nlp, "Lebanese troops deployed in Tripoli after clashes in northern Lebanon. Beirut said calm returned.")
    tripoli = next(place for place in mentions.places if place.text == "Tripoli")
    assert tripoli.country_code == "LB"
    assert mentions.country_context[0] == "LB"


def test_tripoli_alone_is_libyas(nlp):
    mentions = run(nlp, "Militias clashed in Tripoli overnight, residents said.")
    assert [place.country_code for place in mentions.places if place.text == "Tripoli"] == ["LY"]


def test_person_label_on_a_capital_after_in_is_still_a_place(nlp):
    text = "The Armenian defence ministry in Yerevan said Azerbaijani forces opened fire."
    start = text.index("Yerevan")
    mentions = run(nlp, text, [(start, start + 7, "PERSON")])
    yerevan = next(place for place in mentions.places if place.text == "Yerevan")
    assert (yerevan.kind, yerevan.country_code, yerevan.admin1) == ("place", "AM", "Yerevan")
    assert yerevan.latitude == pytest.approx(40.18, abs=0.1)


def test_border_and_region(nlp):
    text = "Troops exchanged fire on the Armenian-Azerbaijani border while shelling hit eastern Ukraine."
    mentions = run(nlp, text)
    kinds = {(place.kind, place.countries) for place in mentions.places}
    assert ("border", ("AM", "AZ")) in kinds
    assert ("region", ("UA",)) in kinds
    region = next(place for place in mentions.places if place.kind == "region")
    assert region.latitude is None and region.text == "eastern Ukraine"


def test_all_caps_wire_with_dateline_and_department(nlp):
    text = "   SAN SALVADOR, 3 JAN 90 -- THE ARMY REPORTED THAT TWO REBELS DIED IN A CLASH IN USULUTAN DEPARTMENT."
    mentions = run(nlp, text)
    found = {(place.text, place.kind, place.country_code) for place in mentions.places}
    assert ("SAN SALVADOR", "place", "SV") in found
    assert ("USULUTAN DEPARTMENT", "admin1", "SV") in found
    assert mentions.country_context[0] == "SV"


def test_common_words_and_names_are_not_places(nlp):
    text = "Police said Mine clearance teams moved Along the road. Pierre Laporte spoke."
    start = text.index("Pierre")
    mentions = run(nlp, text, [(start, start + len("Pierre Laporte"), "PERSON")])
    assert mentions.places == []


def test_offsets_point_at_the_text_and_places_are_in_document_order(nlp):
    text = "Rockets hit Aleppo and Idlib province in Syria."
    mentions = run(nlp, text)
    assert [place.text for place in mentions.places] == ["Aleppo", "Idlib province", "Syria"]
    for place in mentions.places:
        assert text[place.start_char:place.end_char] == place.text
    assert [place.admin1 for place in mentions.places[:2]] == ["Aleppo", "Idlib"]


def test_demonym_gives_a_country_when_no_place_is_named(nlp):
    mentions = run(nlp, "Three Afghan soldiers were killed by a roadside bomb.")
    assert [(place.kind, place.country_code, place.text) for place in mentions.places] == [("country", "AF", "Afghan")]


def test_x_comma_y_pair_restricts_x_to_y(nlp):
    mentions = run(nlp, "A bomb exploded in Tripoli, Lebanon, on Sunday.")
    assert mentions.places[0].country_code == "LB"


@pytest.mark.parametrize("text", ["", "   ", "12 34 56", "THE END."])
def test_texts_without_places_give_nothing(nlp, text):
    mentions = run(nlp, text)
    assert mentions.places == [] and mentions.country_context == []


def test_an_armed_group_tied_to_one_country_gives_the_country_when_no_place_is_named(nlp):
    mentions = run(nlp, "Two soldiers were wounded when the Taliban attacked a checkpoint.")
    assert [(place.kind, place.country_code, place.text) for place in mentions.places] == [("country", "AF", "Taliban")]


@pytest.mark.parametrize("text", [
    "Date of publication 5 July 2016. Rebels attacked a checkpoint.",
    "Years after the Arab Spring, Boko Haram fighters raided a school.",
    "The Khan family fled. Fighters of the Islamic State of Iraq and the Levant advanced.",
])
def test_words_that_open_or_split_names_are_not_places(nlp, text):
    # countries ("Iraq") and an armed group's country (Boko Haram -> NG) may stay; no town named "Date" or "Spring"
    assert [place.text for place in run(nlp, text).places if place.kind != "country"] == []


def test_an_english_region_name_gives_its_country_and_admin1(nlp):
    mentions = run(nlp, "Gunmen ambushed a convoy in North Sinai on Friday.")
    assert [(p.kind, p.country_code) for p in mentions.places] == [("admin1", "EG")]
