"""Headlines that drop the article and the auxiliary: "Soldier killed in ambush", "Suspect killed, officer
wounded", "Delivery driver fatally shot outside store", "Man and woman killed in crash". One person per noun."""

from __future__ import annotations

import re

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure, object_follows
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.numbers import ParsedNumber
from incident_extractor.casualties.victims import SINGLE

# what may stand right before a headline's clause: nothing, a comma, a semicolon, a colon or a dash
CLAUSE_OPENING = re.compile(r"(?:\A|[,;:|—–-])\s*\Z")
# ... or one word of its own before it: "Delivery driver fatally shot outside store", "Off-duty officer killed"
MODIFIED_OPENING = re.compile(r"(?:\A|[,;:|—–-])\s*(?P<word>[^\W\d][\w'’-]*)\s+\Z")
NOT_A_MODIFIER = frozenset({"a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that", "these",
                            "those", "another", "each", "every", "no", "and", "or", "but", "as", "when", "while",
                            "after", "before", "if", "one", "who", "which", "he", "she", "they", "it"})


# a bare victim listed before the last one: "Man and woman killed", "Policeman, civilian killed"
ITEM_BEFORE = re.compile(r"(?<![\w'’-])(?P<word>[^\W\d][\w'’-]*)\s*(?:,\s*and|,|\s+and)\s+\Z", re.IGNORECASE)
# at most this many people in a headline's bare list
MAX_ITEMS = 4


def _opens_a_clause(text: str, start: int) -> bool:
    if CLAUSE_OPENING.search(text, max(0, start - 3), start):
        return True
    modified = MODIFIED_OPENING.search(text, max(0, start - 30), start)
    return bool(modified) and modified.group("word").lower() not in NOT_A_MODIFIER


def _listed_start(text: str, start: int) -> tuple[int, int]:
    """(where the list of bare victims ending at `start` begins, how many people it names before `start`)."""
    heads, count = patterns()["singular_heads"], 0
    while count < MAX_ITEMS - 1:
        item = ITEM_BEFORE.search(text, max(0, start - 40), start)
        if item is None or item.group("word").lower() not in heads:
            break
        start, count = item.start(), count + 1
    return start, count


def bare_subject_figures(text: str, claims: Claims) -> list[Figure]:
    """"Soldier killed in ambush", "Suspect killed, officer wounded": one person, in a headline that drops the
    article and the auxiliary. Only where the noun opens the sentence or a clause, and never before an object
    ("Gunman killed two" is the gunman killing)."""
    tables, found = patterns(), []
    for match in claims.scan_rule("bare_subject", text):
        if claims.taken(*match.span("verb")):
            continue
        start, before = _listed_start(text, match.start())
        if not _opens_a_clause(text, start) or object_follows(text, match.end()):
            continue
        claims.claim(*match.span("verb"))
        verb = normalise_phrase(match.group("verb"))
        kind = tables["types"]["passive"].get(verb, "killed")
        number = SINGLE if not before else ParsedNumber(before + 1, before + 1, before + 1, "exact")
        found.append(Figure(kind, number, start, match.end(), match.group("subj").lower(),
                            cues=figure_cues(text, start, match.end())))
    return found
