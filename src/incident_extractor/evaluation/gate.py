"""The quality gate: pinned per-field floors on the project's own gold file, and the only way to move them.

    python -m incident_extractor.evaluation.gate                      # score the gate file, check the floors
    python -m incident_extractor.evaluation.gate --raise              # pin floors 0.05 (or one document) under today's scores
    python -m incident_extractor.evaluation.gate --lower country=0.80 --reason "why"
    python -m incident_extractor.evaluation.gate --rehash --reason "why the gold changed"

Floors only go down through --lower with a --reason; the reason is recorded in floors.json and must be
repeated in the commit message. --raise never lowers a floor. `tests/test_gate.py` fails when a score
falls under its floor or when gold.jsonl changed without --rehash.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import sys
from pathlib import Path
from typing import Any, Optional, Sequence

GATE_GOLD = Path("tests/gate/gold.jsonl")
GATE_FLOORS = Path("tests/gate/floors.json")
DEFAULT_MARGIN = 0.05  # room for a harmless change of one or two documents of ~40 before the gate fails


class GateError(ValueError):
    """A floor change the gate refuses; the message says what to do instead."""


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def load_floors(path: Path) -> dict[str, Any]:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def save_floors(path: Path, document: dict[str, Any]) -> None:
    Path(path).write_text(json.dumps(document, indent=2, sort_keys=False) + "\n", encoding="utf-8")


def floor_below(score: float, margin: float, n: int = 0) -> float:
    """A floor pinned under a score, rounded down to two decimals so it reads as a plain number.

    The room is at least one document of the n scored: on a metric scored on 5 documents a margin of
    0.05 would fail the gate on any single change, which says nothing about a trend.
    """
    room = max(margin, 1.0 / n) if n else margin
    return max(0.0, math.floor((score - room) * 100 + 1e-9) / 100)


def failed_floors(scores: dict[str, dict], floors: dict[str, float]) -> list[str]:
    """One line per metric under its floor (or no longer scored at all); empty when the gate passes."""
    failures = []
    for metric, floor in floors.items():
        if metric not in scores:
            failures.append(f"{metric}: no longer scored (floor {floor:.2f})")
        elif scores[metric]["value"] + 1e-9 < floor:
            failures.append(f"{metric}: {scores[metric]['value']:.3f} is under its floor {floor:.2f}")
    return failures


def _history_entry(action: str, reason: str, today: dt.date, **details) -> dict[str, Any]:
    return {"date": today.isoformat(), "action": action, **details, "reason": reason}


def raise_floors(
    document: dict[str, Any], scores: dict[str, dict], *, margin: float = DEFAULT_MARGIN, today: dt.date
) -> dict[str, Any]:
    """Floors moved up to just under today's scores; a floor never moves down here."""
    floors = dict(document.get("floors", {}))
    raised = {}
    for metric, score in scores.items():
        candidate = floor_below(score["value"], margin, score.get("n", 0))
        if candidate > floors.get(metric, -1.0):
            raised[metric] = candidate
    floors.update(raised)
    history = list(document.get("history", []))
    if raised:
        reason = f"pinned {margin:.2f} (or one document) under the scores"
        history.append(_history_entry("raise", reason, today, floors=raised))
    return {**document, "floors": floors, "history": history}


def lower_floor(
    document: dict[str, Any], metric: str, value: float, *, reason: str, today: dt.date
) -> dict[str, Any]:
    """The explicit flag: one floor lowered, the reason recorded next to it."""
    if not reason or not reason.strip():
        raise GateError("lowering a floor needs --reason \"...\" (repeat it in the commit message)")
    floors = dict(document.get("floors", {}))
    if metric not in floors:
        raise GateError(f"{metric!r} has no floor; the floors are: {', '.join(floors)}")
    if not 0.0 <= value < floors[metric]:
        raise GateError(f"--lower {metric}={value}: not below the current floor {floors[metric]:.2f}")
    history = list(document.get("history", []))
    history.append(_history_entry("lower", reason.strip(), today, metric=metric, old=floors[metric], new=value))
    floors[metric] = value
    return {**document, "floors": floors, "history": history}


def rehash(document: dict[str, Any], new_hash: str, *, reason: str, today: dt.date) -> dict[str, Any]:
    """Accept a changed gold file: a new hash, with the reason recorded."""
    if not reason or not reason.strip():
        raise GateError("accepting a changed gold file needs --reason \"...\"")
    history = list(document.get("history", []))
    history.append(_history_entry("rehash", reason.strip(), today, old=document.get("gold_sha256"), new=new_hash))
    return {**document, "gold_sha256": new_hash, "history": history}


def score_gate(gold: Path = GATE_GOLD, *, nlp=None) -> dict[str, dict]:
    """The gate file's total scores as {"<metric>": {"value", "n"}}, from a run of the real pipeline."""
    from incident_extractor.evaluation.runner import evaluate_files
    from incident_extractor.evaluation.tally import as_json_object

    failures: list[str] = []
    board = evaluate_files([str(gold)], nlp=nlp, on_failure=failures.append)
    if failures:
        raise GateError("documents failed in the pipeline: " + "; ".join(failures[:5]))
    return as_json_object(board.total())


def parse_lowering(expression: str) -> tuple[str, float]:
    metric, separator, raw = expression.partition("=")
    try:
        if not separator:
            raise ValueError(expression)
        return metric.strip(), float(raw)
    except ValueError:
        raise GateError(f"--lower expects METRIC=VALUE, got {expression!r}") from None


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m incident_extractor.evaluation.gate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=GATE_GOLD)
    parser.add_argument("--floors", type=Path, default=GATE_FLOORS)
    action = parser.add_mutually_exclusive_group()
    action.add_argument("--raise", dest="raise_floors", action="store_true", help="pin floors under today's scores")
    action.add_argument("--lower", metavar="METRIC=VALUE", help="lower one floor (needs --reason)")
    action.add_argument("--rehash", action="store_true", help="accept a changed gold file (needs --reason)")
    parser.add_argument("--margin", type=float, default=DEFAULT_MARGIN, help="how far under a score --raise pins")
    parser.add_argument("--reason", default="", help="why; recorded in floors.json, repeat it in the commit")
    args = parser.parse_args(argv)
    today = dt.date.today()
    try:
        document = load_floors(args.floors)
        if args.lower:
            metric, value = parse_lowering(args.lower)
            save_floors(args.floors, lower_floor(document, metric, value, reason=args.reason, today=today))
            print(f"{metric}: floor lowered to {value:.2f}; put the reason in the commit message", file=sys.stderr)
            return 0
        if args.rehash:
            save_floors(args.floors, rehash(document, file_sha256(args.gold), reason=args.reason, today=today))
            return 0
        if document.get("gold_sha256") != file_sha256(args.gold):
            raise GateError(f"{args.gold} changed since the floors were pinned; run --rehash --reason \"...\"")
        scores = score_gate(args.gold)
        if args.raise_floors:
            save_floors(args.floors, raise_floors(document, scores, margin=args.margin, today=today))
        print(json.dumps(scores, indent=2))
        failures = failed_floors(scores, load_floors(args.floors)["floors"])
    except GateError as error:
        print(f"gate: {error}", file=sys.stderr)
        return 2
    for line in failures:
        print(f"gate: {line}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
