"""A person named with a relative clause, then the passive verb of the main clause: "A man who killed his wife was shot
dead by police", "A gunman who opened fire in a supermarket was killed by officers".

The passive rule takes the last noun before the verb as its subject ("his wife was shot dead"); the subject is the
person before "who", and the clause's own figure ("killed his wife") is someone else: 2 dead.
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.lexicon import FLAGS, alternation, normalise_phrase, patterns
from incident_extractor.casualties.victims import SINGLE, names_person
from incident_extractor.nlp.regex_cache import cached_re

BOUNDARY = r"(?![\w'’-])"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    passive = alternation(patterns()["types"]["passive"])
    return cached_re.compile(
        # (the clause has a verb of its own, never a passive one: "a man who was shot in the hip and a 19-year-old who
        # was shot in the foot" is a list the passive rule reads)
        rf"(?<![\w'’-])(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<head>[\w'’-]+)\s+who\s+"
        rf"(?!(?:was|were|is|are)\s|(?:had|has|have)\s+been\s)(?:(?!who\s)[^,;:.()]){{3,160}}?\s+"
        rf"(?:was|has\s+been|had\s+been)\s+(?:(?:himself|herself|also|later|then|subsequently|fatally|critically|"
        rf"seriously)\s+){{0,2}}(?P<verb>{passive}){BOUNDARY}", FLAGS)


def relative_subject_figures(text: str, claims: Claims) -> list[Figure]:
    if " who " not in claims.lowered:
        return []
    found: list[Figure] = []
    for match in claims.scan(_pattern(), text):
        head = match.group("head")
        if claims.taken(*match.span("verb")) or not names_person(head) or head.lower().endswith("s") and \
                normalise_phrase(head) not in patterns()["singular_heads"]:
            continue  # one person only ("the men who ... were": the plural rules read them)
        kind = patterns()["types"]["passive"][normalise_phrase(match.group("verb"))]
        claims.claim(*match.span("verb"))
        cues = figure_cues(text, *match.span())
        if normalise_phrase(head) in patterns()["attacker_heads"] and "more" not in cues:
            cues += ("more",)
        found.append(Figure(kind, SINGLE, match.start(), match.end(), head, None, cues, match.group(0)))
    return found
