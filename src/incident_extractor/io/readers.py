"""Readers: paths and stdin in, InputDocuments (or ReadFailures) out, one at a time.

Every failure is a ReadFailure for that one document (or JSONL line); the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from incident_extractor.io.document import InputDocument, ReadFailure
from incident_extractor.io.published import parse_metadata_date, resolve_publication
from incident_extractor.mentions import DocumentMeta

ReadResult = Union[InputDocument, ReadFailure]

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MAX_DOCUMENT_CHARS = 2_000_000  # longer texts are cut with a warning: no news article is this long


@dataclass(frozen=True)
class ReaderOptions:
    text_key: str = "text"
    id_key: str = "id"
    published_key: str = "published"
    title_key: str = "title"
    url_key: str = "url"
    published: Optional[dt.date] = None  # --published: the anchor when the input carries none


def expand_paths(paths: Iterable[str]) -> Iterator[Union[Path, ReadFailure, str]]:
    """Files as given, folders recursively in sorted order, '-' for stdin; missing paths become failures."""
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        path = Path(raw)
        if path.is_dir():
            for found in _walk_sorted(path):
                yield found
        elif path.exists():
            yield path
        else:
            yield ReadFailure(doc_id=raw, path=raw, message=f"{raw}: no such file or folder")


def _walk_sorted(folder: Path) -> Iterator[Path]:
    # os.walk with followlinks=False cannot loop on symlinked folders
    for root, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_inputs(paths: Iterable[str], options: ReaderOptions) -> Iterator[ReadResult]:
    for item in expand_paths(paths):
        if isinstance(item, ReadFailure):
            yield item
        elif item == "-":
            yield from read_stream(sys.stdin.buffer, "-", options, path=None)
        else:
            yield from read_path(item, options)


def read_path(path: Path, options: ReaderOptions) -> Iterator[ReadResult]:
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as error:
        yield ReadFailure(doc_id=str(path), path=str(path), message=f"{path}: {error.strerror or error}")
        return
    yield from read_bytes(data, str(path), options, path=str(path), suffix=path.suffix.lower())


def read_stream(stream, doc_id: str, options: ReaderOptions, path: Optional[str]) -> Iterator[ReadResult]:
    yield from read_bytes(stream.read(), doc_id, options, path=path, suffix="")


def read_bytes(
    data: bytes, doc_id: str, options: ReaderOptions, path: Optional[str], suffix: str
) -> Iterator[ReadResult]:
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl_bytes(data, doc_id, options, path)
        return
    text = decode_text(data, doc_id)
    if isinstance(text, ReadFailure):
        yield text
        return
    yield from make_document(text, doc_id, options, path=path)


def decode_text(data: bytes, doc_id: str) -> Union[str, ReadFailure]:
    if not data.strip():
        return ReadFailure(doc_id=doc_id, path=doc_id, message=f"{doc_id}: empty input")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:8192]:
        return ReadFailure(doc_id=doc_id, path=doc_id, message=f"{doc_id}: binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        print(f"warning: {doc_id}: not valid UTF-8, read as cp1252", file=sys.stderr)
        return data.decode("cp1252", errors="replace")


def read_jsonl_bytes(data: bytes, doc_id: str, options: ReaderOptions, path: Optional[str]) -> Iterator[ReadResult]:
    text = decode_text(data, doc_id)
    if isinstance(text, ReadFailure):
        yield text
        return
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{doc_id}:{line_number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            yield ReadFailure(doc_id=where, path=path, message=f"{where}: malformed JSON ({error.msg})")
            continue
        if not isinstance(row, dict):
            yield ReadFailure(doc_id=where, path=path, message=f"{where}: a JSONL line must be an object")
            continue
        body = row.get(options.text_key)
        if not isinstance(body, str) or not body.strip():
            yield ReadFailure(doc_id=where, path=path, message=f"{where}: no text in key '{options.text_key}'")
            continue
        row_id = row.get(options.id_key)
        published = row.get(options.published_key, row.get("date") if options.published_key == "published" else None)
        yield from make_document(
            body,
            str(row_id) if row_id is not None else where,
            options,
            path=path,
            title=_optional_str(row.get(options.title_key)),
            url=_optional_str(row.get(options.url_key)),
            metadata_published=parse_metadata_date(published),
        )


def _optional_str(value: object) -> Optional[str]:
    return value if isinstance(value, str) and value.strip() else None


def make_document(
    text: str,
    doc_id: str,
    options: ReaderOptions,
    path: Optional[str],
    title: Optional[str] = None,
    url: Optional[str] = None,
    metadata_published: Optional[dt.date] = None,
) -> Iterator[ReadResult]:
    from incident_extractor.io.cleaner import clean_text

    text = clean_text(text)
    if not text.strip():
        yield ReadFailure(doc_id=doc_id, path=path, message=f"{doc_id}: no text left after cleaning")
        return
    if len(text) > MAX_DOCUMENT_CHARS:
        print(f"warning: {doc_id}: text cut to its first {MAX_DOCUMENT_CHARS:,} characters", file=sys.stderr)
        text = text[:MAX_DOCUMENT_CHARS]
    published, published_from = resolve_publication(text, metadata_published, options.published)
    meta = DocumentMeta(
        doc_id=doc_id, path=path, url=url, title=title, published=published, published_from=published_from
    )
    yield InputDocument(meta=meta, text=text)
