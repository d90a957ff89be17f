"""Names made of ordinary words: a country's name and "X governorate" are places, "Green Park" alone is not.
Sentences written for these tests; the real gazetteer (cached index) decides the candidates."""

import pytest

from incident_extractor.mentions import mentions_of


def run(nlp, text):
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return mentions_of(doc)


@pytest.mark.parametrize(
    "text, country",
    [
        ("A settler was stabbed near a junction in the West Bank on Friday.", "PS"),
        ("Gunmen ambushed a checkpoint in the New Valley governorate overnight.", "EG"),
    ],
)
def test_names_of_plain_words_that_are_named_regions(places_nlp, text, country):
    assert country in {place.country_code for place in run(places_nlp, text).places}


@pytest.mark.parametrize(
    "text",
    [
        "Protesters gathered in Green Park on Sunday.",  # ordinary words that also name some town
        "The valley was quiet; a new road was opened.",
    ],
)
def test_plain_words_alone_are_not_places(places_nlp, text):
    assert run(places_nlp, text).places == []
