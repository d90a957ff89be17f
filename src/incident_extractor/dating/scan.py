"""Scanning a text with a case-insensitive pattern, faster: its lower-case twin over the lower-cased text.

Python's IGNORECASE matching folds the case of every character it tries; a pattern written in lower case,
run over `text.lower()`, finds the same spans at up to twice the speed. The hits are then matched again on
the original text (one anchored match each, where nothing else is tried), so callers get ordinary matches.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from incident_extractor.nlp.case_folds import FOLDS_ONTO_ASCII  # with one of them, only the case-insensitive scan is safe
from incident_extractor.nlp.regex_cache import compile_pattern


# an escape ("\S" must stay upper case) or a group name is kept; any other upper-case letter is lowered
_PATTERN_PIECE = re.compile(r"\\.|\(\?P[<=]\w+|[A-Z]+")


# pattern id -> (pattern, twin). Keyed by identity: hashing a compiled pattern (as lru_cache would, on every
# call) hashes its whole compiled code, a few microseconds per call for our big patterns
_twins: dict[int, tuple[re.Pattern, Optional[re.Pattern]]] = {}
_MAX_TWINS = 256


def lower_case_twin(pattern: re.Pattern) -> Optional[re.Pattern]:
    """The same pattern without IGNORECASE, its letters lowered, for the lower-cased text: scanning it is up
    to twice as fast and finds the same spans. None for a pattern that is case-sensitive anyway."""
    known = _twins.get(id(pattern))
    if known is not None and known[0] is pattern:
        return known[1]
    if len(_twins) >= _MAX_TWINS:
        _twins.clear()
    twin = _make_twin(pattern)
    _twins[id(pattern)] = (pattern, twin)
    return twin


def _make_twin(pattern: re.Pattern) -> Optional[re.Pattern]:
    if not pattern.flags & re.IGNORECASE:
        return None
    source = _PATTERN_PIECE.sub(lambda m: m.group(0) if m.group(0)[0] in "\\(" else m.group(0).lower(), pattern.pattern)
    return compile_pattern(source, pattern.flags & ~re.IGNORECASE)  # cached code: see nlp/regex_cache.py


def can_scan_lowered(text: str, lowered: str) -> bool:
    """True when a lower-case pattern over `lowered` matches where the IGNORECASE one matches over `text`."""
    return len(lowered) == len(text) and not FOLDS_ONTO_ASCII.search(text)


def find_matches(pattern: re.Pattern, twin: Optional[re.Pattern], text: str, lowered: Optional[str]) -> Iterator[re.Match]:
    """pattern.finditer(text); when a lower-cased copy is given, found by the faster twin over it, each hit
    then matched again on `text` at the same place so resolvers still see the original letters."""
    if twin is None or lowered is None:
        yield from pattern.finditer(text)
        return
    for hit in twin.finditer(lowered):
        yield pattern.match(text, hit.start())
