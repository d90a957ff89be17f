"""`incidents evaluate`: score the extractor (or existing records) against gold files."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from incident_extractor.cli.common import ModelOption, error_line, fail_usage


class ScoreFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"


def parse_where(expressions: Optional[list[str]]) -> dict[str, Any]:
    from incident_extractor.evaluation.gold import parse_filter

    filters = {}
    for expression in expressions or []:
        try:
            key, value = parse_filter(expression)
        except ValueError as error:
            fail_usage(f"--where: {error}")
        filters[key] = value
    return filters


def render(board, fmt: ScoreFormat, by_file: bool, handle) -> None:
    from incident_extractor.evaluation import report

    if fmt is ScoreFormat.json:
        handle.write(report.scores_json(board, by_file=by_file) + "\n")
    elif fmt is ScoreFormat.markdown:
        handle.write(report.scores_markdown(board, by_file=by_file))
    else:
        from rich.console import Console

        console = Console(file=handle, highlight=False)
        for table in report.score_tables(board, by_file=by_file):
            console.print(table)


def evaluate(
    gold_files: Annotated[list[str], typer.Argument(help="Gold JSONL files (docs/evaluation.md).", show_default=False)],
    predictions: Annotated[
        Optional[str],
        typer.Option("--predictions", "-p", help="Score these JSONL records instead of running the extractor."),
    ] = None,
    output_format: Annotated[ScoreFormat, typer.Option("--format", "-f", help="How to print the scores.")] = (
        ScoreFormat.table
    ),
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the scores to FILE.")] = None,
    errors: Annotated[
        Optional[str], typer.Option("--errors", help="Write every miss to FILE as JSONL, for error analysis.")
    ] = None,
    by_file: Annotated[bool, typer.Option("--by-file", help="One table per gold file, then the total.")] = False,
    limit: Annotated[
        Optional[int], typer.Option("--limit", "-n", min=1, help="Score only the first N documents of each file.")
    ] = None,
    where: Annotated[
        Optional[list[str]],
        typer.Option("--where", help="Keep documents whose gold KEY equals VALUE (JSON), e.g. killed_stated=true."),
    ] = None,
    model: ModelOption = None,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Documents per nlp.pipe batch.")] = 16,
) -> None:
    """Score extraction against gold files with the document-level rules of the incident record."""
    from incident_extractor.errors import IncidentsError
    from incident_extractor.evaluation.runner import evaluate_files
    from incident_extractor.io.writers import atomic_output

    filters = parse_where(where)
    for path in gold_files:
        if not Path(path).is_file():  # before the model loads: a typo should cost nothing
            fail_usage(f"{path}: no such gold file")
    for path in (output, errors):
        if path and path != "-":
            Path(path).parent.mkdir(parents=True, exist_ok=True)  # `make eval` writes into eval-out/
    nlp = None
    if predictions is None:
        from incident_extractor.nlp.pipeline import build_pipeline

        try:
            nlp = build_pipeline(model)
        except IncidentsError as error:
            fail_usage(str(error))
    try:
        with atomic_output(errors, sys.stdout) if errors else nullcontext() as misses:
            write_miss = (lambda row: misses.write(json.dumps(row, ensure_ascii=False) + "\n")) if errors else None
            board = evaluate_files(
                gold_files,
                predictions_path=predictions,
                nlp=nlp,
                limit=limit,
                filters=filters,
                batch_size=batch_size,
                on_miss=write_miss,
                on_failure=error_line,
            )
    except IncidentsError as error:
        fail_usage(str(error))
    with atomic_output(output, sys.stdout) as handle:
        render(board, output_format, by_file, handle)
    print(f"scored {board.total_documents:,} document(s) from {len(board.files)} file(s)", file=sys.stderr)
    if board.total_failures:
        error_line(f"{board.total_failures} document(s) failed and were scored as yielding nothing")
        raise typer.Exit(1)
