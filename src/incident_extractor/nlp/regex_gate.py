"""Word gates for slow patterns: the strings every match must contain, tested with `in` before the regex runs.

Why: a big alternation such as the aggregate-toll cues costs tens of microseconds per sentence, because
Python's regex engine tries every alternative at every position. Most sentences hold none of the literal
words those alternatives need ("since", "total", "toll" ...); a substring test proves that in a
microsecond. The gate is computed from the pattern itself (its parse tree), so it can never disagree
with the pattern: when the gate says no, the pattern cannot match.

Case: for a pattern that ignores case, the words are lower case and are looked for in the lower-cased
text; a text with a character that IGNORECASE folds onto an ASCII letter while lower() does not
(nlp.case_folds) always goes to the pattern.
"""

from __future__ import annotations

import re
from typing import Optional

from incident_extractor.nlp.case_folds import FOLDS_ONTO_ASCII

try:  # CPython's regex parser; without it no pattern is gated
    from re import _constants as _c
    from re import _parser
except ImportError:  # pragma: no cover - other interpreters
    _c = _parser = None


def required_words(pattern: re.Pattern) -> Optional[tuple[str, ...]]:
    """Strings one of which every match of `pattern` contains (lower case when the pattern ignores case),
    or None when the pattern offers no such set (a match may consist of character classes only)."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - the pattern compiled, so its parse succeeds
        return None
    words = _needed_by_sequence(list(parsed))
    if not words:
        return None
    if pattern.flags & re.IGNORECASE:
        if not all(word.isascii() for word in words):
            return None  # non-ASCII letters have case folds lower() does not give (σ ς)
        words = _shortest_cover({word.lower() for word in words})
    return tuple(sorted(words))


# a run of fixed pieces is spelled out in full ("(?:over|in) the (?:past|last)" = 4 strings) up to this many
# (each is one substring test: a gate of hundreds of words would cost what the pattern costs)
_MAX_SPELLINGS = 16
# a character class is a fixed piece when it holds at most this many characters ("[- ]")
_MAX_CLASS = 8


def _needed_by_sequence(items: list) -> Optional[set[str]]:
    """The most selective word set some part of a sequence requires. Adjacent fixed pieces are spelled out
    together, so "the (?:past|last)" needs "the past" or "the last", not just "the"."""
    options: list[set[str]] = []
    spelled: set[str] = {""}
    for op, value in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # zero width: the pieces on both sides are still adjacent in the text
        if op is _c.SUBPATTERN and (value[1] or value[2]):
            return None  # a group changes the flags ("(?i:...)"): the gate gives up
        fixed = _spellings(op, value)
        if fixed is not None and len(spelled) * len(fixed) <= _MAX_SPELLINGS:
            spelled = {head + tail for head in spelled for tail in fixed}
            continue
        options.append(spelled)
        spelled = fixed if fixed is not None else {""}
        if fixed is None:
            needed = _needed_by_item(op, value)
            if needed is _SCOPED_FLAGS:
                return None
            if needed:
                options.append(needed)
    options.append(spelled)
    options = [_shortest_cover(words) for words in options if "" not in words]
    if not options:
        return None
    return max(options, key=lambda words: (min(len(w) for w in words), -len(words)))


def _shortest_cover(words: set[str]) -> set[str]:
    """The words that hold no other word of the set: a text holding "accidents" holds "accident"."""
    kept: list[str] = []
    for word in sorted(words, key=len):
        if not any(shorter in word for shorter in kept):
            kept.append(word)
    return set(kept)


def _spellings(op, value) -> Optional[set[str]]:
    """Every string a fixed piece matches (a literal, a small class, a group or branch of them, an optional
    one), or None when it can match open-ended text."""
    if op is _c.LITERAL:
        return {chr(value)}
    if op is _c.IN:
        chars = set()
        for member, argument in value:
            if member is not _c.LITERAL:
                return None
            chars.add(chr(argument))
        return chars if len(chars) <= _MAX_CLASS else None
    if op is _c.SUBPATTERN and not (value[1] or value[2]):
        return _sequence_spellings(list(value[3]))
    if op is _c.BRANCH:
        spellings: set[str] = set()
        for alternative in value[1]:
            spelled = _sequence_spellings(list(alternative))
            if spelled is None:
                return None
            spellings |= spelled
        return spellings if len(spellings) <= _MAX_SPELLINGS else None
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and value[0] == 0 and value[1] == 1:
        spelled = _sequence_spellings(list(value[2]))
        return None if spelled is None else spelled | {""}
    return None


def _sequence_spellings(items: list) -> Optional[set[str]]:
    spelled: set[str] = {""}
    for op, value in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        fixed = _spellings(op, value)
        if fixed is None or len(spelled) * len(fixed) > _MAX_SPELLINGS:
            return None
        spelled = {head + tail for head in spelled for tail in fixed}
    return spelled


_SCOPED_FLAGS: set = set()  # marker: a group changes the flags ("(?i:...)"); the gate gives up


def _needed_by_item(op, value) -> Optional[set[str]]:
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = value
        if add_flags or del_flags:
            return _SCOPED_FLAGS
        return _needed_by_sequence(list(sub))
    if op is _c.BRANCH:
        words: set[str] = set()
        for alternative in value[1]:
            needed = _needed_by_sequence(list(alternative))
            if needed is None:
                return None  # one alternative needs no word: the branch needs none
            words |= needed
        return words
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and value[0] >= 1:
        return _needed_by_sequence(list(value[2]))
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _needed_by_sequence(list(value))
    return None


class WordGate:
    """`may_match(text)` is False only when `pattern` cannot match `text` (its required words are absent)."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        self.words = required_words(pattern)
        self.ignores_case = bool(pattern.flags & re.IGNORECASE)

    def may_match(self, text: str) -> bool:
        if self.words is None:
            return True
        if self.ignores_case:
            if FOLDS_ONTO_ASCII.search(text):
                return True
            text = text.lower()
        return any(map(text.__contains__, self.words))  # map: no Python frame per word

    def search(self, text: str) -> Optional[re.Match]:
        """pattern.search(text), skipped when the gate proves there is no match."""
        return self.pattern.search(text) if self.may_match(text) else None


# pattern id -> gate. Keyed by identity: hashing a compiled pattern (as lru_cache would, on every call) hashes
# its whole compiled code, microseconds per call for a big alternation (the same choice as dating.scan's twins)
_gates: dict[int, WordGate] = {}
_MAX_GATES = 256


def word_gate(pattern: re.Pattern) -> WordGate:
    """The gate of a pattern, computed once per pattern object."""
    gate = _gates.get(id(pattern))
    if gate is not None and gate.pattern is pattern:
        return gate
    if len(_gates) >= _MAX_GATES:
        _gates.clear()
    gate = _gates[id(pattern)] = WordGate(pattern)
    return gate
