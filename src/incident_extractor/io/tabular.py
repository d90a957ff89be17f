"""JSONL and CSV inputs: one article per line or row, keys/columns chosen by the options.

Both are streamed (a line or row at a time) so memory stays flat however long the file is. Every
row that cannot be used is one ReadFailure named `PATH:LINE` (JSONL) or `PATH:ROW` (CSV, the data
row number, header excluded); the other rows are read.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
from dataclasses import dataclass
from typing import IO, Iterator, Optional, Union

from incident_extractor.io.decoding import binary_kind, decode_legacy
from incident_extractor.io.document import ReadFailure, warn

JSONL_SUFFIXES = {".jsonl", ".ndjson", ".jsonlines"}
CSV_SUFFIXES = {".csv": ",", ".tsv": "\t"}
# a date under one of these keys counts as publication metadata when --published-key is left alone
PUBLISHED_FALLBACK_KEYS = ("published", "date", "published_at", "publish_date", "pubdate")


@dataclass(frozen=True)
class Row:
    """One usable row: the fields a document needs, still raw."""

    doc_id: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None


def row_fields(row: dict, where: str, options, path: Optional[str]) -> Union[Row, ReadFailure]:
    """The document fields of one JSON object or CSV row, or why it has none."""
    body = row.get(options.text_key)
    if not isinstance(body, str) or not body.strip():
        reason = "no key" if options.text_key not in row else "empty or not a string under key"
        return ReadFailure.of("no_text", where, f"{where}: {reason} '{options.text_key}' (see --text-key)", path)
    row_id = row.get(options.id_key)
    keys = (options.published_key,)
    if options.published_key == "published":
        keys = PUBLISHED_FALLBACK_KEYS
    published = next((row[k] for k in keys if row.get(k) not in (None, "")), None)
    return Row(
        doc_id=str(row_id) if row_id not in (None, "") else where,
        text=body,
        title=_optional_str(row.get(options.title_key)),
        url=_optional_str(row.get(options.url_key)),
        published=None if published is None else str(published),
    )


def _optional_str(value: object) -> Optional[str]:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _decode_line(raw: bytes, where: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        warn(f"{where}: not valid UTF-8; read as cp1252")
        return decode_legacy(raw)


def read_jsonl(handle: IO[bytes], name: str, options, path: Optional[str]) -> Iterator[Union[Row, ReadFailure]]:
    head = handle.peek(4096)[:4096] if hasattr(handle, "peek") else b""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        lines: Iterator = (line.encode("utf-8") for line in io.TextIOWrapper(handle, encoding="utf-16"))
    else:
        kind = binary_kind(head)
        if kind:
            yield ReadFailure.of("binary", name, f"{name}: {kind}, not JSONL; skipped", path)
            return
        lines = iter(handle)
    seen_any = False
    for number, raw in enumerate(lines, start=1):
        if number == 1 and raw.startswith(codecs.BOM_UTF8):
            raw = raw[3:]
        if not raw.strip():
            continue
        seen_any = True
        where = f"{name}:{number}"
        try:
            row = json.loads(_decode_line(raw, where))
        except json.JSONDecodeError as error:
            message = f"{where}: malformed JSON ({error.msg}, column {error.colno})"
            yield ReadFailure.of("malformed", where, message, path)
            continue
        if not isinstance(row, dict):
            yield ReadFailure.of("malformed", where, f"{where}: a JSONL line must be a JSON object", path)
            continue
        yield row_fields(row, where, options, path)
    if not seen_any:
        yield ReadFailure.of("empty", name, f"{name}: empty file", path)


def read_csv(
    handle: IO[bytes], name: str, options, path: Optional[str], delimiter: str = ","
) -> Iterator[Union[Row, ReadFailure]]:
    head = handle.peek(65536)[:65536] if hasattr(handle, "peek") else b""
    kind = binary_kind(head)
    if kind:
        yield ReadFailure.of("binary", name, f"{name}: {kind}, not CSV; skipped", path)
        return
    encoding = _csv_encoding(head, name)
    text = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")
    csv.field_size_limit(64 * 1024 * 1024)  # one cell may hold a whole article
    reader = csv.DictReader(text, delimiter=delimiter)
    try:
        columns = reader.fieldnames
    except csv.Error as error:
        yield ReadFailure.of("malformed", name, f"{name}: not a readable CSV header ({error})", path)
        return
    if not columns:
        yield ReadFailure.of("empty", name, f"{name}: empty file", path)
        return
    if options.text_key not in columns:
        shown = ", ".join(c for c in columns[:12] if c)
        message = f"{name}: no column '{options.text_key}' (columns: {shown}); choose one with --text-key"
        yield ReadFailure.of("no_column", name, message, path)
        return
    number = 0
    while True:
        number += 1
        where = f"{name}:{number}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield ReadFailure.of("malformed", where, f"{where}: malformed CSV row ({error})", path)
            continue
        yield row_fields(row, where, options, path)


def _csv_encoding(head: bytes, name: str) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        # the head may end inside a character: a decoding error only counts before the last 3 bytes
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(head) - 3:
            warn(f"{name}: not valid UTF-8; read as cp1252")
            return "cp1252"
    return "utf-8-sig"
