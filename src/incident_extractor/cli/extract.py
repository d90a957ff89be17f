"""`incidents extract`: articles in, incident records out. A thin layer over extract/batch.py."""

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


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"


class DateOrder(str, Enum):
    MDY = "MDY"
    DMY = "DMY"
    YMD = "YMD"


INPUT_PANEL = "Inputs"
OUTPUT_PANEL = "Output"
RUN_PANEL = "Running"


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


def check_split_on(value: Optional[str]) -> None:
    if value is None:
        return
    import re

    try:
        re.compile(value)
    except re.error as error:
        fail_usage(f"--split-on: not a valid regular expression ({error})")


def extract(
    paths: Annotated[
        Optional[list[str]],
        typer.Argument(help="Files or folders (recursive, sorted); '-' or nothing reads stdin.", show_default=False),
    ] = None,
    output_format: Annotated[
        Optional[OutputFormat],
        typer.Option("--format", "-f", help="Output format \\[default: table on a terminal, else jsonl].", rich_help_panel=OUTPUT_PANEL),
    ] = None,
    output: Annotated[
        Optional[str],
        typer.Option("--output", "-o", help="Write to FILE instead of stdout (jsonl/csv: incrementally, resumable; json/table: atomically).", rich_help_panel=OUTPUT_PANEL),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Complete an interrupted --output FILE: skip the documents already in it.", rich_help_panel=OUTPUT_PANEL)
    ] = False,
    errors_file: Annotated[
        Optional[str], typer.Option("--errors", help="Also write every failed document to FILE as JSONL.", rich_help_panel=OUTPUT_PANEL)
    ] = None,
    published: Annotated[
        Optional[str],
        typer.Option("--published", help="Publication date YYYY-MM-DD for inputs that carry none.", rich_help_panel=INPUT_PANEL),
    ] = None,
    input_format: Annotated[
        InputFormat, typer.Option("--input-format", help="Read every input as this format instead of guessing from the extension.", rich_help_panel=INPUT_PANEL)
    ] = InputFormat.auto,
    include: Annotated[
        Optional[list[str]], typer.Option("--include", help="In folders, read only files matching this glob (repeatable), e.g. '*.txt'.", rich_help_panel=INPUT_PANEL)
    ] = None,
    exclude: Annotated[
        Optional[list[str]], typer.Option("--exclude", help="In folders, skip files matching this glob (repeatable).", rich_help_panel=INPUT_PANEL)
    ] = None,
    text_key: Annotated[str, typer.Option("--text-key", help="JSONL key / CSV column holding the article text.", rich_help_panel=INPUT_PANEL)] = "text",
    id_key: Annotated[str, typer.Option("--id-key", help="JSONL key / CSV column holding the document id.", rich_help_panel=INPUT_PANEL)] = "id",
    published_key: Annotated[
        str, typer.Option("--published-key", help="JSONL key / CSV column holding the publication date.", rich_help_panel=INPUT_PANEL)
    ] = "published",
    title_key: Annotated[str, typer.Option("--title-key", help="JSONL key / CSV column holding the title.", rich_help_panel=INPUT_PANEL)] = "title",
    url_key: Annotated[str, typer.Option("--url-key", help="JSONL key / CSV column holding the URL.", rich_help_panel=INPUT_PANEL)] = "url",
    split_on: Annotated[
        Optional[str], typer.Option("--split-on", help="Regex matching a whole line that separates the articles of a text dump \\[default: a form feed or '=====' line].", rich_help_panel=INPUT_PANEL)
    ] = None,
    clean: Annotated[
        bool, typer.Option("--clean/--no-clean", help="Drop page furniture (menus, bylines, 'Related Articles', footers) before extraction.", rich_help_panel=INPUT_PANEL)
    ] = True,
    max_chars: Annotated[
        int, typer.Option("--max-chars", min=1000, help="Process longer texts in parts of at most this many characters.", rich_help_panel=INPUT_PANEL)
    ] = 100_000,
    model: ModelOption = None,
    date_order: Annotated[
        DateOrder, typer.Option("--date-order", help="How to read numeric dates like 11/07/2022.")
    ] = DateOrder.MDY,
    workers: Annotated[int, typer.Option("--workers", "-j", min=1, help="Worker processes, each with its own pipeline.", rich_help_panel=RUN_PANEL)] = 1,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per nlp.pipe batch.", rich_help_panel=RUN_PANEL)] = 16,
    progress: Annotated[
        Optional[bool], typer.Option("--progress/--no-progress", help="Progress bar on stderr \\[default: when stderr is a terminal].", show_default=False, rich_help_panel=RUN_PANEL)
    ] = None,
) -> None:
    """Extract incident records from news articles: text, HTML, JSONL or CSV files, folders, or stdin."""
    from incident_extractor.errors import IncidentsError
    from incident_extractor.extract.batch import BatchJob, run_batch
    from incident_extractor.io.readers import ReaderOptions
    from incident_extractor.nlp.pipeline import build_pipeline

    fmt = output_format.value if output_format else default_format(output)
    check_split_on(split_on)
    reader = ReaderOptions(
        text_key=text_key,
        id_key=id_key,
        published_key=published_key,
        title_key=title_key,
        url_key=url_key,
        published=parse_published_option(published),
        input_format=input_format.value,
        clean=clean,
        split_on=split_on,
        max_chars=max_chars,
        include=tuple(include or ()),
        exclude=tuple(exclude or ()),
    )
    job = BatchJob(
        paths=paths or ["-"],
        reader=reader,
        fmt=fmt,
        output=output,
        errors_file=errors_file,
        resume=resume,
        workers=workers,
        batch_size=batch_size,
        progress=progress,
    )
    check_job(job)
    try:
        nlp = build_pipeline(model, date_order=date_order.value)
        summary = run_batch(nlp, job, sys.stdout)
    except IncidentsError as error:
        fail_usage(str(error))
    except BrokenPipeError:  # `incidents extract ... | head`: the reader left, nothing is wrong
        sys.stdout = None  # no second error while Python flushes stdout at exit
        raise typer.Exit(0)
    if summary.interrupted:
        where = f"; run again with --resume to finish {output}" if summary.documents and output else ""
        error_line(f"interrupted after {summary.documents} document(s){where}")
    elif summary.failed:
        error_line(f"{summary.failed} of {summary.documents} document(s) failed")
    if summary.exit_code:
        raise typer.Exit(summary.exit_code)


def check_job(job) -> None:
    """Usage errors found before the model loads: they name the flag at fault."""
    import os

    from incident_extractor.io.resume import RESUMABLE_FORMATS

    if job.resume and job.output in (None, "-"):
        fail_usage("--resume needs --output FILE (the file to complete)")
    if job.resume and job.fmt not in RESUMABLE_FORMATS:
        fail_usage(f"--resume works with --format jsonl or csv, not {job.fmt}")
    for flag, target in (("--output", job.output), ("--errors", job.errors_file)):
        if target not in (None, "-"):
            folder = os.path.dirname(os.path.abspath(target))
            if not os.path.isdir(folder):
                fail_usage(f"{flag}: folder {folder} does not exist")
            if os.path.isdir(target):
                fail_usage(f"{flag}: {target} is a folder")
