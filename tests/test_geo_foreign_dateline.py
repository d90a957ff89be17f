"""A wire dateline that adds its country in brackets ("PANAMA CITY (PANAMA), ...") is filed from abroad: it
gives no evidence of the story's country. Sentences written for these tests."""

import pytest

from incident_extractor.mentions import mentions_of


def context_of(nlp, text):
    doc = nlp.make_doc(text)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return mentions_of(doc).country_context


@pytest.mark.parametrize(
    "text, first",
    [
        ("PANAMA CITY (PANAMA), 3 JAN 90 (EFE) -- [TEXT] GUERRILLAS ATTACKED AN ARMY POST IN EL SALVADOR TODAY.", "SV"),
        # even against a weaker mention of the story's country
        ("MADRID (SPAIN), 3 JAN 90 (EFE) -- [TEXT] SALVADORAN TROOPS CLASHED WITH REBELS TODAY.", "SV"),
        # without brackets the dateline is the story's own place
        ("PANAMA CITY, 3 JAN 90 (EFE) -- [TEXT] GUERRILLAS ATTACKED AN ARMY POST IN EL SALVADOR TODAY.", "PA"),
    ],
)
def test_a_bracketed_dateline_is_no_evidence(places_nlp, text, first):
    assert context_of(places_nlp, text)[0] == first


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Twelve militants were killed in Pak airstrikes, officials said.", ["PK"]),  # the South Asian short form
        ("Balkan wars left many dead, the book says.", []),  # an adjective, not Turkmenistan's Balkan province
    ],
)
def test_short_forms_and_adjectives(places_nlp, text, expected):
    assert context_of(places_nlp, text) == expected


@pytest.mark.parametrize(
    "text, absent",
    [
        ("A bomb went off near the Pakistani, Indian and Iranian consulates in Jalalabad.", "IN"),
        ("Gunmen stormed the Turkish and Russian embassies in Kabul.", "RU"),
    ],
)
def test_every_country_of_a_list_before_a_mission_word_is_from_abroad(places_nlp, text, absent):
    assert absent not in context_of(places_nlp, text)
