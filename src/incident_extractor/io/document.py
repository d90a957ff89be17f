"""An input document as the readers hand it to the extractor."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, replace
from typing import Optional

from incident_extractor.mentions import DocumentMeta


def content_hash(text: str) -> str:
    """What resume compares: the same id with other text is a different document."""
    return hashlib.sha1(text.encode("utf-8", errors="surrogatepass")).hexdigest()


@dataclass(frozen=True)
class InputDocument:
    meta: DocumentMeta  # published/published_from are filled by `with_publication`
    text: str  # the cleaned text; every offset in the records points into it
    metadata_published: Optional[dt.date] = None  # from the input itself (JSONL/CSV key, HTML metadata)
    option_published: Optional[dt.date] = None  # --published
    header: str = ""  # lines the cleaner dropped from the top (a byline, "Published March 9, 2025")

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)


def with_publication(item: InputDocument) -> DocumentMeta:
    """The document's meta with its anchor date resolved.

    Done next to NLP (in the worker process when there are several) rather than in the reader,
    because finding a dateline or a date in the text costs about as much as a pipeline component.
    """
    from incident_extractor.io.published import resolve_publication

    if item.meta.published is not None:
        return item.meta
    published, published_from = resolve_publication(item.text, item.metadata_published, item.option_published,
                                                    header=item.header)
    return replace(item.meta, published=published, published_from=published_from)


# Stable codes for what went wrong with one document; the message says which file or line.
FAILURE_CODES = {
    "missing": "E011",  # no such file or folder
    "unreadable": "E012",  # permissions, symlink loop, I/O error
    "empty": "E013",  # empty file, or nothing left after cleaning
    "binary": "E014",  # not text
    "malformed": "E015",  # a JSONL line that is not a JSON object
    "no_text": "E016",  # a JSONL/CSV row without text, HTML without an article
    "no_column": "E017",  # CSV without the text column
    "processing": "E020",  # the pipeline or the record builder raised on this document
}


@dataclass(frozen=True)
class ReadFailure:
    """A document (or a line of one) that could not be read; reported, never fatal for the batch."""

    doc_id: str
    message: str  # one line, starting with the document id or path
    path: Optional[str] = None
    code: str = "E010"  # see FAILURE_CODES

    @classmethod
    def of(cls, kind: str, doc_id: str, message: str, path: Optional[str] = None) -> "ReadFailure":
        return cls(doc_id=doc_id, message=message, path=path, code=FAILURE_CODES[kind])

    def as_json(self) -> dict:
        return {"doc_id": self.doc_id, "path": self.path, "code": self.code, "message": self.message}


def warn(message: str) -> None:
    """A one-line warning on stderr: the document is still read."""
    import sys

    print(f"incidents: warning: {message}", file=sys.stderr)
