"""Renderers for a Scoreboard: rich tables (the caller prints them), JSON and Markdown text."""

from __future__ import annotations

import json
from typing import Any

from incident_extractor.evaluation.metrics import METRICS
from incident_extractor.evaluation.tally import MetricScore, Scoreboard, as_json_object, ordered

TOTAL = "total"

# (title, documents, {"<metric>": {"value", "n"}}): one column of the Markdown table
Section = tuple[str, int, dict[str, dict[str, Any]]]


def _sections(board: Scoreboard, by_file: bool) -> list[tuple[str, int, dict[str, MetricScore]]]:
    """(title, documents, scores) per table: each file then the total, or the total alone."""
    sections = []
    if by_file:
        sections = [(source, board.documents[source], scores) for source, scores in board.files.items()]
    sections.append((TOTAL, board.total_documents, board.total()))
    return sections


def score_tables(board: Scoreboard, *, by_file: bool = False) -> list:
    from rich.table import Table

    tables = []
    for title, documents, scores in _sections(board, by_file):
        table = Table(title=f"{title}: {documents:,} document(s)", title_justify="left")
        table.add_column("metric")
        table.add_column("score", justify="right")
        table.add_column("hits", justify="right")
        table.add_column("n", justify="right")
        for metric, score in ordered(scores):
            table.add_row(metric, f"{score.value:.3f}", f"{score.hits:,}", f"{score.n:,}")
        tables.append(table)
    return tables


def scores_object(board: Scoreboard, *, by_file: bool = False) -> dict[str, Any]:
    """{"<metric>": {"value", "n"}}; by file: {"files": {"<file>": {...}}, "total": {...}, "documents": {...}}."""
    if not by_file:
        return as_json_object(board.total())
    return {
        "files": {source: as_json_object(scores) for source, scores in board.files.items()},
        TOTAL: as_json_object(board.total()),
        "documents": {**board.documents, TOTAL: board.total_documents},
    }


def scores_json(board: Scoreboard, *, by_file: bool = False) -> str:
    return json.dumps(scores_object(board, by_file=by_file), indent=2)


def sections_of_object(scores: dict[str, Any]) -> list[Section]:
    """The columns of a saved JSON report (either shape); document counts are 0 when it has none."""
    if "files" not in scores:
        return [(TOTAL, 0, scores)]
    documents = scores.get("documents", {})
    columns = [(name, documents.get(name, 0), metrics) for name, metrics in scores["files"].items()]
    return columns + [(TOTAL, documents.get(TOTAL, 0), scores.get(TOTAL, {}))]


def _cell(score: dict[str, Any] | None) -> str:
    if not score or not score.get("n"):
        return "–"
    return f"{score['value']:.3f} (n={score['n']:,})"


def markdown_table(sections: list[Section]) -> str:
    """Metrics as rows, files (then the total) as columns, for the README."""
    header = "| metric | " + " | ".join(title for title, _, _ in sections) + " |"
    rule = "|---|" + "---:|" * len(sections)
    lines = [header, rule]
    if any(documents for _, documents, _ in sections):
        lines.append("| documents | " + " | ".join(f"{documents:,}" for _, documents, _ in sections) + " |")
    for metric in METRICS:
        cells = [_cell(scores.get(metric)) for _, _, scores in sections]
        if any(cell != "–" for cell in cells):
            lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


def scores_markdown(board: Scoreboard, *, by_file: bool = False) -> str:
    if by_file:
        return markdown_table(sections_of_object(scores_object(board, by_file=True)))
    return markdown_table([(TOTAL, board.total_documents, as_json_object(board.total()))])
