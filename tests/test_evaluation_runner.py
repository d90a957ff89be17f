"""The runner's wiring to the extractor, with a blank pipeline and a stand-in record builder."""

import json

import pytest
import spacy

from incident_extractor.evaluation.runner import (
    _wanted_items,
    base_document_id,
    evaluate_files,
    gold_documents,
    predictions_from_pipeline,
    predictions_from_records,
)
from incident_extractor.io.document import ReadFailure
from test_evaluation_builders import incident

ROWS = [
    {"id": "one", "published": "2020-02-03", "text": "Two died.", "gold": {"killed": 2}},
    {"id": "two", "text": "Three people died here.", "gold": {"killed": 4}},
    {"id": "three", "text": "Calm day.", "gold": {"relevant": False}},
    {"id": "three", "text": "A repeated id, with other text.", "gold": {"killed": 6}},
]


def words_as_toll(doc):
    """Stand-in for the record builder: one incident whose toll is the number of words."""
    if doc.text.startswith("Calm"):
        return []
    return [incident(doc_id=doc._.meta.doc_id, killed=len(doc.text.split()))]


@pytest.fixture
def gold_file(tmp_path, monkeypatch):
    import incident_extractor.extract.run as run

    monkeypatch.setattr(run, "doc_to_incidents", words_as_toll)
    path = tmp_path / "mini.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS))
    return str(path)


def test_predictions_from_pipeline_pair_documents_by_id(gold_file):
    predictions = list(predictions_from_pipeline(gold_documents([gold_file]), spacy.blank("en")))
    assert [p.document.doc_id for p in predictions] == ["one", "two", "three", "three"]
    assert [[i.killed for i in p.incidents] for p in predictions] == [[2], [4], [], [6]]  # repeated ids row by row
    assert all(p.failure is None for p in predictions)


def test_evaluate_files_runs_the_extractor(gold_file):
    board = evaluate_files([gold_file], nlp=spacy.blank("en"))
    total = board.total()
    assert (total["killed_exact"].hits, total["killed_exact"].n) == (3, 3)
    assert (total["doc_no_incident"].hits, total["doc_no_incident"].n) == (1, 1)


def test_limit_reads_only_what_it_scores(gold_file):
    board = evaluate_files([gold_file], nlp=spacy.blank("en"), limit=1)
    assert board.total_documents == 1 and board.total_failures == 0


class Item:
    def __init__(self, doc_id):
        self.meta = type("Meta", (), {"doc_id": doc_id})()


@pytest.mark.parametrize(
    "ids, wanted, kept",
    [
        (["a", "a~part2", "b", "c"], {"a"}, ["a", "a~part2"]),  # stops after the last wanted document
        (["x", "a", "b"], {"a", "b"}, ["a", "b"]),
        (["a", "b"], {"c"}, []),
    ],
)
def test_wanted_items(ids, wanted, kept):
    assert [item.meta.doc_id for item in _wanted_items([Item(i) for i in ids], wanted)] == kept


def test_wanted_items_keeps_read_failures_of_wanted_documents():
    failure = ReadFailure(doc_id="a", message="a: no text")
    assert list(_wanted_items([failure], {"a"})) == [failure]


@pytest.mark.parametrize("doc_id, base", [("a", "a"), ("a~part3", "a"), ("x:12", "x:12")])
def test_base_document_id(doc_id, base):
    assert base_document_id(doc_id) == base


def test_records_of_the_parts_of_a_long_article_count_for_the_article(gold_file):
    records = {"one": [incident(doc_id="one", killed=1)], "one~part2": [incident(doc_id="one~part2", killed=2)]}
    predictions = list(predictions_from_records(gold_documents([gold_file]), records))
    assert [[i.killed for i in p.incidents] for p in predictions] == [[1, 2], [], [], []]


def test_a_row_the_reader_skips_is_a_failure_and_the_pairing_holds(gold_file, monkeypatch):
    import incident_extractor.io.readers as readers

    real_read_inputs = readers.read_inputs

    def reader_that_drops_two(paths, options):
        return (item for item in real_read_inputs(paths, options) if item.meta.doc_id != "two")

    monkeypatch.setattr(readers, "read_inputs", reader_that_drops_two)
    predictions = list(predictions_from_pipeline(gold_documents([gold_file]), spacy.blank("en")))
    assert [(p.document.doc_id, bool(p.failure)) for p in predictions] == [
        ("one", False), ("two", True), ("three", False), ("three", False)
    ]
    assert [[i.killed for i in p.incidents] for p in predictions] == [[2], [], [], [6]]


def test_later_parts_of_a_long_article_count_for_the_article(gold_file, monkeypatch):
    from dataclasses import replace

    import incident_extractor.io.readers as readers

    real_read_inputs = readers.read_inputs

    def reader_that_splits_one(paths, options):
        for item in real_read_inputs(paths, options):
            yield item
            if item.meta.doc_id == "one":
                yield replace(item, meta=replace(item.meta, doc_id="one~part2"), text="Five more died there today.")

    monkeypatch.setattr(readers, "read_inputs", reader_that_splits_one)
    predictions = list(predictions_from_pipeline(gold_documents([gold_file]), spacy.blank("en")))
    assert [[i.killed for i in p.incidents] for p in predictions] == [[2, 5], [4], [], [6]]
