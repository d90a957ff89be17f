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


def _option(*names: str, panel: str, help: str, **settings):
    return typer.Option(*names, help=help, rich_help_panel=panel, **settings)


PathsArgument = Annotated[
    Optional[list[str]],
    typer.Argument(help="Files or folders (recursive, sorted); '-' or nothing reads stdin.", show_default=False),
]
FormatOption = Annotated[
    Optional[OutputFormat],
    _option("--format", "-f", panel=OUTPUT_PANEL, help="Output format \\[default: table on a terminal, else jsonl]."),
]
OutputOption = Annotated[
    Optional[str],
    _option(
        "--output", "-o", panel=OUTPUT_PANEL,
        help="Write to FILE instead of stdout (jsonl/csv: incrementally and resumable; json/table: atomically).",
    ),
]
ResumeOption = Annotated[
    bool, _option("--resume", panel=OUTPUT_PANEL, help="Complete an interrupted --output FILE: skip what it holds.")
]
ErrorsOption = Annotated[
    Optional[str], _option("--errors", panel=OUTPUT_PANEL, help="Also write every failed document to FILE as JSONL.")
]
PublishedOption = Annotated[
    Optional[str],
    _option("--published", panel=INPUT_PANEL, help="Publication date YYYY-MM-DD for inputs that carry none."),
]
InputFormatOption = Annotated[
    InputFormat,
    _option("--input-format", panel=INPUT_PANEL, help="Read every input as this format, whatever its extension."),
]
IncludeOption = Annotated[
    Optional[list[str]],
    _option("--include", panel=INPUT_PANEL, help="In folders, read only files matching this glob (repeatable)."),
]
ExcludeOption = Annotated[
    Optional[list[str]],
    _option("--exclude", panel=INPUT_PANEL, help="In folders, skip files matching this glob (repeatable)."),
]


def _key_option(flag: str, what: str):
    return _option(flag, panel=INPUT_PANEL, help=f"JSONL key / CSV column holding the {what}.")


SplitOnOption = Annotated[
    Optional[str],
    _option(
        "--split-on", panel=INPUT_PANEL,
        help="Regex matching a whole line that separates the articles of a text dump "
        "\\[default: a form feed or '=====' line].",
    ),
]
CleanOption = Annotated[
    bool,
    _option(
        "--clean/--no-clean", panel=INPUT_PANEL,
        help="Drop page furniture (menus, bylines, 'Related Articles', footers) before extraction.",
    ),
]
MaxCharsOption = Annotated[
    int, _option("--max-chars", panel=INPUT_PANEL, min=1000, help="Process longer texts in parts of at most this size.")
]
DateOrderOption = Annotated[
    DateOrder, typer.Option("--date-order", help="How to read numeric dates like 11/07/2022.")
]
WorkersOption = Annotated[
    int, _option("--workers", "-j", panel=RUN_PANEL, min=1, help="Worker processes, each with its own pipeline.")
]
BatchSizeOption = Annotated[int, _option("--batch-size", panel=RUN_PANEL, min=1, help="Documents per nlp.pipe batch.")]
ProgressOption = Annotated[
    Optional[bool],
    _option(
        "--progress/--no-progress", panel=RUN_PANEL, show_default=False,
        help="Progress bar on stderr \\[default: when stderr is a terminal].",
    ),
]


def extract(
    paths: PathsArgument = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    resume: ResumeOption = False,
    errors_file: ErrorsOption = None,
    published: PublishedOption = None,
    input_format: InputFormatOption = InputFormat.auto,
    include: IncludeOption = None,
    exclude: ExcludeOption = None,
    text_key: Annotated[str, _key_option("--text-key", "article text")] = "text",
    id_key: Annotated[str, _key_option("--id-key", "document id")] = "id",
    published_key: Annotated[str, _key_option("--published-key", "publication date")] = "published",
    title_key: Annotated[str, _key_option("--title-key", "title")] = "title",
    url_key: Annotated[str, _key_option("--url-key", "URL")] = "url",
    split_on: SplitOnOption = None,
    clean: CleanOption = True,
    max_chars: MaxCharsOption = 100_000,
    model: ModelOption = None,
    date_order: DateOrderOption = DateOrder.MDY,
    workers: WorkersOption = 1,
    batch_size: BatchSizeOption = 16,
    progress: ProgressOption = None,
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
    if "-" in job.paths and sys.stdin.isatty():
        error_line("reading an article from the terminal; end it with Ctrl-D (or give files or folders)")
    try:
        nlp = build_pipeline(model, date_order=date_order.value)
        summary = run_batch(nlp, job, sys.stdout)
    except IncidentsError as error:
        fail_usage(str(error))
    except BrokenPipeError:  # `incidents extract ... | head`: the reader left, nothing is wrong
        import os

        # point stdout at /dev/null so the flush at exit does not raise a second time
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(0)
    except OSError as error:  # the output or the --errors file could not be written (disk full ...)
        error_line(f"cannot write {error.filename or 'the output'}: {error.strerror or error}")
        raise typer.Exit(1)
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
            if not os.access(folder, os.W_OK) or (os.path.exists(target) and not os.access(target, os.W_OK)):
                fail_usage(f"{flag}: cannot write {target} (permission denied)")
