"""One writer per output format. Writers stream records to a text handle; the table is built whole."""

from __future__ import annotations

import csv
import json
import os
import re
import tempfile
from contextlib import contextmanager
from typing import IO, Iterable, Iterator, Optional

from incident_extractor.models import Incident

CSV_COLUMNS = (
    "event_date",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor2",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "fatalities",
    "injured",
    "notes",
    "source",
    "scope",
    "id",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")  # with full-width forms


def neutralise_cell(value: object) -> str:
    """Spreadsheets run cells that start with = + - @ as formulas: prefix those with a quote.

    Leading spaces do not protect a cell (spreadsheets trim them), and a plain number like -3 stays a number.
    """
    text = "" if value is None else str(value)
    if text.lstrip(" ").startswith(_FORMULA_START) and not _is_plain_number(text):
        return "'" + text
    return text


_PLAIN_NUMBER = re.compile(r"[+-]?\d+(\.\d+)?")


def _is_plain_number(text: str) -> bool:
    return _PLAIN_NUMBER.fullmatch(text) is not None  # float() would also accept "-inf" and "+nan"


def csv_row(record: Incident) -> dict[str, str]:
    perpetrators = [a for a in record.actors if a.role.value in ("perpetrator", "participant")]
    others = [a for a in record.actors if a not in perpetrators[:1]]
    main = record.locations[0] if record.locations else None
    row = {
        "event_date": record.date.start if record.date else "",
        "event_type": record.event_type.value if record.event_type else "",
        "sub_event_type": record.sub_event_type or "",
        "actor1": perpetrators[0].name if perpetrators else "",
        "actor2": others[0].name if others else "",
        "country": main.country_code if main and main.country_code else "",
        "admin1": main.admin1 if main and main.admin1 else "",
        "location": main.name if main else "",
        "latitude": "" if not main or main.latitude is None else f"{main.latitude:.5f}",
        "longitude": "" if not main or main.longitude is None else f"{main.longitude:.5f}",
        "fatalities": "" if record.killed is None else record.killed,
        "injured": "" if record.injured is None else record.injured,
        "notes": record.summary,
        "source": record.source.url or record.source.path or record.source.doc_id,
        "scope": record.scope.value,
        "id": record.id,
    }
    return {key: neutralise_cell(value) for key, value in row.items()}


class JsonlWriter:
    def __init__(self, handle: IO[str]):
        self.handle = handle

    def write(self, record: Incident) -> None:
        self.handle.write(record.model_dump_json() + "\n")

    def close(self) -> None:
        self.handle.flush()


class JsonArrayWriter:
    """A JSON array, streamed: '[' first, records separated by commas, ']' on close."""

    def __init__(self, handle: IO[str]):
        self.handle = handle
        self.count = 0
        self.handle.write("[")

    def write(self, record: Incident) -> None:
        self.handle.write(("\n" if self.count == 0 else ",\n") + record.model_dump_json(indent=2))
        self.count += 1

    def close(self) -> None:
        self.handle.write("\n]\n" if self.count else "]\n")
        self.handle.flush()


class CsvWriter:
    def __init__(self, handle: IO[str], write_header: bool = True):
        self.handle = handle
        self.writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        if write_header:  # not when appending to a file a resumed run started
            self.writer.writeheader()

    def write(self, record: Incident) -> None:
        self.writer.writerow(csv_row(record))

    def close(self) -> None:
        self.handle.flush()


class TableWriter:
    """Collects records, renders one rich Table on close (to the handle's console)."""

    def __init__(self, handle: IO[str], width: Optional[int] = None):
        self.handle = handle
        self.records: list[Incident] = []
        self.width = width

    def write(self, record: Incident) -> None:
        self.records.append(record)

    def close(self) -> None:
        from rich.console import Console

        from incident_extractor.io.table import incidents_table

        console = Console(file=self.handle, width=self.width or _table_width(self.handle), highlight=False)
        console.print(incidents_table(self.records))


PIPED_TABLE_WIDTH = 160  # rich's 80 columns fold every cell when a table goes to a file or a pager


def _table_width(handle: IO[str]) -> Optional[int]:
    """A terminal's own width; a wider fixed one when the table is piped or written to a file."""
    isatty = getattr(handle, "isatty", None)
    if callable(isatty) and isatty():
        return None
    return PIPED_TABLE_WIDTH


WRITERS = {"jsonl": JsonlWriter, "json": JsonArrayWriter, "csv": CsvWriter, "table": TableWriter}


def make_writer(fmt: str, handle: IO[str], *, write_header: bool = True):
    if fmt == "csv":
        return CsvWriter(handle, write_header=write_header)
    return WRITERS[fmt](handle)


@contextmanager
def atomic_output(path: Optional[str], stdout: IO[str]) -> Iterator[IO[str]]:
    """Yield a handle; for a file, write a temporary sibling and rename it into place only on success."""
    if path is None or path == "-":
        yield stdout
        return
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".incidents-", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_all(records: Iterable[Incident], fmt: str, handle: IO[str]) -> int:
    writer = make_writer(fmt, handle)
    count = 0
    for record in records:
        writer.write(record)
        count += 1
    writer.close()
    return count
