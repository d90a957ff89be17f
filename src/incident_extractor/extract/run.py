"""The one-way flow: read results in, nlp.pipe, assemble, records out, in input order.

A document that fails anywhere (reading, a pipeline component, assembly, validation) becomes a failed
DocumentResult; the batch goes on. Memory stays flat: items are pulled from the reader lazily and only
the documents of the batches in flight are held.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Union

from incident_extractor.events.sentences import remember_text
from incident_extractor.io.document import InputDocument, ReadFailure, with_publication
from incident_extractor.mentions import register_extensions
from incident_extractor.models import Incident

Item = Union[InputDocument, ReadFailure]
ToIncidents = Callable[[object], list]


@dataclass
class DocumentResult:
    document: Optional[InputDocument]
    incidents: list[Incident] = field(default_factory=list)
    failure: Optional[ReadFailure] = None

    @property
    def ok(self) -> bool:
        return self.failure is None


def doc_to_incidents(doc) -> list[Incident]:
    from incident_extractor.events.sentences import text_of
    from incident_extractor.extract.assemble import assemble_incidents
    from incident_extractor.extract.records import to_records

    return to_records(assemble_incidents(doc), text_of(doc), doc._.meta)


def failed(item: InputDocument, message: str) -> DocumentResult:
    """A document the pipeline or the record builder could not handle."""
    doc_id = item.meta.doc_id
    failure = ReadFailure.of("processing", doc_id, f"{doc_id}: {message}", item.meta.path)
    return DocumentResult(document=item, failure=failure)


def _error_text(error: BaseException) -> str:
    return " ".join(f"{type(error).__name__}: {error}".split())[:300]  # one line, however long the error


def extract_documents(
    nlp,
    items: Iterable[Item],
    *,
    batch_size: int = 16,
    n_process: int = 1,
    to_incidents: Optional[ToIncidents] = None,
) -> Iterator[DocumentResult]:
    """Results in input order, one per item, failures included.

    n_process > 1 runs a pool of worker processes (extract/workers.py): spaCy's own n_process cannot
    carry `doc._.meta` and `doc._.mentions` (dataclasses) through its msgpack serialisation.
    """
    if n_process > 1:
        from incident_extractor.extract.workers import extract_in_workers

        yield from extract_in_workers(nlp, items, workers=n_process, batch_size=batch_size, to_incidents=to_incidents)
        return
    yield from annotate_in_order(nlp, items, batch_size=batch_size, to_incidents=to_incidents or doc_to_incidents)


def set_error_handler(nlp, handler) -> None:
    """Like nlp.set_error_handler, but skipping components that cannot take one.

    spaCy's Cython parser and NER refuse the attribute (AttributeError); the pipeline default
    still covers every Python component.
    """
    nlp.default_error_handler = handler
    for _name, proc in nlp.pipeline:
        try:
            proc.set_error_handler(handler)
        except AttributeError:
            pass


def annotate_in_order(
    nlp, items: Iterable[Item], *, batch_size: int, to_incidents: ToIncidents
) -> Iterator[DocumentResult]:
    register_extensions()
    pending: deque = deque()
    component_errors: dict[int, str] = {}

    def remember_error(name, proc, docs, error):  # spaCy's error-handler signature
        for doc in docs:
            component_errors[id(doc)] = f"{name}: {_error_text(error)}"

    set_error_handler(nlp, remember_error)
    source = iter(items)

    def docs_to_process() -> Iterator:
        for item in source:
            if isinstance(item, ReadFailure):
                pending.append((None, DocumentResult(document=None, failure=item)))
                continue
            try:
                meta = with_publication(item)
                doc = nlp.make_doc(item.text)
                remember_text(doc, item.text)
            except Exception as error:
                pending.append((None, failed(item, _error_text(error))))
                continue
            doc._.meta = meta
            pending.append((doc, item))
            yield doc

    while True:
        try:
            for processed in nlp.pipe(docs_to_process(), batch_size=batch_size):
                yield from _results_until(processed, pending, component_errors, to_incidents)
            break
        except Exception as error:
            # a component without an error handler raised: its whole batch is lost, the rest goes on
            message = _error_text(error)
            while pending:
                doc, item = pending.popleft()
                yield item if doc is None else failed(item, message)
    while pending:
        doc, item = pending.popleft()
        yield item if doc is None else failed(item, component_errors.pop(id(doc), "processing failed"))


def _results_until(
    processed, pending: deque, component_errors: dict, to_incidents: ToIncidents
) -> Iterator[DocumentResult]:
    """The results of the pending items up to and including the processed doc, in order."""
    while pending:
        doc, item = pending.popleft()
        if doc is None:
            yield item  # already a result
            continue
        if doc is not processed:
            # spaCy drops a doc when a component raised on it and the error handler did not re-raise
            yield failed(item, component_errors.pop(id(doc), "processing failed"))
            continue
        component_errors.pop(id(doc), None)
        try:
            incidents = to_incidents(processed)
        except Exception as error:  # one bad document never stops the batch
            yield failed(item, _error_text(error))
        else:
            yield DocumentResult(document=item, incidents=incidents)
        return
