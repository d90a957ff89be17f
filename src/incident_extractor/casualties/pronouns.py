"""Figures whose victim is a personal pronoun: "He was pronounced dead at the hospital", "she died at the scene".

A pronoun names someone the story introduced before, mostly the victim it has already counted ("An alleged gunman
was fatally shot ... he was pronounced dead"), so the figure restates: it counts only when the incident has no other
figure of its type ("A man was shot on Friday. He died on Sunday" = 1 dead). Next to another figure of its type in
its own sentence the pronoun is someone else ("He stabbed two guards before he was killed" = 3).
"""

from __future__ import annotations

import re
from dataclasses import replace

from incident_extractor.casualties.figures import Figure

PRONOUN_SUBJECT = re.compile(r"(?:he|she)(?![\w'’-])", re.IGNORECASE)


def pronoun_figures_restate(text: str, figures: list[Figure]) -> list[Figure]:
    return [replace(f, cues=f.cues + ("restated",))
            if _is_pronoun_victim(text, f) and not any(o is not f and o.type == f.type for o in figures) else f
            for f in figures]


def _is_pronoun_victim(text: str, figure: Figure) -> bool:
    if any(c.startswith("group@") for c in figure.cues) or "restated" in figure.cues:
        return False  # "She and her son were killed": one list of two
    return (figure.number.value == 1 and figure.victims is None
            and bool(PRONOUN_SUBJECT.match(text, figure.start)))
