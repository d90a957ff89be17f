"""An input document as the readers hand it to the extractor."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from incident_extractor.mentions import DocumentMeta


@dataclass(frozen=True)
class InputDocument:
    meta: DocumentMeta
    text: str


@dataclass(frozen=True)
class ReadFailure:
    """A document (or a line of one) that could not be read; reported, never fatal for the batch."""

    doc_id: str
    message: str
    path: Optional[str] = None
