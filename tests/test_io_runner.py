"""The runner and the worker pool with a blank pipeline and a stand-in assembler (no model needed)."""

import spacy
from spacy.language import Language

from incident_extractor.extract.records import source_of
from incident_extractor.extract.run import extract_documents
from incident_extractor.io.document import InputDocument, ReadFailure
from incident_extractor.mentions import DocumentMeta
from incident_extractor.models import Incident

if not Language.has_factory("test_io_runner_fails_on_marker"):

    @Language.component("test_io_runner_fails_on_marker")
    def fails_on_marker(doc):
        if "BREAKS-COMPONENT" in doc.text:
            raise ValueError("this component refuses the document")
        return doc


def blank_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_io_runner_fails_on_marker")
    return nlp


def one_incident_per_sentence(doc) -> list[Incident]:
    if "BREAKS-ASSEMBLY" in doc.text:
        raise RuntimeError("assembly cannot handle this document")
    meta = doc._.meta
    return [
        Incident(id=f"{meta.doc_id}/{i}", source=source_of(meta), scope="current", summary=s.text, confidence=0.5)
        for i, s in enumerate(doc.sents)
    ]


def document(doc_id: str, text: str) -> InputDocument:
    return InputDocument(meta=DocumentMeta(doc_id=doc_id), text=text)


def mixed_items(count: int = 40) -> list:
    items = []
    for n in range(count):
        if n % 9 == 4:
            items.append(ReadFailure.of("malformed", f"in:{n}", f"in:{n}: malformed JSON"))
        elif n % 11 == 6:
            items.append(document(f"d{n}", "A shell hit the school. BREAKS-COMPONENT"))
        elif n % 13 == 7:
            items.append(document(f"d{n}", "BREAKS-ASSEMBLY here."))
        else:
            items.append(document(f"d{n}", " ".join(f"Sentence {k} of document {n}." for k in range(n % 4 + 1))))
    return items


def outcome(results) -> list:
    return [
        (r.failure.doc_id, r.failure.code) if not r.ok else [i.summary for i in r.incidents] for r in results
    ]


def expected_outcome(items) -> list:
    rows = []
    for item in items:
        if isinstance(item, ReadFailure):
            rows.append((item.doc_id, item.code))
        elif "BREAKS" in item.text:
            rows.append((item.meta.doc_id, "E020"))
        else:
            rows.append([s.strip() + "." for s in item.text.split(".") if s.strip()])
    return rows


def test_one_result_per_item_in_input_order_failures_included():
    items = mixed_items()
    nlp = blank_pipeline()
    results = list(extract_documents(nlp, iter(items), batch_size=4, to_incidents=one_incident_per_sentence))
    assert outcome(results) == expected_outcome(items)


def test_component_and_assembly_errors_name_the_document_in_one_line():
    items = [document("a", "x BREAKS-COMPONENT"), document("b", "BREAKS-ASSEMBLY")]
    results = list(extract_documents(blank_pipeline(), items, to_incidents=one_incident_per_sentence))
    messages = [r.failure.message for r in results]
    assert messages[0].startswith("a: test_io_runner_fails_on_marker: ValueError")
    assert messages[1].startswith("b: RuntimeError: assembly cannot")
    assert all("\n" not in m for m in messages)


def test_worker_pool_gives_the_same_results_in_the_same_order():
    items = mixed_items(60)
    nlp = blank_pipeline()
    alone = outcome(extract_documents(nlp, iter(items), batch_size=3, to_incidents=one_incident_per_sentence))
    pooled = outcome(
        extract_documents(nlp, iter(items), batch_size=3, n_process=2, to_incidents=one_incident_per_sentence)
    )
    assert pooled == alone == expected_outcome(items)


def test_worker_results_carry_the_publication_anchor(monkeypatch):
    import datetime as dt

    items = [InputDocument(meta=DocumentMeta(doc_id="p"), text="Clashes.", option_published=dt.date(2020, 2, 3))]
    (result,) = list(extract_documents(blank_pipeline(), items, n_process=2, to_incidents=one_incident_per_sentence))
    assert result.incidents[0].source.published == "2020-02-03"


class BatchBreaker:
    """A component with its own pipe(): spaCy has no error handler around it, like its Cython parser."""

    def __call__(self, doc):
        return doc

    def pipe(self, docs, batch_size=128):
        from spacy.util import minibatch

        for batch in minibatch(docs, size=batch_size):
            if any("BREAKS-BATCH" in doc.text for doc in batch):
                raise MemoryError("the batch was too much")
            yield from batch


if not Language.has_factory("test_io_runner_batch_breaker"):

    @Language.factory("test_io_runner_batch_breaker")
    def make_batch_breaker(nlp, name):
        return BatchBreaker()


def test_an_unhandled_batch_error_fails_that_batch_only():
    nlp = blank_pipeline()
    nlp.add_pipe("test_io_runner_batch_breaker")
    items = [document(f"d{n}", "BREAKS-BATCH now." if n == 5 else f"Report {n}.") for n in range(12)]
    results = list(extract_documents(nlp, items, batch_size=4, to_incidents=one_incident_per_sentence))
    failed_ids = [r.failure.doc_id for r in results if not r.ok]
    assert failed_ids == ["d4", "d5", "d6", "d7"]
    assert "MemoryError: the batch was too much" in results[5].failure.message
    assert [r.incidents[0].summary for r in results if r.ok][-1] == "Report 11."
