"""The incident_casualties component on hand-built pipelines (no trained model)."""

import spacy

import incident_extractor.components.casualties  # noqa: F401  (registers the factory)
from incident_extractor.casualties.headline import headline_figures
from incident_extractor.mentions import mentions_of


def pipeline(sentences=True):
    nlp = spacy.blank("en")
    if sentences:
        nlp.add_pipe("sentencizer")
    nlp.add_pipe("incident_casualties")
    return nlp


def test_component_appends_doc_ordered_mentions_with_document_offsets():
    text = "A bomb exploded in the market. It killed 12 people and injured 30. The toll rose to 15 on Friday."
    doc = pipeline()(text)
    found = mentions_of(doc).casualties
    assert [m.start_char for m in found] == sorted(m.start_char for m in found)
    assert all(text[m.start_char:m.end_char] == m.text for m in found)
    assert headline_figures(found) == (15, 30)


def test_component_works_without_sentence_boundaries():
    doc = pipeline(sentences=False)("Gunmen killed four people. Two more died later.")
    assert headline_figures(mentions_of(doc).casualties) == (6, None)


def test_component_on_all_caps_wire_text():
    text = ("SAN SALVADOR, 3 JAN 90 -- THE ARMED FORCES REPORTED THAT THREE SOLDIERS WERE KILLED AND FIVE OTHERS "
            "WERE WOUNDED IN AN AMBUSH. NO CIVILIANS WERE HURT.")
    doc = pipeline()(text)
    killed, injured = headline_figures(mentions_of(doc).casualties)
    assert (killed, injured) == (3, 5)


def test_document_without_figures_gets_none():
    doc = pipeline()("The minister opened a bridge.")
    assert mentions_of(doc).casualties == []


def test_component_reads_an_other_group_against_the_sentence_before():
    text = ("Three men were killed and two others wounded at a party. Officers found the bodies of three men in the "
            "yard. Two other people were taken to a hospital with gunshot wounds.")
    doc = pipeline()(text)
    assert headline_figures(mentions_of(doc).casualties) == (3, 2)


def test_component_reads_a_person_found_wounded_against_a_death_told_after():
    text = ("Officers were called to a flat on Friday. They found a man suffering from stab wounds. He was pronounced "
            "dead at the scene.")
    doc = pipeline()(text)
    assert headline_figures(mentions_of(doc).casualties) == (1, None)
