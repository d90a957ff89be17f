"""Victim-list patterns matched in three steps: a head (the verb), the list, a tail (a passive verb, "dead").

Six rules look for a victim list next to a keyword. Written as six regexes, each embedded its own copy of the
list pattern, and compiling those copies took most of the component's start-up time. Here the list pattern is
compiled once and shared: the head is found first, the list is matched right after it, and the tail right
after the list (trying shorter lists, word by word, when the tail does not follow the longest one - the
backtracking the single regex would have done). The objects answer `match` / `finditer` and give back
match-like objects, so the finder's rules read them as they read a compiled pattern.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

from incident_extractor.nlp.regex_cache import compile_pattern


class JoinedMatch:
    """The spans of one head + list + tail match, read like an `re.Match`."""

    def __init__(self, string: str, spans: dict) -> None:
        self.string = string
        self._spans = spans

    def span(self, name=0) -> tuple[int, int]:
        return self._spans.get(name, (-1, -1))

    def start(self, name=0) -> int:
        return self.span(name)[0]

    def end(self, name=0) -> int:
        return self.span(name)[1]

    def group(self, name=0) -> Optional[str]:
        start, end = self.span(name)
        return None if start < 0 else self.string[start:end]


class ListPattern:
    def __init__(self, head: re.Pattern, victim_list: re.Pattern, list_group: str,
                 tail: Optional[re.Pattern] = None, overlapping: bool = False) -> None:
        self.head = head
        # heads may sit inside the previous match's list: "the deaths of 3 people and the injury of 13"
        self.overlapping = overlapping
        self.victim_list = victim_list
        self.list_group = list_group
        self.tail = tail

    def match(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Optional[JoinedMatch]:
        endpos = len(text) if endpos is None else endpos
        head = self.head.match(text, pos, endpos)
        return None if head is None else self._after_head(text, head, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator[JoinedMatch]:
        endpos = len(text) if endpos is None else endpos
        while pos <= endpos:
            head = self.head.search(text, pos, endpos)
            if head is None:
                return
            joined = self._after_head(text, head, endpos)
            if joined is None:
                pos = head.start() + 1
                continue
            yield joined
            pos = head.end() if self.overlapping else max(joined.end(), head.start() + 1)

    def _after_head(self, text: str, head: re.Match, endpos: int) -> Optional[JoinedMatch]:
        listed = self.victim_list.match(text, head.end(), endpos)
        if listed is None:
            return None
        for list_end, tail in self._list_ends(text, listed, endpos):
            spans = _group_spans(head)
            spans[self.list_group] = (listed.start(), list_end)
            if tail is not None:
                spans.update(_group_spans(tail))
            spans[0] = (head.start(), tail.end() if tail is not None else list_end)
            return JoinedMatch(text, spans)
        return None

    def _list_ends(self, text: str, listed: re.Match, endpos: int):
        """Where the list may end, with the tail found there: the greedy end, then the earlier word ends at which
        the tail follows and a list can still end (what the single regex's backtracking did)."""
        if self.tail is None:
            yield listed.end(), None
            return
        # the single regex's backtracking ended the list earlier; the last few word ends are all it ever needs
        earlier = [w.end() for w in WORD.finditer(text, listed.start(), listed.end())][-2::-1][:EARLIER_WORDS]
        for list_end in [listed.end()] + earlier:
            tail = self.tail.match(text, list_end, endpos)
            if tail is not None and (list_end == listed.end()
                                     or self.victim_list.fullmatch(text, listed.start(), list_end)):
                yield list_end, tail


WORD = re.compile(r"[\w'’.-]+")
EARLIER_WORDS = 20


def _group_spans(match: re.Match) -> dict:
    return {name: match.span(name) for name in match.re.groupindex if match.start(name) >= 0}


class LazyPattern:
    """A regex compiled on first use: for rules that run on few sentences (a suicide bombing), so that
    starting the component does not pay for them."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source = source
        self.flags = flags
        self._compiled: Optional[re.Pattern] = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = compile_pattern(self.source, self.flags)  # cached code: see nlp/regex_cache.py
        return getattr(self._compiled, name)
