"""What surrounds a figure: cues (aggregate toll, background, update, sub-group), who claims it, whose side.

Pure functions over one sentence; patterns come from data/casualty_cues.json.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from incident_extractor.casualties.lexicon import FLAGS, cue_tables
from incident_extractor.dating.scan import can_scan_lowered
from incident_extractor.nlp.regex_cache import compile_pattern

# how far before a number the "including" / "rose to" cues may sit
BEFORE_WINDOW = 60


@lru_cache(maxsize=1)
def _compiled() -> dict:
    cues = cue_tables()

    def one(sources) -> re.Pattern:  # (the compiled code is kept on disk: nlp/regex_cache.py)
        return compile_pattern("|".join(f"(?:{s})" for s in sources), FLAGS)

    claim = cues["claimant"]
    return {
        "sentence": {name: one(sources) for name, sources in cues["sentence"].items()},
        "sentence_gates": {name: [[frozenset(words) for words in alternative] for alternative in alternatives]
                           for name, alternatives in cues["sentence_gates"].items() if name != "_about"},
        "before": {name: one(sources) for name, sources in cues["before"].items()},
        "after": {name: one(sources) for name, sources in cues["after"].items()},
        "claimant": [compile_pattern(claim[k], FLAGS)
                     for k in ("according", "said_after", "said_before", "said_inverted")],
        "not_claimants": set(claim["not_claimants"]),
        "demonyms": {k.lower(): v for k, v in cues["demonyms"].items()},
        # (cue, gate, regex): rare phrasings of a cue, each behind a gate of its own
        "sentence_more": [(name, [[frozenset(words) for words in entry["gate"]]], one(entry["patterns"]))
                          for name, entries in cues["sentence_more"].items() if name != "_about" for entry in entries],
        # a word of the first list of every such gate: a sentence with none of them skips them all at once
        "sentence_more_words": frozenset(word for name, entries in cues["sentence_more"].items() if name != "_about"
                                         for entry in entries for word in entry["gate"][0]),
    }


@lru_cache(maxsize=64)
def sentence_cues(sentence: str) -> tuple[str, ...]:
    """Cues that hold for every figure of the sentence: "aggregate", "background", "threat".
    (Cached: the finder and the mention builder both ask it of each sentence with figures.)"""
    tables = _compiled()
    words = _words(sentence)
    found = [name for name, pattern in tables["sentence"].items()
             if _gate_open(tables["sentence_gates"].get(name), words) and pattern.search(sentence)]
    if words is None or not words.isdisjoint(tables["sentence_more_words"]):
        for name, gate, pattern in tables["sentence_more"]:
            if name not in found and _gate_open(gate, words) and pattern.search(sentence):
                found.append(name)
    return tuple(found)


WORD = re.compile(r"\w+")


def _words(sentence: str) -> Optional[frozenset]:
    """The sentence's lower-cased words for the cue gates; None (every gate open) when IGNORECASE would
    match letters lower() does not give (a dotless i, a long s)."""
    lowered = sentence.lower()
    return frozenset(WORD.findall(lowered)) if can_scan_lowered(sentence, lowered) else None


def _gate_open(gate: Optional[list], words: Optional[frozenset]) -> bool:
    """A cue's regexes run only on a sentence with the words of one alternative of its gate: a set test is far
    cheaper than searching the sentence with a dozen branches that each start at a word boundary."""
    if gate is None or words is None:
        return True
    return any(all(not words.isdisjoint(need) for need in alternative) for alternative in gate)


def figure_cues(sentence: str, start: int, end: int, item_text: str = "") -> tuple[str, ...]:
    """Cues from the words right before (and after) one figure at sentence[start:end]."""
    tables = _compiled()
    before = sentence[max(0, start - BEFORE_WINDOW):start]
    after = sentence[end:end + 30]
    found = [name for name, pattern in tables["before"].items() if pattern.search(before)]
    found += [name for name, pattern in tables["after"].items() if pattern.search(after) and name not in found]
    if re.search(r"\bof\s+(?:them|whom|those)\b", item_text, FLAGS) and "subgroup" not in found:
        found.append("subgroup")
    return tuple(found)


def find_claimant(sentence: str) -> Optional[str]:
    """Who the sentence says reported the figures ("the ministry said", "according to police")."""
    tables = _compiled()
    for pattern in tables["claimant"]:
        for match in pattern.finditer(sentence):
            who = match.group("who").strip(" ,;:\"'")
            who = re.sub(r"^(?:and|but|as|while|which|who|that)\s+", "", who, flags=FLAGS)
            if who and who.lower() not in tables["not_claimants"] and not re.search(r"\d", who):
                return who
    return None


def is_demonym(word: str) -> bool:
    """"briton", "american", "afghans": a word of the demonym table (lower-cased)."""
    return word in _compiled()["demonyms"]


def side_of(victim_phrase: str) -> Optional[str]:
    """Country code of the victims when a demonym names it ("two Armenian soldiers" -> AM)."""
    demonyms = _compiled()["demonyms"]
    for word in re.findall(r"[\w.'’-]+", victim_phrase.lower()):
        code = demonyms.get(word.rstrip("'’s") if word.endswith(("'s", "’s")) else word)
        if code:
            return code
    return None
