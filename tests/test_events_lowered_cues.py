"""Trigger cues found on the lower-cased text with the lower-case twins equal those found on the text itself."""

import pytest

from incident_extractor.events.triggers import find_triggers, sentence_cues, trigger_cues

SENTENCES = [
    ("The rebels will attack the town next week, officials warned.", "attack"),
    ("Police said no shelling took place; the army denied the reports of shelling.", "shelling"),
    ("THE ATTACK HAD BEEN PLANNED FOR WEEKS, POLICE SAID.", "ATTACK"),
    ("Two days after the bombing in the capital, the leaders met.", "bombing"),
    ("Protesters rally in the square (L) in this (AP Photo) image.", "rally"),
    ("Militants threatened to bomb the airport; such attacks could be repeated.", "bomb"),
    ("Gunmen believed to be rebels attacked the town; a march is to be held.", "attacked"),
]


@pytest.mark.parametrize("sentence, phrase", SENTENCES)
def test_trigger_cues_on_lowered_text_are_the_same(sentence, phrase):
    start = sentence.index(phrase)
    expected = trigger_cues(sentence, start, start + len(phrase), 0, len(sentence))
    assert expected == trigger_cues(sentence.lower(), start, start + len(phrase), 0, len(sentence), lowered=True)


@pytest.mark.parametrize("sentence, _", SENTENCES)
def test_sentence_cues_on_lowered_text_are_the_same(sentence, _):
    assert sentence_cues(sentence) == sentence_cues(sentence.lower(), lowered=True)


def test_text_that_lowercases_to_another_length_keeps_its_cues():
    text = "İstanbul: the rebels will attack the town, officials said."
    cues = find_triggers(text, [0], [len(text)])[0].cues
    assert "future" in cues and "anaphoric" in cues
