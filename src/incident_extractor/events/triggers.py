"""Trigger phrases and the cues around them: pure functions over plain text."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple, Optional, Sequence

from incident_extractor.dating.scan import can_scan_lowered, lower_case_twin
from incident_extractor.events.tables import scope_cue_patterns, trigger_table
from incident_extractor.mentions import TriggerMention
from incident_extractor.nlp.regex_gate import word_gate

# how far before a trigger a modal or negation still governs it (characters)
_CUE_WINDOW = 60
# "believed to be", "reported to be", "said to be": what is thought of a thing, not a thing to come
_NOT_FUTURE_TO_BE = "".join(rf"(?<!\b{word} )" for word in (
    "believed", "thought", "said", "reported", "understood", "known", "appears", "appeared", "seems", "seemed",
    "likely", "found", "confirmed", "considered", "suspected", "presumed", "alleged"))
# "the talks are due to begin" is to come; "killed due to shelling" is a cause
_SCHEDULED_VERBS = "be|begin|start|resume|open|take|hold|meet|sign|vote|appear|visit|attend|arrive|launch|end|return|travel|go"
# ("next week" is to come; "the next day" goes on with a story told in the past, "next to" is a place)
_FUTURE_BEFORE = re.compile(
    rf"\b(?:will|shall|would|is to|are to|was to|were to|{_NOT_FUTURE_TO_BE}to be|going to|scheduled|planned|plans? to|"
    rf"due to (?:{_SCHEDULED_VERBS})|expected to|set to|upcoming|next(?! (?:to|day|morning|afternoon|evening|night)\b))"
    r"\b[^.;]{0,40}$",
    re.IGNORECASE,
)
# "talks will be held", "the rally is scheduled for Friday": only verbs of happening, so that
# "the attack will be investigated" stays a past attack
_FUTURE_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,3}?(?:(?:will|would|is to|are to) (?:be held|take place|begin|start|resume|open|go ahead)"
    r"|(?:is|are) (?:scheduled|due|planned|set|expected) (?:to (?:begin|start|take place|open|be held|resume)|for|on|next)\b)",
    re.IGNORECASE,
)
_NEGATION_BEFORE = re.compile(r"\b(?:no|not|never|without|nor|neither|n't)\b(?:\s+\w+){0,2}\s*$", re.IGNORECASE)
_PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:\w+\s+)?(?:been\s+)?$", re.IGNORECASE)
# "the clash came one week after the leaders met for talks": what follows "after" happened earlier
_EARLIER_CLAUSE_BEFORE = re.compile(
    r"\b(?:(?:days?|weeks?|months?|years?|hours?) |shortly |soon |not long |long )after\b(?! being| having)[^.;,]{0,70}$", re.IGNORECASE
)
_WHOLE_WORD_CAPS = re.compile(r"^[A-Z]{2,}$")


def sentence_index(sentence_starts: Sequence[int], position: int) -> int:
    """Index of the sentence that holds a character position (sentence_starts sorted)."""
    return max(0, bisect_right(sentence_starts, position) - 1)


class _CuePatterns(NamedTuple):
    caption: re.Pattern
    generic: re.Pattern
    denied: re.Pattern
    threat: re.Pattern
    anaphora: re.Pattern
    negation: re.Pattern
    future_before: re.Pattern
    future_after: re.Pattern
    past_perfect: re.Pattern
    earlier_clause: re.Pattern


@lru_cache(maxsize=2)
def _cue_patterns(lowered: bool) -> _CuePatterns:
    """The cue patterns, or their faster lower-case twins for lower-cased text (dating.scan)."""
    table, scopes = trigger_table(), scope_cue_patterns()
    patterns = (table.caption_cues, table.generic_statement_cues, scopes["denied"], scopes["threat"],
                table.anaphora_before, _NEGATION_BEFORE, _FUTURE_BEFORE, _FUTURE_AFTER, _PAST_PERFECT_BEFORE,
                _EARLIER_CLAUSE_BEFORE)
    return _CuePatterns(*(lower_case_twin(p) if lowered else p for p in patterns))


def is_caption(sentence: str, *, lowered: bool = False) -> bool:
    """Photo captions and credits restate the story; they are never an incident of their own.
    `lowered`: the sentence is lower-cased text that `dating.scan.can_scan_lowered` accepted."""
    return bool(word_gate(_cue_patterns(lowered).caption).search(sentence))


def sentence_cues(sentence: str, *, lowered: bool = False) -> tuple[str, ...]:
    """Cues that hold for every trigger of a sentence: caption, generic statement, denial, threat.
    `lowered`: the sentence is lower-cased text that `dating.scan.can_scan_lowered` accepted."""
    patterns = _cue_patterns(lowered)
    cues = []
    if word_gate(patterns.caption).search(sentence):
        cues.append("caption")
    if word_gate(patterns.generic).search(sentence):
        cues.append("generic")
    if word_gate(patterns.denied).search(sentence):
        cues.append("denied")
    if word_gate(patterns.threat).search(sentence):
        cues.append("threat")
    return tuple(cues)


def trigger_cues(text: str, start: int, end: int, sentence_start: int, sentence_end: int,
                 of_sentence: Optional[tuple[str, ...]] = None, *, lowered: bool = False) -> tuple[str, ...]:
    """Cues that change how a trigger counts: anaphoric ("the attack"), negated, future, threat, denied ...
    `lowered`: `text` is lower-cased text that `dating.scan.can_scan_lowered` accepted (same cues, faster)."""
    patterns = _cue_patterns(lowered)
    before = text[max(sentence_start, start - _CUE_WINDOW) : start]
    cues = []
    if patterns.anaphora.search(before):
        cues.append("anaphoric")
    if patterns.negation.search(before):
        cues.append("negated")
    if patterns.future_before.search(before) or patterns.future_after.search(text[end : min(sentence_end, end + 40)]):
        cues.append("future")
    if patterns.past_perfect.search(before):
        cues.append("past_perfect")
    if patterns.earlier_clause.search(text[max(sentence_start, start - 2 * _CUE_WINDOW) : start]):
        cues.append("earlier")
    if of_sentence is None:
        of_sentence = sentence_cues(text[sentence_start:sentence_end], lowered=lowered)
    return tuple(cues) + of_sentence


def _is_month_or_name(matched: str, text: str, start: int) -> bool:
    """'March 5' and 'May' are months, 'Rally' may be a name: a capitalised word mid-sentence followed by a
    number is not a trigger (all-caps text is judged by the next word alone)."""
    following = text[start + len(matched) : start + len(matched) + 4]
    return matched.lower() in ("march", "rally") and bool(re.match(r"\s+\d", following))


def find_triggers(text: str, sentence_starts: Sequence[int], sentence_ends: Sequence[int]) -> list[TriggerMention]:
    """Every trigger phrase of a text, with its type, strength and cues; sentences given as sorted offsets."""
    table = trigger_table()
    found: list[TriggerMention] = []
    cues_by_sentence: dict[int, tuple[str, ...]] = {}
    lowered = text.lower()
    cues_lowered = can_scan_lowered(text, lowered)
    cue_text = lowered if cues_lowered else text
    matches = table.pattern.finditer(lowered) if len(lowered) == len(text) else table.pattern_any_case.finditer(text)
    for match in matches:
        matched = text[match.start() : match.end()]
        if _is_month_or_name(matched, text, match.start()):
            continue
        rule = table.rules[match.lastgroup]
        index = sentence_index(sentence_starts, match.start())
        sentence_start = sentence_starts[index] if sentence_starts else 0
        sentence_end = sentence_ends[index] if sentence_ends else len(text)
        if index not in cues_by_sentence:
            cues_by_sentence[index] = sentence_cues(cue_text[sentence_start:sentence_end], lowered=cues_lowered)
        of_sentence = cues_by_sentence[index]
        found.append(
            TriggerMention(
                event_type=rule.event_type or "",
                sub_event_type=rule.sub_event_type,
                text=matched,
                start_char=match.start(),
                end_char=match.end(),
                cues=trigger_cues(cue_text, match.start(), match.end(), sentence_start, sentence_end, of_sentence,
                                  lowered=cues_lowered),
                strength=rule.strength,
            )
        )
    return found


def reports_only_accidents(text: str, sentences: Sequence[tuple[int, int]], triggers: Sequence[TriggerMention],
                           figure_spans: Sequence[tuple[int, int]], armed_groups: bool = False) -> bool:
    """A bus that plunged into a river, a flood: the document's deaths are told next to an accident, and no
    phrase anywhere names an act of violence (only "killed", "died", "injured" ...) nor an armed group
    ("a train crash ... when extremists cut the rails" is sabotage). ACLED codes no event."""
    if armed_groups or any(t.event_type for t in triggers):
        return False
    accident = trigger_table().accident_cues
    spans = [(t.start_char, t.end_char) for t in triggers] + list(figure_spans)
    for start, end in spans:
        sentence = next((s for s in sentences if s[0] <= start < s[1]), None)
        if sentence is not None and accident.search(text, sentence[0], sentence[1]):
            return True
    return False


def family_of(event_type: Optional[str]) -> str:
    """Incidents of one family may merge: violence, protest (protests and riots) or strategic."""
    if event_type in ("Protests", "Riots"):
        return "protest"
    if event_type == "Strategic developments":
        return "strategic"
    return "violence"
