"""A sentence's triggers split where a clause opens with a date of its own: "Last Thursday bandits killed seven people
in one village, and in January, 18 farmers were killed near another" tells two incidents, each with its own date,
place and toll (see casualties/dated_clauses.py)."""

from __future__ import annotations

from typing import Sequence

from incident_extractor.casualties.dated_clauses import dated_clause_start, new_dated_clause_between
from incident_extractor.mentions import TriggerMention


def dated_clause_runs(text: str, triggers: Sequence[TriggerMention]) -> list[list[TriggerMention]]:
    """`triggers` of one family of one sentence, in runs: a new run starts after a dated clause boundary."""
    ordered = sorted(triggers, key=lambda t: t.start_char)
    runs: list[list[TriggerMention]] = [[ordered[0]]] if ordered else []
    for before, trigger in zip(ordered, ordered[1:]):
        if before.end_char < trigger.start_char and new_dated_clause_between(text, before.end_char, trigger.start_char):
            runs.append([trigger])
        else:
            runs[-1].append(trigger)
    return runs


def clause_spans(text: str, runs: Sequence[Sequence[TriggerMention]], sentence: tuple[int, int]) -> list[tuple[int, int]]:
    """The part of the sentence each run of `dated_clause_runs` owns: from the dated clause's comma to the next one."""
    starts = [sentence[0]] + [dated_clause_start(text, before[-1].end_char, run[0].start_char)
                              for before, run in zip(runs, runs[1:])]
    return list(zip(starts, starts[1:] + [sentence[1]]))
