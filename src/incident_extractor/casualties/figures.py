"""What the finder rules share: a found figure, the spans already claimed, and turning victim lists into figures."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from incident_extractor.casualties.caps_objects import object_follows_in_capitals
from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.gates import MARKS, rule_ends, rule_gates, rule_starts, sentence_words
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.numbers import ParsedNumber
from incident_extractor.casualties.victims import VictimGroup, is_lone_definite_plural, victim_groups
from incident_extractor.dating.scan import can_scan_lowered, lower_case_twin

@dataclass(frozen=True)
class Figure:
    """A figure found in a sentence, offsets relative to the sentence."""

    type: str
    number: ParsedNumber
    start: int
    end: int
    victims: Optional[str] = None
    side: Optional[str] = None
    cues: tuple[str, ...] = ()
    item_text: str = ""


# every figure lies within this many characters of a trigger word (a subject list before its verb, an
# object list after it); scanning only these windows keeps long sentences cheap
WINDOW_BEFORE, WINDOW_AFTER = 200, 150
WORD_CHAR = re.compile(r"[\w'’-]")  # what the patterns' word boundaries test
LINE_BREAKS_AS_SPACES = str.maketrans("\n\r\t\f\v", "     ")


class Claims:
    """Spans already reported, and the windows of the sentence worth scanning."""

    def __init__(self, text: str = "", windows: Optional[list[list[int]]] = None) -> None:
        """`windows` skips the trigger scan: those of a text this one only blanks parts of (the finder's asides,
        which never hold a trigger word)."""
        # for the cheap substring gates of rare rules; a line break or a tab reads as a space there (wire text wraps
        # its lines anywhere: "... COLINDRES AND\nGILDA FLORES" still holds " and ")
        lowered = text.lower()
        self.lowered = lowered.translate(LINE_BREAKS_AS_SPACES) if "\n" in lowered or "\t" in lowered or "\r" in lowered else lowered
        self.memo: dict[str, list] = {}
        self.spans: list[tuple[int, int]] = []
        self.windows: list[list[int]] = []
        self._item_starts: Optional[list[list[int]]] = None  # where a victim phrase can start, per window
        self._words: Optional[frozenset] = None
        self._words_known = False
        self._starts: dict[int, list[int]] = {}  # id of a word set (gates.py keeps them all) -> _word_starts
        # False when IGNORECASE could match letters lower() does not give (a dotless i, a long s): then no
        # test on the lower-cased text may rule a match out
        self._plain = can_scan_lowered(text, self.lowered)
        self._source = text
        if windows is not None:
            self.windows = [list(window) for window in windows]
            return
        trigger, scanned = patterns()["trigger"], text
        if self._plain:  # the lower-case twin over the lower-cased text: same spans, faster
            trigger, scanned = lower_case_twin(trigger), self.lowered
        for hit in trigger.finditer(scanned):
            start, end = max(0, hit.start() - WINDOW_BEFORE), min(len(text), hit.end() + WINDOW_AFTER)
            if self.windows and start <= self.windows[-1][1]:
                self.windows[-1][1] = max(self.windows[-1][1], end)
            else:
                self.windows.append([start, end])

    def scan(self, pattern: re.Pattern, text: str):
        for start, end in self.windows:
            yield from pattern.finditer(text, start, end)

    def may_match(self, rule: str) -> bool:
        """False when the sentence lacks a word every match of the rule's pattern holds (see gates.py)."""
        gate = rule_gates().get(rule)
        if not gate:
            return True
        if not self._words_known:  # found once per sentence, for all the rules
            self._words, self._words_known = sentence_words(self.lowered) if self._plain else None, True
        if self._words is None:
            return True
        for need in gate:  # (a plain loop: a generator costs more than the set tests)
            if self._words.isdisjoint(need):
                return False
        return True

    def mentions_any(self, pieces: tuple[str, ...]) -> bool:
        """True when the lower-cased sentence holds one of `pieces` (a test far cheaper than a regex search), or
        when IGNORECASE could match letters lower() does not give (a dotless i, a long s)."""
        return not self._plain or any(piece in self.lowered for piece in pieces)

    def scan_rule(self, rule: str, text: str):
        """`scan` of the pattern named `rule`, skipped when the sentence cannot hold a match, and tried only at
        the words a match starts with when gates.py knows them."""
        if not self.may_match(rule):
            return ()
        vocabulary = rule_starts().get(rule)
        if vocabulary is None or self._words is None:
            return self.scan(patterns()[rule], text)
        return self._scan_at(patterns()[rule], text, self._word_starts(vocabulary))

    def scan_from(self, pattern: re.Pattern, text: str, vocabulary: frozenset):
        """`scan` of a pattern whose every match starts with a word of `vocabulary`, tried only at those words."""
        if self._words is None or not self._words_known:
            return self.scan(pattern, text)
        return self._scan_at(pattern, text, self._word_starts(vocabulary))

    def _word_starts(self, vocabulary: frozenset) -> list[int]:
        """Where the sentence's words of `vocabulary` start (a few words: str.find beats a regex scan); kept
        for the other rules of the sentence that ask for the same words."""
        known = self._starts.get(id(vocabulary))
        if known is not None:
            return known
        lowered, starts = self.lowered, []
        for word in (self._words & vocabulary) | (vocabulary & MARKS):
            at = lowered.find(word)
            while at >= 0:
                end = at + len(word)
                if word in MARKS or ((at == 0 or not WORD_CHAR.match(lowered, at - 1))
                                     and not WORD_CHAR.match(lowered, end)):
                    starts.append(at)
                at = lowered.find(word, at + 1)
        starts.sort()
        self._starts[id(vocabulary)] = starts
        return starts

    def _scan_at(self, pattern, text: str, starts: list[int]):
        """The matches `scan` finds, tried only at `starts` (every place a match can start): as finditer does,
        a match is looked for from the end of the one before."""
        for start, end in self.windows:
            last_end = start
            for candidate in starts:
                if candidate < last_end or candidate >= end:
                    continue
                match = pattern.match(text, candidate, end)
                if match:
                    last_end = match.end()
                    yield match

    def scan_once(self, name: str, text: str) -> list:
        """The matches of a shared pattern, found on first use and kept for the other rules of the sentence."""
        if name not in self.memo:
            self.memo[name] = list(self.scan_rule(name, text))
        return self.memo[name]

    def scan_items(self, pattern: re.Pattern, text: str, rule: Optional[str] = None):
        """Like `scan` for patterns that start with a victim phrase, tried only where one can start (and only
        when the sentence can hold a match of `rule`)."""
        if rule is not None and not self.may_match(rule):
            return
        ends = rule_ends().get(rule)
        # a match holds one of these words after its start: no match starts at or after the last of them
        limit = max(self._word_starts(ends), default=-1) if ends and self._words is not None else len(text)
        if self._item_starts is None:  # found once per sentence, shared by the rules that start with a victim
            item_start, scanned = patterns()["item_start"], text
            if self._plain and text is self._source:  # the lower-case twin over the lower-cased text: faster
                item_start, scanned = lower_case_twin(item_start), self.lowered
            self._item_starts = [[c.start() for c in item_start.finditer(scanned, start, end)]
                                 for start, end in self.windows]
        for (start, end), candidates in zip(self.windows, self._item_starts):
            last_end = start
            for candidate in candidates:
                if candidate >= limit:
                    break
                if candidate < last_end:
                    continue
                match = pattern.match(text, candidate, end)
                if match:
                    last_end = match.end()
                    yield match

    def taken(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.spans)

    def claim(self, start: int, end: int) -> None:
        self.spans.append((start, end))


def object_follows(text: str, end: int) -> bool:
    if patterns()["object_follows"].match(text, end):
        return True
    if text.isupper():
        return object_follows_in_capitals(text, end)
    following = text[end:end + 3].lstrip()
    return bool(following) and following[0].isupper()


def figures_from_list(text, match, group, kind, anchor, claims, verb_first) -> list[Figure]:
    start, end = match.span(group)
    groups = victim_groups(text, start, end)
    if groups and groups[-1].victims is None and patterns()["unit_after"].match(text, groups[-1].end):
        groups = groups[:-1]  # "killed 12 km from" / "wounded 3 percent"
    if verb_first and len(groups) > 1 and (patterns()["passive_tail"].match(text, groups[-1].end) or (
            groups[-1].victims is None and patterns()["clause_after"].match(text, groups[-1].end))):
        groups = groups[:-1]  # "kills two officers and another two were injured": the last item starts a clause
    if is_lone_definite_plural(groups):
        return []
    return emit_groups(text, groups, kind, anchor, claims, verb_first)


def emit_groups(text, groups: list[VictimGroup], kind, anchor, claims: Claims, verb_first: bool,
          extra_cues: tuple[str, ...] = ()) -> list[Figure]:
    if not groups or claims.taken(*anchor):
        return []
    claims.claim(*anchor)
    claims.claim(groups[0].start, groups[-1].end)
    counted = [g for g in groups if g.number.value is not None or len(groups) == 1]
    group_cue = (f"group@{groups[0].start}",) if len(counted) > 1 else ()
    figures = []
    for g in counted:
        attackers = g.victims is not None and normalise_phrase(g.victims) in patterns()["attacker_heads"]
        cues = figure_cues(text, g.start, g.end, g.text) + group_cue + extra_cues
        if (g.additional or attackers) and "more" not in cues:
            cues += ("more",)
        span_start, span_end = (anchor[0], g.end) if verb_first else (g.start, anchor[1])
        figures.append(Figure(kind, g.number, span_start, span_end, g.victims, g.side, cues, g.text))
    return figures
