"""False sentence breaks of all-caps wire text are mended (events/wire_sentences.py)."""

import pytest
import spacy

from incident_extractor.events.sentences import sentence_bounds
from incident_extractor.events.wire_sentences import is_wire_capitals, join_false_breaks


def _pieces(text: str, cuts: list[str]) -> list[tuple[int, int]]:
    """Sentence spans of `text` cut right before each string of `cuts`."""
    starts = [0] + [text.index(cut) for cut in cuts]
    ends = [s for s in starts[1:]] + [len(text)]
    return [(s, len(text[s:e].rstrip()) + s) for s, e in zip(starts, ends)]


@pytest.mark.parametrize(
    "text, cuts, expected",
    [
        # a wrapped line before a bracket or a name, a dash aside: one sentence
        ("GUERRILLAS OF THE PEOPLE'S FRONT\n[PF] AMBUSHED A PATROL NEAR LAS VEGAS.", ["[PF]"], 1),
        ("TWO GUARDS -- BOTH AGED 30 -- DIED IN THE ATTACK.", ["BOTH"], 1),
        ("THE FOLLOWING OFFICERS DIED: MAJOR JUAN TORO AND CAPTAIN LUIS MENA.", ["MAJOR"], 1),
        ("A GUARD WAS KILLED,\nAND TWO OTHERS WERE HURT.", ["AND TWO"], 1),
        # a closed sentence, a bracketed heading, the wire header and a blank line stay cuts
        ("A GUARD WAS KILLED. TWO OTHERS WERE HURT.", ["TWO"], 2),
        ("[COMMUNIQUE] [TEXT]\nTHE FRONT REPORTS THE FOLLOWING.", ["THE FRONT"], 2),
        ("BOGOTA, 9 MAY 91 -- [REPORT] [TEXT]\nTHE FRONT REPORTS THE FOLLOWING.", ["THE FRONT"], 2),
        ("GUERRILLAS OF THE FRONT [PEOPLE'S FRONT]\nAMBUSHED A PATROL.", ["AMBUSHED"], 1),
        ("QUITO, 4 MAY 91 (EFE) -- [TEXT] A BOMB WENT OFF.", ["[TEXT]"], 2),
        ("LIMA, 4 MAY 91 -- A BOMB WENT OFF.", ["A BOMB"], 2),
        ("THE ARMY REPORTED THE CLASH\n\nTWO SOLDIERS DIED.", ["TWO"], 2),
        ('HE SAID "WE WILL WIN" AND LEFT', ["AND"], 1),
        ('HE SAID: "WE WILL WIN." THE ARMY LEFT', ["THE ARMY"], 2),
        # mixed case is left alone: a headline line has no full stop
        ("Guard killed in ambush\nTwo guards died on Monday.", ["Two"], 2),
    ],
)
def test_join_false_breaks(text, cuts, expected):
    assert len(join_false_breaks(text, _pieces(text, cuts))) == expected


def test_joined_span_runs_from_the_first_start_to_the_last_end():
    text = "TWO GUARDS -- BOTH AGED 30 -- DIED IN THE ATTACK."
    assert join_false_breaks(text, _pieces(text, ["BOTH"])) == [(0, len(text))]


@pytest.mark.parametrize("text, expected", [("A BOMB WENT OFF IN LIMA.", True), ("A bomb went off in Lima.", False),
                                            ("NATO said a bomb went off.", False), ("", False)])
def test_is_wire_capitals(text, expected):
    assert is_wire_capitals(text) is expected


def test_sentence_bounds_mend_a_break_the_sentencizer_made_in_capitals():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", config={"punct_chars": ["--", "."]})
    doc = nlp("TWO SMALL CHILDREN -- AGED 4 AND 1 -- DIED YESTERDAY. THE ARMY DENIED IT.")
    assert len(list(doc.sents)) > 2
    starts, ends = sentence_bounds(doc)
    assert [doc.text[s:e] for s, e in zip(starts, ends)] == [
        "TWO SMALL CHILDREN -- AGED 4 AND 1 -- DIED YESTERDAY.", "THE ARMY DENIED IT."]
