"""Figures that count no dead and no injured, although the rules find them as they find real ones:

- counterfactual: "the children could have been killed", "dozens more might have died if the bomb had gone off
  inside", "it would have killed hundreds", "two guards narrowly escaped being killed" (but not a guess about
  real deaths: "the possibility that the priests could have been murdered by soldiers");
- mixed: "15 soldiers were killed or wounded", "the blast killed and injured 40 people" (casualties of both
  kinds in one number: neither toll).

A figure is dropped when its phrase holds such words (a subject before its verb) or starts right after them (an
active verb and its objects). The regexes come from data/casualty_cues.json ("counterfactual",
"mixed_casualties"); each is searched only in a sentence that has the words of its gate (gates.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.gates import rule_gates
from incident_extractor.casualties.lexicon import FLAGS, cue_tables
from incident_extractor.nlp.regex_cache import compile_pattern

BOTH_TOLLS = ("killed", "injured")


@lru_cache(maxsize=1)
def counterfactual_pattern() -> re.Pattern:
    """Small regexes, compiled on the first sentence that has a word of their gate (not at start-up), their code
    kept on disk (nlp/regex_cache.py)."""
    return compile_pattern("|".join(f"(?:{p})" for p in cue_tables()["counterfactual"]["patterns"]), FLAGS)


@lru_cache(maxsize=1)
def epistemic_pattern() -> re.Pattern:
    return compile_pattern(cue_tables()["counterfactual"]["epistemic_before"], FLAGS)


# how far before "could have been" a word may sit that makes it a guess about real deaths
EPISTEMIC_REACH = 100


@lru_cache(maxsize=1)
def mixed_pattern() -> re.Pattern:
    return compile_pattern(cue_tables()["mixed_casualties"]["pattern"], FLAGS)


@lru_cache(maxsize=1)
def _start_words() -> dict[str, frozenset]:
    """The words a match starts with: a modal or "escaped"; a killing or an injuring verb."""
    gates = rule_gates()
    return {"counterfactual": gates["counterfactual"][0],
            "mixed_casualties": gates["mixed_casualties"][0] | gates["mixed_casualties"][1]}


def _spans(rule: str, pattern, text: str, claims: Claims) -> list[tuple[int, int]]:
    if not claims.may_match(rule):
        return []
    return [m.span() for m in claims.scan_from(pattern(), text, _start_words()[rule])]


def touches(figure: Figure, spans: list[tuple[int, int]]) -> bool:
    """The words lie inside the figure's phrase ("Dozens more might have died") or end where it starts ("would
    have | killed at least 50 people")."""
    return any(figure.start <= start < figure.end or start <= figure.start <= end for start, end in spans)


def drop_unreal(text: str, claims: Claims, figures: list[Figure]) -> list[Figure]:
    """The sentence's figures less the counterfactual ones and the killed / injured ones of a mixed toll."""
    if not figures:
        return figures
    unreal = [(start, end) for start, end in _spans("counterfactual", counterfactual_pattern, text, claims)
              if not epistemic_pattern().search(text, max(0, start - EPISTEMIC_REACH), start)]
    mixed = _spans("mixed_casualties", mixed_pattern, text, claims)
    if not unreal and not mixed:
        return figures
    return [f for f in figures if not touches(f, unreal) and not (f.type in BOTH_TOLLS and touches(f, mixed))]
