"""Figures that repeat a group the sentence counted before: "Three men were kidnapped and later executed",
"gunmen opened fire on two civilians, killing them both", "kidnapped 40 villagers and executed them".

The people are those of the earlier figure (or "both" = 2); the new figure has its own type, so "kidnapped 3,
then killed" gives 3 killed as well as 3 kidnapped.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure, object_follows
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.numbers import ParsedNumber
from incident_extractor.casualties.victims import SINGLE

BOTH = ParsedNumber(2, 2, 2, "exact")
# the earlier figure must end this close before the repeating verb
ANTECEDENT_WINDOW = 160
# "before being shot and killed": the subject of the sentence, not the people counted before
BEING_BEFORE = re.compile(r"(?<![\w'’-])(?:before|after|while)\s+being\s+[\w'’-]+\s*$", re.IGNORECASE)


def repeated_group_figures(text: str, claims: Claims, figures: list[Figure]) -> list[Figure]:
    tables, found = patterns(), []
    lowered = claims.lowered
    for match in claims.scan_once("passive_any", text) if "and" in lowered else ():
        verb = "verb2" if match.group("and2") else "verb"
        if not (match.group("and2") or match.group("and") and match.group("verb")) or claims.taken(*match.span(verb)):
            continue
        if verb == "verb2" and object_follows(text, match.end(verb)):
            continue  # "were abducted and later killed three guards": an active verb with its own object
        if verb == "verb2" and BEING_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "stabbed four people before being shot and killed": the attacker (attacker_end below)
        kind = tables["types"]["passive"][normalise_phrase(match.group(verb))]
        earlier = _antecedent(figures + found, match.start())
        if earlier is None or earlier.type == kind:
            continue
        if tables["active"].head.match(text, earlier.start):
            continue  # "A youth stabbed a soldier and was shot dead": the subject of the sentence, not its object
        claims.claim(*match.span(verb))
        found.append(replace(earlier, type=kind, end=match.end(), cues=figure_cues(text, *match.span())))
    for match in claims.scan(tables["pronoun_object"], text) if "them" in lowered else ():
        if claims.taken(*match.span("verb")):
            continue
        kind = tables["types"]["active"][normalise_phrase(match.group("verb"))]
        if match.group("both") or match.group("both2"):
            number: Optional[ParsedNumber] = BOTH
            victims = None
        else:
            earlier = _antecedent(figures + found, match.start())
            if earlier is None or earlier.type == kind:
                continue
            number, victims = earlier.number, earlier.victims
        claims.claim(*match.span("verb"))
        found.append(Figure(kind, number, match.start(), match.end(), victims, None,
                            figure_cues(text, *match.span()), match.group(0)))
    for match in claims.scan(tables["attacker_end"], text) if "before" in lowered else ():
        # "killing four and wounding ten before being shot dead": the subject that killed died too
        killers = [f for f in figures + found if f.end <= match.start() and tables["active"].head.match(text, f.start)]
        if not killers or claims.taken(*match.span("verb")):
            continue
        claims.claim(*match.span("verb"))
        found.append(Figure("killed", SINGLE, match.start(), match.end(), "attacker", None, ("more", "attackers")))
    return found


def _antecedent(figures: list[Figure], position: int) -> Optional[Figure]:
    before = [f for f in figures if position - ANTECEDENT_WINDOW <= f.end <= position and f.number.value
              and "subgroup" not in f.cues]
    return max(before, key=lambda f: f.end) if before else None
