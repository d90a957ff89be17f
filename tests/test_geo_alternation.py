import re

import pytest

from incident_extractor.geo.alternation import word_alternation

WORDS = ["Afghan", "Afghani", "Afghanistan", "South African", "South Sudanese", "Sudanese", "ETA", "Al-Shabaab",
         "al-Shabaab", "Iraqi", "-dash"]


def _flat(words, suffix):
    """The pattern the trie replaces: a flat alternation, longest first, after a word boundary."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(word) for word in ordered) + r")" + suffix)


@pytest.mark.parametrize("text", [
    "Afghan soldiers met Afghanistan's envoy and an Afghani trader.",
    "South African and South Sudanese troops; Sudanese police.",
    "The Afghans left; the Afghanis stayed.",
    "ETA and BETA and ETAs; Al-Shabaab, al-Shabaab and xAl-Shabaab.",
    "Iraqi-Kurdish talks, Iraqis, Iraqi2, _Iraqi.",
    "a -dash and x-dash",
    "AfghanistanAfghan South Africans",
    "",
])
@pytest.mark.parametrize("suffix", [r"\b", r"s?\b"])
def test_trie_matches_what_the_flat_alternation_matches(text, suffix):
    trie = re.compile(word_alternation(WORDS) + suffix)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in _flat(WORDS, suffix).finditer(text)]


@pytest.mark.parametrize("text, expected", [
    ("Afghanistan", ["Afghanistan"]),
    ("an Afghani", ["Afghani"]),
    ("the Afghans", ["Afghans"]),
    ("unAfghan", []),
])
def test_longest_word_wins(text, expected):
    assert re.findall(word_alternation(WORDS) + r"s?\b", text) == expected
