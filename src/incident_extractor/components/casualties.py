"""spaCy component `incident_casualties`: every casualty figure of the Doc, sentence by sentence.

Add it after the model's `ner`; it appends doc-ordered `CasualtyMention`s to `mentions_of(doc).casualties`.
The finder works on text only (regexes compiled once), so it costs one cheap keyword search per sentence
and never re-parses.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from incident_extractor.casualties.across_sentences import set_apart_from_the_dead_before
from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.found_state import drop_the_found_dead
from incident_extractor.casualties.lexicon import patterns
from incident_extractor.events.sentences import sentence_bounds, text_of
from incident_extractor.mentions import mentions_of


@Language.factory("incident_casualties", default_config={"per_sentence": True})
def make_casualty_finder(nlp: Language, name: str, per_sentence: bool) -> "CasualtyFinder":
    return CasualtyFinder(name=name, per_sentence=per_sentence)


class CasualtyFinder:
    """Runs `find_casualties` over each sentence (or the whole text when the Doc has no sentence boundaries)."""

    def __init__(self, *, name: str = "incident_casualties", per_sentence: bool = True) -> None:
        self.name = name
        self.per_sentence = per_sentence
        patterns()  # compile at load time, not on the first document

    def __call__(self, doc: Doc) -> Doc:
        by_sentence = [sorted(find_casualties(text, offset=start), key=lambda m: (m.start_char, m.end_char))
                       for start, text in self._chunks(doc)]
        found = set_apart_from_the_dead_before(drop_the_found_dead(by_sentence))
        found.sort(key=lambda m: (m.start_char, m.end_char))
        mentions_of(doc).casualties.extend(found)
        return doc

    def _chunks(self, doc: Doc):
        has_sentences = doc.has_annotation("SENT_START") or doc.has_annotation("DEP")
        if not self.per_sentence or not has_sentences:
            yield 0, text_of(doc)
            return
        text = text_of(doc)
        # the sentences every stage reads (cut at blank lines, false breaks of wire text mended)
        for start, end in zip(*sentence_bounds(doc)):
            yield start, text[start:end]
