"""An active verb whose counted object comes after a place phrase: "Al-Shabaab executed in the Lower Shabelle
region three people, including two soldiers" = 3, "gunmen killed in the market 12 traders" = 12.

Only a counted group may follow the place (a number or a number word), never a single person or a bare noun: "police
killed in the village a ..." reads too many clauses. Passive ("were killed in the town 20 km away") and unreal
("plotted to kill in the capital ...") verbs are left alone, as the plain active rule leaves them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_extractor.casualties.figures import Claims, Figure, figures_from_list
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.split_patterns import ListPattern
from incident_extractor.casualties.victims import SINGLE
from incident_extractor.nlp.regex_cache import cached_re

SUBJECT_AFTER = re.compile(r"\s+(?:were|was|are|is|have|has|had)\b", re.IGNORECASE)
OF_AT_END = re.compile(r"\bof\s*$", re.IGNORECASE)
PLACE_WORDS = ("in", "near", "at", "outside", "inside", "across", "throughout")


@lru_cache(maxsize=1)
def _verb_place_object() -> ListPattern:
    src = patterns()["sources"]
    head = cached_re.compile(
        rf"(?<![\w'’-])(?P<verb>{src['active_verbs']})\s+(?P<place>(?:{'|'.join(PLACE_WORDS)})\s+(?:the\s+)?"
        rf"(?:(?!(?:and|or|were|was|who|which|that|after|before|when|while)(?![\w'’-]))[^\W\d][\w'’-]*,?\s+){{1,5}}?)"
        rf"(?=\d|(?:{src['number']})(?![\w'’-]))", re.IGNORECASE)
    return ListPattern(head, src["victim_list"], "obj")


def object_after_place_figures(text: str, claims: Claims) -> list[Figure]:
    if not any(f" {word} " in claims.lowered for word in PLACE_WORDS):
        return []
    tables, found = patterns(), []
    for match in claims.scan(_verb_place_object(), text):
        before = (text, max(0, match.start() - 30), match.start())
        if claims.taken(*match.span("verb")) or tables["aux_before"].search(*before) or tables["unreal_before"].search(*before):
            continue
        if OF_AT_END.search(match.group("place")):
            continue  # "killed in a village of 300 people", "the murder in Lima of two students": no place phrase
        if SUBJECT_AFTER.match(text, match.end("obj")):
            continue  # "killed in the raid, 12 others were wounded": the number starts a clause of its own
        listed = figures_from_list(text, match, "obj", tables["types"]["active"][normalise_phrase(match.group("verb"))],
                                   match.span("verb"), claims, verb_first=True)
        if listed and listed[0].number is not SINGLE and listed[0].number.value:
            found += listed
    return found
