"""spaCy component `incident_triggers`: trigger phrases of incidents -> mentions_of(doc).triggers."""

from __future__ import annotations

import re

from spacy.language import Language

from incident_extractor.events.triggers import find_triggers
from incident_extractor.mentions import mentions_of


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")


def split_at_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A title or a paragraph never runs into the next one, whatever the parser thought."""
    pieces, piece_start = [], start
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        if match.start() > piece_start:
            pieces.append((piece_start, match.start()))
        piece_start = match.end()
    if end > piece_start:
        pieces.append((piece_start, end))
    return pieces


def sentence_bounds(doc) -> tuple[list[int], list[int]]:
    """Sorted sentence start and end offsets: the Doc's sentences (the whole text when nothing set
    boundaries), cut again at blank lines."""
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        spans = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        spans = [(0, len(doc.text))]
    pieces = [piece for start, end in spans for piece in split_at_paragraphs(doc.text, start, end)] or [(0, len(doc.text))]
    return [p[0] for p in pieces], [p[1] for p in pieces]


class IncidentTriggers:
    """Finds trigger phrases with one precompiled regex over the text (cheap: no token loop)."""

    def __init__(self, nlp: Language, name: str, *, min_strength: float):
        self.name = name
        self.min_strength = min_strength

    def __call__(self, doc):
        starts, ends = sentence_bounds(doc)
        mentions_of(doc).triggers = [t for t in find_triggers(doc.text, starts, ends) if t.strength >= self.min_strength]
        return doc


@Language.factory("incident_triggers", default_config={"min_strength": 0.0})
def make_incident_triggers(nlp: Language, name: str, min_strength: float) -> IncidentTriggers:
    return IncidentTriggers(nlp, name, min_strength=min_strength)
