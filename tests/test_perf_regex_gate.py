"""nlp/regex_gate.py: the words a pattern needs are derived from the pattern, and the gate never hides a match."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incident_extractor.events.tables import scope_cue_patterns, trigger_table
from incident_extractor.nlp.regex_gate import WordGate, required_words


@pytest.mark.parametrize(
    "source, flags, expected",
    [
        (r"\bsince \d{4}", 0, ("since ",)),
        (r"toll (?:rose|climbed)", 0, ("toll climbed", "toll rose")),
        (r"(?:over|in) the (?:past|last) \w+", 0, ("in the last ", "in the past ", "over the last ", "over the past ")),
        (r"\bha(?:ve|s|d) been (?:\w+ )?(?:targeting|killing)", 0, ("had been ", "has been ", "have been ")),
        (r"\bha(?:ve|s|d) been (?:\w+ )?(?:targeting|attacking)", 0, ("attacking", "targeting")),  # as long, fewer
        (r"accidents?|crash(?:es)?", 0, ("accident", "crash")),  # "accidents" holds "accident"
        (r"Suicide BOMB", re.IGNORECASE, ("suicide bomb",)),
        (r"[a-z]+\d+", 0, None),  # classes only: nothing is required
        (r"[a-z]+ \d+", 0, (" ",)),
        (r"attack|\w+", 0, None),  # one alternative needs no word: the branch needs none
        (r"attack|\w+ed", 0, ("attack", "ed")),
        (r"(?:the )?attack", 0, ("attack",)),  # an optional piece is no requirement
        (r"(?i:war)s", 0, None),  # a group that changes flags: the gate gives up
        (r"σεισμός", re.IGNORECASE, None),  # non-ASCII letters have case folds lower() does not give
        (r"a(?=b)c|x", 0, ("ac", "x")),  # zero-width pieces keep their neighbours adjacent
        (r"mortar[- ]fire", 0, ("mortar fire", "mortar-fire")),
    ],
)
def test_required_words_table(source, flags, expected):
    assert required_words(re.compile(source, flags)) == expected


@pytest.mark.parametrize(
    "source, flags, text, passes",
    [
        (r"\btoll (?:rose|climbed) to \d+", re.IGNORECASE, "The TOLL ROSE to 12 on Monday", True),
        (r"\btoll (?:rose|climbed) to \d+", re.IGNORECASE, "Twelve people were killed on Monday", False),
        (r"\btoll (?:rose|climbed) to \d+", re.IGNORECASE, "The toll rose by 12", False),  # "toll rose to " is needed
        (r"\btoll (?:rose|climbed)\b", re.IGNORECASE, "The toll rosebud", True),  # a needed word, yet no match
        (r"\bkill", re.IGNORECASE, "A Kelvin sign \u212aILL folds onto k", True),  # always scanned
        (r"\d+ dead", 0, "twelve dead", True),  # no required word: always scanned
    ],
)
def test_may_match_table(source, flags, text, passes):
    assert WordGate(re.compile(source, flags)).may_match(text) is passes


def _project_patterns():
    table = trigger_table()
    return [*scope_cue_patterns().values(), table.caption_cues, table.generic_statement_cues, table.accident_cues]


_WORDS = ["the", "toll", "rose", "to", "12", "since", "war", "has", "been", "killed", "photo", "(reuters)", "must",
          "flood", "any", "attack", "did", "not", "happen", "years", "ago", "in", "total", "warned", "of", "TOLL",
          "Since", "FLOOD", "\u017f", "\u0130", ",", ".", "-", "(", ")", "a"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.sampled_from(["", " ", "-"]))
def test_gate_never_hides_a_match(words, separator):
    text = (separator or " ").join(words)
    for pattern in _project_patterns():
        gate = WordGate(pattern)
        assert (gate.search(text) is None) == (pattern.search(text) is None), (pattern.pattern[:60], text)
