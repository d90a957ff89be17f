"""A progress bar on stderr (documents/s, ETA) when stderr is a terminal; nothing otherwise.

The total is an estimate made by a quick scan (one per text/HTML file, one per JSONL line or CSV
row) so the ETA means something; it grows if the inputs hold more documents than estimated.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Optional

from incident_extractor.io.paths import STDIN, expand_paths
from incident_extractor.io.tabular import CSV_SUFFIXES, JSONL_SUFFIXES

_SCAN_CHUNK = 1 << 20


def estimate_documents(paths: Iterable[str], include=(), exclude=()) -> Optional[int]:
    """About how many documents the inputs hold; None when reading stdin (unknown)."""
    total = 0
    for item in expand_paths(paths, include, exclude):
        if item == STDIN:
            return None
        if isinstance(item, Path):
            total += _documents_in(item)
        else:
            total += 1  # a failure is one result too
    return total


def _documents_in(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix not in JSONL_SUFFIXES and suffix not in CSV_SUFFIXES:
        return 1
    try:
        lines = 0
        with open(path, "rb") as handle:
            while chunk := handle.read(_SCAN_CHUNK):
                lines += chunk.count(b"\n")
        return max(1, lines - (1 if suffix in CSV_SUFFIXES else 0))
    except OSError:
        return 1


class NoProgress:
    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        return None

    def advance(self, documents: int = 1, incidents: int = 0) -> None:
        return None


class BarProgress(NoProgress):
    """rich's Progress on a stderr console; stdout never sees it."""

    def __init__(self, total: Optional[int]):
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("[bold]extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"),
            TextColumn("{task.fields[incidents]} incidents"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self.total = total
        self.incidents = 0
        self.task = self.progress.add_task("extract", total=total, rate="-", incidents=0)

    def __enter__(self):
        self.progress.start()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.stop()

    def advance(self, documents: int = 1, incidents: int = 0) -> None:
        task = self.progress.tasks[0]
        self.incidents += incidents
        if self.total is not None and task.completed + documents > self.total:
            self.total = task.completed + documents
            self.progress.update(self.task, total=self.total)
        speed = task.speed
        self.progress.update(
            self.task, advance=documents, rate=f"{speed:.1f}" if speed else "-", incidents=self.incidents
        )


def make_progress(enabled: Optional[bool], paths: list[str], include=(), exclude=()) -> NoProgress:
    """enabled None means: when stderr is a terminal (and the user did not set NO_PROGRESS)."""
    import sys

    if enabled is None:
        enabled = sys.stderr.isatty() and not os.environ.get("NO_PROGRESS")
    if not enabled:
        return NoProgress()
    return BarProgress(estimate_documents(paths, include, exclude))
