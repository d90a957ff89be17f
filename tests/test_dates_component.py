"""The incident_dates component on a blank pipeline: wiring only (the logic is tested in the pure tests)."""

import datetime as dt

import pytest
import spacy

import incident_extractor.components.dates  # noqa: F401  (registers the factory)
from incident_extractor.mentions import DocumentMeta, mentions_of, register_extensions


def run_pipeline(text, published, **config):
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("incident_dates", config=config)
    doc = nlp.make_doc(text)
    doc._.meta = DocumentMeta(doc_id="t", published=published)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return mentions_of(doc).dates


def test_component_appends_resolved_dates_and_skips_furniture():
    dates = run_pipeline("Gunmen attacked a village on Monday.\nCopyright 2014-2025 Example News.", dt.date(2022, 11, 8))
    assert [(d.text, d.start) for d in dates] == [("Monday", dt.date(2022, 11, 7))]


def test_component_passes_the_date_order():
    dates = run_pipeline("The raid of 11/07/2022 left a crater.", dt.date(2022, 11, 8), date_order="DMY")
    assert dates[0].start == dt.date(2022, 7, 11)


def test_component_without_anchor_marks_the_days_it_cannot_place():
    dates = run_pipeline("THE BOMB EXPLODED YESTERDAY, ON 5 JAN 90.", None)
    assert [d.method for d in dates] == ["unanchored", "explicit"]
    assert dates[1].start == dt.date(1990, 1, 5)


def test_component_rejects_an_unknown_date_order():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="date_order"):
        nlp.add_pipe("incident_dates", config={"date_order": "XYZ"})
