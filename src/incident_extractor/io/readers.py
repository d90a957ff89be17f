"""Readers: paths and stdin in, InputDocuments (or ReadFailures) out, one at a time, in order.

By extension: .jsonl/.ndjson one article per line, .csv/.tsv one per row, .html/.htm a web page
(trafilatura), anything else a text file (one article, or several split by the dump convention of
io/splitting.py). Files without a telling extension and stdin are sniffed: a web page is read as HTML,
and stdin whose first line is a JSON object as JSONL. Every failure is a ReadFailure for that one
file, line or row; the batch goes on.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator, Optional, Union

from incident_extractor.io.document import InputDocument, ReadFailure, warn
from incident_extractor.io.paths import STDIN, expand_paths
from incident_extractor.io.published import parse_metadata_date
from incident_extractor.io.splitting import DEFAULT_MAX_CHARS, compile_separator, dump_ids, part_id, split_dump
from incident_extractor.io.tabular import CSV_SUFFIXES, JSONL_SUFFIXES, Row, read_csv, read_jsonl
from incident_extractor.mentions import DocumentMeta

ReadResult = Union[InputDocument, ReadFailure]


@dataclass(frozen=True)
class ReaderOptions:
    text_key: str = "text"
    id_key: str = "id"
    published_key: str = "published"
    title_key: str = "title"
    url_key: str = "url"
    published: Optional[dt.date] = None  # --published: the anchor when the input carries none
    input_format: str = "auto"  # how to read every input, or guess from the extension and content
    clean: bool = True  # drop page furniture (io/cleaner.py) before NLP
    split_on: Optional[str] = None  # full-line regex separating the articles of a text dump
    max_chars: int = DEFAULT_MAX_CHARS  # longer texts are processed in parts
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()


def read_inputs(
    paths: Iterable[str], options: ReaderOptions, stdin: Optional[IO[bytes]] = None
) -> Iterator[ReadResult]:
    """Every document of every input, in command-line order (folders sorted)."""
    for item in expand_paths(paths, options.include, options.exclude):
        if isinstance(item, ReadFailure):
            yield item
        elif item == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_handle(stream, "-", None, "", options)
        else:
            try:
                yield from read_path(item, options)
            except Exception as error:  # a reader bug must not end the batch: the next input is read
                name = str(item)
                reason = " ".join(f"{type(error).__name__}: {error}".split())[:200]
                yield ReadFailure.of("unreadable", name, f"{name}: could not be read ({reason})", name)


def read_path(path: Path, options: ReaderOptions) -> Iterator[ReadResult]:
    name = str(path)
    try:
        handle = open(path, "rb")
    except OSError as error:
        yield ReadFailure.of("unreadable", name, f"{name}: {(error.strerror or str(error)).lower()}", name)
        return
    with handle:
        try:
            yield from read_handle(handle, name, name, path.suffix.lower(), options)
        except OSError as error:  # a read error mid-file (I/O error, a folder named like a file)
            yield ReadFailure.of("unreadable", name, f"{name}: {(error.strerror or str(error)).lower()}", name)


def input_format_of(suffix: str, head: bytes, options: ReaderOptions) -> str:
    if options.input_format != "auto":
        return options.input_format
    from incident_extractor.io.html import HTML_SUFFIXES, looks_like_html

    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in CSV_SUFFIXES:
        return suffix[1:]
    if suffix in HTML_SUFFIXES or looks_like_html(head):
        return "html"
    if not suffix and head.lstrip()[:1] == b"{" and _first_line_is_object(head):
        return "jsonl"
    return "text"


def _first_line_is_object(head: bytes) -> bool:
    import json

    head = head.lstrip()
    if b"\n" not in head:  # a line longer than the peek (a whole article): judge by its start
        return head.startswith(b'{"')
    try:
        return isinstance(json.loads(head.split(b"\n", 1)[0]), dict)
    except ValueError:
        return False


def read_handle(
    handle: IO[bytes], name: str, path: Optional[str], suffix: str, options: ReaderOptions
) -> Iterator[ReadResult]:
    import io

    buffered = handle if hasattr(handle, "peek") else io.BufferedReader(handle)
    fmt = input_format_of(suffix, buffered.peek(4096)[:4096], options)
    if fmt == "jsonl":
        rows = read_jsonl(buffered, name, options, path)
    elif fmt in ("csv", "tsv"):
        rows = read_csv(buffered, name, options, path, delimiter=CSV_SUFFIXES[f".{fmt}"])
    elif fmt == "html":
        yield from read_html(buffered.read(), name, path, options)
        return
    else:
        yield from read_text(buffered.read(), name, path, options)
        return
    for row in rows:
        if isinstance(row, ReadFailure):
            yield row
        else:
            yield from make_documents(row, path, options)


def read_text(data: bytes, name: str, path: Optional[str], options: ReaderOptions) -> Iterator[ReadResult]:
    from incident_extractor.io.decoding import decode_text

    text = decode_text(data, name, path)
    del data  # a big file should not sit in memory twice
    if isinstance(text, ReadFailure):
        yield text
        return
    articles = split_dump(text, compile_separator(options.split_on))
    for doc_id, article in zip(dump_ids(name, len(articles)), articles):
        yield from make_documents(Row(doc_id=doc_id, text=article), path, options)


def read_html(data: bytes, name: str, path: Optional[str], options: ReaderOptions) -> Iterator[ReadResult]:
    from incident_extractor.io.decoding import binary_kind
    from incident_extractor.io.html import extract_html

    if not data.strip():
        yield ReadFailure.of("empty", name, f"{name}: empty file", path)
        return
    kind = binary_kind(data)
    if kind:
        yield ReadFailure.of("binary", name, f"{name}: {kind}, not HTML; skipped", path)
        return
    page = extract_html(data, name, path)
    if isinstance(page, ReadFailure):
        yield page
        return
    row = Row(doc_id=name, text=page.text, title=page.title, url=page.url, published=page.published)
    yield from make_documents(row, path, options)


def make_documents(row: Row, path: Optional[str], options: ReaderOptions) -> Iterator[ReadResult]:
    """Clean one article's text and cut it into parts when it is longer than options.max_chars."""
    from incident_extractor.io.cleaner import clean_with_offsets
    from incident_extractor.io.splitting import split_long_text

    cleaned = clean_with_offsets(row.text) if options.clean else None
    text = cleaned.text if cleaned is not None else row.text
    if not text.strip():
        yield ReadFailure.of("empty", row.doc_id, f"{row.doc_id}: no text left after cleaning", path)
        return
    parts = split_long_text(text, options.max_chars) if len(text) > options.max_chars else iter((text,))
    if len(text) > options.max_chars:
        warn(f"{row.doc_id}: {len(text):,} characters; processed in parts of at most {options.max_chars:,}")
    metadata_published = parse_metadata_date(row.published)
    for index, part in enumerate(parts, start=1):
        meta = DocumentMeta(
            doc_id=part_id(row.doc_id, index),
            path=path,
            url=row.url,
            title=row.title,
            published=metadata_published,
            published_from="metadata" if metadata_published else None,
        )
        yield InputDocument(
            meta=meta, text=part, metadata_published=metadata_published, option_published=options.published,
            header=cleaned.header if cleaned is not None else "",
        )
