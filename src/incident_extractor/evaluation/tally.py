"""Counts of hits per metric, per gold file and in total."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from incident_extractor.evaluation.metrics import METRICS, Outcome


@dataclass
class MetricScore:
    hits: int = 0
    n: int = 0

    @property
    def value(self) -> Optional[float]:
        return self.hits / self.n if self.n else None

    def add(self, hit: bool) -> None:
        self.hits += int(hit)
        self.n += 1


@dataclass
class Scoreboard:
    """Per-file metric scores; the total is computed over all documents of all files."""

    files: dict[str, dict[str, MetricScore]] = field(default_factory=dict)
    documents: dict[str, int] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)

    def add_document(self, source: str, outcomes: Iterable[Outcome], *, failed: bool = False) -> None:
        scores = self.files.setdefault(source, {})
        self.documents[source] = self.documents.get(source, 0) + 1
        if failed:
            self.failures[source] = self.failures.get(source, 0) + 1
        for outcome in outcomes:
            scores.setdefault(outcome.metric, MetricScore()).add(outcome.hit)

    def total(self) -> dict[str, MetricScore]:
        combined: dict[str, MetricScore] = {}
        for scores in self.files.values():
            for metric, score in scores.items():
                into = combined.setdefault(metric, MetricScore())
                into.hits += score.hits
                into.n += score.n
        return combined

    @property
    def total_documents(self) -> int:
        return sum(self.documents.values())

    @property
    def total_failures(self) -> int:
        return sum(self.failures.values())


def ordered(scores: dict[str, MetricScore]) -> list[tuple[str, MetricScore]]:
    """The scored metrics in report order; metrics no document could be scored on are left out."""
    return [(metric, scores[metric]) for metric in METRICS if metric in scores and scores[metric].n]


def as_json_object(scores: dict[str, MetricScore]) -> dict[str, dict]:
    """{"<metric>": {"value": float, "n": int}} for the metrics with at least one scored document."""
    return {metric: {"value": round(score.value, 4), "n": score.n} for metric, score in ordered(scores)}
