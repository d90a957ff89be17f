"""The extractor hands each Doc the text it was made from instead of joining the tokens again: that is only
right because spaCy's tokenizer loses nothing, which these texts check (whitespace, caps, odd characters)."""

import pytest
import spacy

from incident_extractor.events.sentences import remember_text, text_of

TEXTS = [
    "Two soldiers were killed on Monday.",
    "  leading spaces,\ttabs\tand  double  spaces  ",
    "Windows\r\nline ends\r\n\r\nand a blank line\n",
    "NBSP\u00a0between\u2009thin\u200bzero-width words",
    "GUNMEN KILLED 12 PEOPLE IN SAN SALVADOR, 9 JAN 90 (ACAN-EFE) -- [TEXT]",
    "emoji 🙂 and combining e\u0301 marks, «quotes» — dashes…",
    "",
    "   ",
    "trailing newline\n\n\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_text_a_doc_was_made_from_is_its_text(text):
    nlp = spacy.blank("en")
    doc = nlp.make_doc(text)
    assert doc.text == text
    remember_text(doc, text)
    assert text_of(doc) == doc.text


def test_text_of_builds_the_text_when_none_was_remembered():
    doc = spacy.blank("en").make_doc("Police said three people died.")
    assert text_of(doc) == "Police said three people died."
