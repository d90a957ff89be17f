"""The seed article through the real pipeline: what the foundation issue and issue 6 ask of it."""

from pathlib import Path

import pytest
from spacy.language import Language

from incident_extractor.nlp.pipeline import OUR_COMPONENTS, import_components

SEED = Path(__file__).resolve().parents[1] / "samples" / "armenia-azerbaijan-2022-11-07.txt"


@pytest.fixture(scope="module")
def incidents():
    import_components()
    missing = [name for name in OUR_COMPONENTS if not Language.has_factory(name)]
    if missing:
        pytest.skip(f"components not merged yet: {', '.join(missing)}")
    from incident_extractor.extract.run import extract_documents
    from incident_extractor.io.readers import ReaderOptions, read_inputs
    from incident_extractor.nlp.pipeline import build_pipeline

    nlp = build_pipeline()
    try:
        results = list(extract_documents(nlp, read_inputs([str(SEED)], ReaderOptions())))
    except AttributeError as error:
        # extract/run.py before the inputs branch calls nlp.set_error_handler, which the trained parser of
        # spaCy 3.8 refuses; the inputs branch fixes it. Until it is merged, run the same steps by hand.
        if "error_handler" not in str(error):
            raise
        return _incidents_without_the_runner(nlp, read_inputs([str(SEED)], ReaderOptions()))
    assert len(results) == 1 and results[0].ok, results[0].failure
    return [incident.model_dump(mode="json") for incident in results[0].incidents]


def _incidents_without_the_runner(nlp, items):
    from incident_extractor.extract.run import doc_to_incidents

    (item,) = list(items)
    doc = nlp.make_doc(item.text)
    doc._.meta = item.meta
    for _, component in nlp.pipeline:
        doc = component(doc)
    return [incident.model_dump(mode="json") for incident in doc_to_incidents(doc)]


def find(incidents, predicate):
    matches = [i for i in incidents if predicate(i)]
    assert matches, [(i["event_type"], i["date"], i["scope"], i["summary"][:60]) for i in incidents]
    return matches[0]


def test_the_border_clash(incidents):
    clash = find(incidents, lambda i: i["event_type"] == "Battles" and i["scope"] == "current")
    assert clash["sub_event_type"] == "Armed clash"
    assert (clash["date"]["start"], clash["date"]["precision"]) == ("2022-11-07", "day")
    assert clash["killed"] == 0
    assert {"AM", "AZ"} <= {a["country_code"] for a in clash["actors"] if a["kind"] == "state_forces"}
    assert {"AM", "AZ"} <= {code for location in clash["locations"] for code in location["countries"]}
    assert sum(1 for i in incidents if i["event_type"] == "Battles" and i["scope"] == "current") == 1


def test_the_september_fighting(incidents):
    september = find(incidents, lambda i: i["date"] and i["date"]["start"] == "2022-09-13")
    assert september["scope"] == "background"
    assert september["killed"] == 100
    assert any(c["qualifier"] == "more_than" and c["victims"] == "soldiers" and c["count"] == 100
               for c in september["casualties"])


def test_the_2020_war(incidents):
    war = find(incidents, lambda i: i["killed"] == 6500)
    assert war["date"]["start"].startswith("2020") and war["date"]["precision"] in ("year", "range")
    assert war["scope"] in ("aggregate", "background")
    assert any(c["count"] == 6500 and c["qualifier"] == "more_than" for c in war["casualties"])


def test_the_washington_talks(incidents):
    talks = find(incidents, lambda i: i["event_type"] == "Strategic developments" and "Washington" in i["summary"] + " ".join(l["name"] for l in i["locations"]))
    assert talks["scope"] == "current"
    assert talks["date"]["start"] == "2022-11-07"
    assert any(a["role"] == "mediator" and a["country_code"] == "US" for a in talks["actors"])


def test_nothing_from_furniture_or_loose_numbers(incidents):
    for incident in incidents:
        assert "IRIA" not in incident["summary"] and "Image Credit" not in incident["summary"]
        for casualty in incident["casualties"]:
            assert "ex-Soviet" not in casualty["text"] and "both sides" not in casualty["text"]
    assert max(i["killed"] or 0 for i in incidents) == 6500


def test_the_russia_meeting_a_week_earlier_is_background(incidents):
    meeting = find(incidents, lambda i: i["event_type"] == "Strategic developments" and "one week after" in i["summary"])
    assert meeting["scope"] == "background"


def test_the_september_fighting_is_not_placed_in_the_mediating_country(incidents):
    september = find(incidents, lambda i: i["date"] and i["date"]["start"] == "2022-09-13")
    assert "RU" not in {code for location in september["locations"] for code in location["countries"] or [location["country_code"]]}
