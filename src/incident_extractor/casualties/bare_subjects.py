"""Headlines that drop the article and the auxiliary: "Soldier killed in ambush", "Suspect killed, officer
wounded", "Delivery driver fatally shot outside store". One person each."""

from __future__ import annotations

import re

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure, object_follows
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.victims import SINGLE

# what may stand right before a headline's clause: nothing, a comma, a semicolon, a colon or a dash
CLAUSE_OPENING = re.compile(r"(?:\A|[,;:|—–-])\s*\Z")
# ... or one word of its own before it: "Delivery driver fatally shot outside store", "Off-duty officer killed"
MODIFIED_OPENING = re.compile(r"(?:\A|[,;:|—–-])\s*(?P<word>[^\W\d][\w'’-]*)\s+\Z")
NOT_A_MODIFIER = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that", "these",
                            "those", "another", "each", "every", "no", "and", "or", "but", "as", "when", "while",
                            "after", "before", "if", "one", "who", "which", "he", "she", "they", "it"})


def _opens_a_clause(text: str, start: int) -> bool:
    if CLAUSE_OPENING.search(text, max(0, start - 3), start):
        return True
    modified = MODIFIED_OPENING.search(text, max(0, start - 30), start)
    return bool(modified) and modified.group("word").lower() not in NOT_A_MODIFIER


def bare_subject_figures(text: str, claims: Claims) -> list[Figure]:
    """"Soldier killed in ambush", "Suspect killed, officer wounded": one person, in a headline that drops the
    article and the auxiliary. Only where the noun opens the sentence or a clause, and never before an object
    ("Gunman killed two" is the gunman killing)."""
    tables, found = patterns(), []
    for match in claims.scan_rule("bare_subject", text):
        if claims.taken(*match.span("verb")) or not _opens_a_clause(text, match.start()):
            continue
        if object_follows(text, match.end()):
            continue
        claims.claim(*match.span("verb"))
        verb = normalise_phrase(match.group("verb"))
        kind = tables["types"]["passive"].get(verb, "killed")
        found.append(Figure(kind, SINGLE, match.start(), match.end(), match.group("subj").lower(),
                            cues=figure_cues(text, *match.span())))
    return found
