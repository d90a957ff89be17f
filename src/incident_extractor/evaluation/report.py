"""Renderers for a Scoreboard: rich tables (the caller prints them), JSON and Markdown text."""

from __future__ import annotations

import json

from incident_extractor.evaluation.metrics import METRICS
from incident_extractor.evaluation.tally import MetricScore, Scoreboard, as_json_object, ordered

TOTAL = "total"


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


def scores_json(board: Scoreboard, *, by_file: bool = False) -> str:
    """One object: {"<metric>": {"value", "n"}}; with by_file, {"files": {"<file>": {...}}, "total": {...}}."""
    if not by_file:
        return json.dumps(as_json_object(board.total()), indent=2)
    files = {source: as_json_object(scores) for source, scores in board.files.items()}
    return json.dumps({"files": files, TOTAL: as_json_object(board.total())}, indent=2)


def _cell(score: MetricScore | None) -> str:
    if score is None or not score.n:
        return "–"
    return f"{score.value:.3f} (n={score.n:,})"


def scores_markdown(board: Scoreboard, *, by_file: bool = False) -> str:
    """A Markdown table, metrics as rows and files (then the total) as columns, for the README."""
    sections = _sections(board, by_file)
    header = "| metric | " + " | ".join(title for title, _, _ in sections) + " |"
    rule = "|---|" + "---:|" * len(sections)
    lines = [header, rule, "| documents | " + " | ".join(f"{docs:,}" for _, docs, _ in sections) + " |"]
    for metric in METRICS:
        cells = [_cell(scores.get(metric)) for _, _, scores in sections]
        if any(cell != "–" for cell in cells):
            lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
