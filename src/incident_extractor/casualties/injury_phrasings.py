"""Injuries told through what an attack left its victims with: "stabbed a soldier, leaving him with light
wounds", "left another farmer with serious injuries", "leaving one in a critical condition", "left a guard
seriously injured" (an adverb between the victim and the complement the plain "left N injured" rule reads).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from incident_extractor.casualties.figures import Claims, Figure, figures_from_list
from incident_extractor.casualties.lexicon import patterns
from incident_extractor.casualties.split_patterns import ListPattern

# what every match holds besides a form of "leave": one of these (a substring test before the scan)
INJURY_PIECES = ("wound", "injur", "burns", "condition", "hurt")
PRONOUN = re.compile(r"him|her|them", re.IGNORECASE)


@lru_cache(maxsize=1)
def _left_with() -> ListPattern:
    leave = patterns()["leave"]
    tail = re.compile(
        r"(?P<compl>\s+with\s+(?:[\w'’-]+\s+){0,4}?(?:injuries|injury|wounds|wound|burns)|"
        r"\s+in\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?condition|"
        r"\s+(?:seriously|critically|badly|gravely|slightly|lightly|severely|moderately)\s+(?:injured|wounded|hurt))"
        r"(?![\w'’-])", re.IGNORECASE)
    return ListPattern(leave.head, leave.victim_list, "obj", tail)


def left_injured_figures(text: str, claims: Claims) -> list[Figure]:
    lowered = claims.lowered
    if "lea" not in lowered and "left" not in lowered or not any(piece in lowered for piece in INJURY_PIECES):
        return []
    found = []
    for match in claims.scan(_left_with(), text):
        listed = figures_from_list(text, match, "obj", "injured", match.span("compl"), claims, verb_first=False)
        if PRONOUN.fullmatch(match.group("obj")):
            # "stabbed a soldier, leaving him with light wounds": the person the sentence told before
            listed = [replace(f, cues=f.cues + ("restated",)) for f in listed]
        found += listed
    return found
