"""Sentence offsets of a Doc, computed once from arrays (iterating `doc.sents` costs a Python object per
token, several times the price of our components) and cut again at blank lines."""

from __future__ import annotations

import re

from incident_extractor.events.wire_sentences import join_false_breaks

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_CACHE_KEY = ("incident_extractor", "sentence_bounds")
_TEXT_KEY = ("incident_extractor", "text")


def text_of(doc) -> str:
    """doc.text, built once: spaCy joins every token anew on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def remember_text(doc, text: str) -> None:
    """Give `text_of` the text the Doc was made from (`nlp.make_doc(text)`): spaCy's tokenizer loses
    nothing, so it equals doc.text, and building that again joins a Python object per token."""
    doc.user_data[_TEXT_KEY] = text


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


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where a paragraph starts after a blank line (the text's first never counts)."""
    return [match.end() for match in _PARAGRAPH_BREAK.finditer(text) if 0 < match.end() < len(text)]


def annotated(doc, attribute: str) -> bool:
    """Doc.has_annotation without its Python loop over every token: any value set in the array."""
    if not len(doc):
        return False
    import spacy.attrs

    return bool(doc.to_array([getattr(spacy.attrs, attribute)]).any())


def token_sentence_starts(doc) -> list[int]:
    """Token indices where sentences start (just [0] when nothing set boundaries)."""
    if not len(doc) or not (annotated(doc, "SENT_START") or annotated(doc, "DEP")):
        return [0]
    from spacy.attrs import SENT_START

    flags = doc.to_array([SENT_START]).ravel()
    starts = [int(i) for i in (flags == 1).nonzero()[0]]
    return starts if starts and starts[0] == 0 else [0] + starts


def sentence_bounds(doc) -> tuple[list[int], list[int]]:
    """Sorted sentence start and end character offsets, cached on the Doc."""
    cached = doc.user_data.get(_CACHE_KEY)
    if cached is not None:
        return cached
    text = text_of(doc)
    spans = []
    if len(doc):
        from spacy.attrs import IDX, LENGTH

        positions = doc.to_array([IDX, LENGTH])
        starts = token_sentence_starts(doc)
        for first, next_first in zip(starts, starts[1:] + [len(doc)]):
            last = next_first - 1
            spans.append((int(positions[first][0]), int(positions[last][0] + positions[last][1])))
    spans = join_false_breaks(text, spans)
    pieces = [piece for start, end in spans for piece in split_at_paragraphs(text, start, end)] or [(0, len(text))]
    result = ([p[0] for p in pieces], [p[1] for p in pieces])
    doc.user_data[_CACHE_KEY] = result
    return result
