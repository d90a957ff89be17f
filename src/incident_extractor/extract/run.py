"""The one-way flow: read results in, nlp.pipe, assemble, records out, in input order.

A document that fails anywhere (reading, a pipeline component, assembly, validation) becomes a failed
DocumentResult; the batch goes on.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Optional, Union

from incident_extractor.io.document import InputDocument, ReadFailure
from incident_extractor.mentions import register_extensions
from incident_extractor.models import Incident


@dataclass
class DocumentResult:
    document: Optional[InputDocument]
    incidents: list[Incident] = field(default_factory=list)
    failure: Optional[ReadFailure] = None

    @property
    def ok(self) -> bool:
        return self.failure is None


def doc_to_incidents(doc) -> list[Incident]:
    from incident_extractor.extract.assemble import assemble_incidents
    from incident_extractor.extract.records import to_records

    return to_records(assemble_incidents(doc), doc.text, doc._.meta)


def extract_documents(
    nlp,
    items: Iterable[Union[InputDocument, ReadFailure]],
    *,
    batch_size: int = 16,
    n_process: int = 1,
) -> Iterator[DocumentResult]:
    """Results in input order, one per item, failures included."""
    register_extensions()
    pending: deque = deque()
    component_errors: dict[int, str] = {}

    def remember_error(name, proc, docs, error):  # spaCy's error-handler signature
        for doc in docs:
            component_errors[id(doc)] = f"{name}: {type(error).__name__}: {error}"

    nlp.set_error_handler(remember_error)

    def docs_to_process() -> Iterator:
        for item in items:
            if isinstance(item, ReadFailure):
                pending.append((None, item))
                continue
            doc = nlp.make_doc(item.text)
            doc._.meta = item.meta
            pending.append((doc, item))
            yield doc

    def failed(item: InputDocument, message: str) -> DocumentResult:
        failure = ReadFailure(doc_id=item.meta.doc_id, path=item.meta.path, message=f"{item.meta.doc_id}: {message}")
        return DocumentResult(document=item, failure=failure)

    for processed in nlp.pipe(docs_to_process(), batch_size=batch_size, n_process=n_process):
        while pending:
            doc, item = pending.popleft()
            if doc is None:
                yield DocumentResult(document=None, failure=item)
                continue
            if n_process == 1 and doc is not processed:
                # spaCy dropped this doc after a component raised on it
                yield failed(item, component_errors.pop(id(doc), "processing failed"))
                continue
            try:
                yield DocumentResult(document=item, incidents=doc_to_incidents(processed))
            except Exception as error:  # one bad document never stops the batch
                yield failed(item, f"{type(error).__name__}: {error}")
            break
    while pending:
        doc, item = pending.popleft()
        if doc is None:
            yield DocumentResult(document=None, failure=item)
        else:
            yield failed(item, component_errors.pop(id(doc), "processing failed"))
