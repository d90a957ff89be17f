"""paragraph_breaks: a blank line ends a sentence, before the parser runs.

The parser joins a headline to the article's first sentence ("Farmer killed, two hurt in Odisha\\n\\nA farmer
was killed ...") and parses them as one clause, which gives the headline's words roles in the body's sentence.
The parser keeps sentence starts set before it, so marking the first token after every blank line gives it
one headline and one paragraph at a time.
"""

from __future__ import annotations

from spacy.language import Language

from incident_extractor.events.sentences import paragraph_starts, text_of


class ParagraphBreaks:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc):
        starts = paragraph_starts(text_of(doc))
        if not starts:
            return doc
        for offset in starts:
            span = doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        return doc


@Language.factory("paragraph_breaks")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks(nlp, name)
