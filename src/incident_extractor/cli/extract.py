"""`incidents extract`: articles in, incident records out."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated, Optional

import typer

from incident_extractor.cli.common import ModelOption, error_line, fail_usage


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


class DateOrder(str, Enum):
    MDY = "MDY"
    DMY = "DMY"
    YMD = "YMD"


def default_format(output: Optional[str]) -> str:
    """A table for a person at a terminal, JSONL for a pipe or a file."""
    if output in (None, "-") and sys.stdout.isatty():
        return "table"
    return "jsonl"


def parse_published_option(value: Optional[str]):
    if value is None:
        return None
    from incident_extractor.io.published import parse_metadata_date

    parsed = parse_metadata_date(value) if len(value.strip()) == 10 else None
    if parsed is None:
        fail_usage(f"--published: expected a date as YYYY-MM-DD, got {value!r}")
    return parsed


def extract(
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(help="Files or folders (recursive, sorted); '-' or nothing reads stdin.", show_default=False),
    ] = None,
    output_format: Annotated[
        Optional[OutputFormat],
        typer.Option("--format", "-f", help="Output format [default: table on a terminal, else jsonl]."),
    ] = None,
    output: Annotated[
        Optional[str], typer.Option("--output", "-o", help="Write to FILE (atomically) instead of stdout.")
    ] = None,
    published: Annotated[
        Optional[str],
        typer.Option("--published", help="Publication date YYYY-MM-DD for inputs that carry none."),
    ] = None,
    model: ModelOption = None,
    text_key: Annotated[str, typer.Option("--text-key", help="JSONL key holding the article text.")] = "text",
    id_key: Annotated[str, typer.Option("--id-key", help="JSONL key holding the document id.")] = "id",
    published_key: Annotated[
        str, typer.Option("--published-key", help="JSONL key holding the publication date.")
    ] = "published",
    date_order: Annotated[
        DateOrder, typer.Option("--date-order", help="How to read numeric dates like 11/07/2022.")
    ] = DateOrder.MDY,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per nlp.pipe batch.")] = 16,
) -> None:
    """Extract incident records from news articles (plain text or JSONL)."""
    from incident_extractor.errors import ModelNotFound
    from incident_extractor.extract.run import extract_documents
    from incident_extractor.io.readers import ReaderOptions, read_inputs
    from incident_extractor.io.writers import atomic_output, make_writer
    from incident_extractor.nlp.pipeline import build_pipeline

    fmt = output_format.value if output_format else default_format(output)
    options = ReaderOptions(
        text_key=text_key,
        id_key=id_key,
        published_key=published_key,
        published=parse_published_option(published),
    )
    try:
        nlp = build_pipeline(model, date_order=date_order.value)
    except ModelNotFound as error:
        fail_usage(str(error))

    failures = 0
    items = read_inputs(paths or ["-"], options)
    with atomic_output(output, sys.stdout) as handle:
        writer = make_writer(fmt, handle)
        for result in extract_documents(nlp, items, batch_size=batch_size):
            if not result.ok:
                failures += 1
                error_line(result.failure.message)
                continue
            for record in result.incidents:
                writer.write(record)
        writer.close()
    if failures:
        raise typer.Exit(1)
