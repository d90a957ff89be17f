"""Event-relative expressions: "hours before the talks", "a week after the meeting", "shortly after the vote".

Such a phrase has no date of its own; it inherits the date of the event it names when the text gives one
("the talks on Tuesday", "Tuesday's talks", "the meeting, held on 3 March"). Without that, nothing is emitted
and the incident falls back to other rules.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Optional, Sequence

from incident_extractor.dating.relative import amount_of
from incident_extractor.dating.scan import can_scan_lowered, find_matches, lower_case_twin
from incident_extractor.dating.tables import date_patterns, date_tables
from incident_extractor.mentions import DateMention

_AFTER_LINKS = {"after", "following"}
_NOUN_TO_DATE_GAP = 45  # "the talks, which are scheduled for November 8" fits
_DATE_TO_NOUN_GAP = 25  # "Tuesday's scheduled talks" fits
# only linking words may stand between the event noun and its date: "the talks, scheduled for Tuesday"
_NOUN_THEN_DATE_GAP = re.compile(
    r"^[\s,]*(?:(?:which|that)\s+)?(?:(?:is|was|are|were|had\s+been|has\s+been|have\s+been)\s+)?"
    r"(?:(?:scheduled|set|planned|due|held|slated|expected)\s+)?(?:to\s+(?:take\s+place|be\s+held|begin|start|open)\s+)?"
    r"(?:on|for|of)?[\s,]*$",
    re.IGNORECASE,
)
# "Tuesday's talks", "Tuesday's planned peace talks"
_CLAUSE_BREAK = re.compile(r"[.;:!?,()\"]")
_DATE_THEN_NOUN_GAP = re.compile(r"^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$")


def offset_in_days(amount_phrase: str, link: str) -> Optional[int]:
    """'hours' -> 0, 'a week' -> 7, 'two days' -> 2; negative for 'before', 'ahead of', 'prior to'."""
    words = amount_phrase.lower().split()
    unit = words[-1]
    if unit in {"shortly", "moments", "soon"}:
        days = 0
    else:
        units = date_tables().units_in_days
        if unit not in units:
            return None
        number_words = [w for w in words[:-1] if w not in {"only", "just", "barely", "some"}]
        count = amount_of(" ".join(number_words)) if number_words else 1
        if count is None:
            return None
        days = count * units[unit]
    sign = 1 if " ".join(link.lower().split()) in _AFTER_LINKS else -1
    return sign * days


def _event_noun(event_phrase: str) -> Optional[re.Match]:
    nouns = date_tables().event_nouns
    for word in re.finditer(r"[\w-]+", event_phrase):
        if word.group(0).lower() in nouns:
            return word
    return None


def _date_of_event(text: str, noun: str, mentions: Sequence[DateMention], offset: int,
                   exclude: tuple[int, int]) -> Optional[DateMention]:
    """A day-precise date tied to another mention of the same event noun, nearest the noun."""
    for occurrence in re.finditer(rf"\b{re.escape(noun)}\b", text, re.IGNORECASE):
        noun_start, noun_end = occurrence.start() + offset, occurrence.end() + offset
        for mention in mentions:
            overlaps_phrase = mention.start_char < exclude[1] and mention.end_char > exclude[0]
            if mention.precision != "day" or overlaps_phrase:
                continue
            if 0 <= mention.start_char - noun_end <= _NOUN_TO_DATE_GAP:
                if _NOUN_THEN_DATE_GAP.match(text[noun_end - offset:mention.start_char - offset]):
                    return mention
            elif 0 <= noun_start - mention.end_char <= _DATE_TO_NOUN_GAP:
                if _DATE_THEN_NOUN_GAP.match(text[mention.end_char - offset:noun_start - offset]):
                    return mention
    return None


# "shortly after midnight Saturday" names a time, not an event: no offset to apply
_NOT_AN_EVENT = frozenset({"on", "at", "in", "the", "of", "midnight", "noon", "dawn", "dusk", "daybreak", "sunrise",
                           "sunset", "morning", "afternoon", "evening", "night"})


def _names_an_event(gap: str) -> bool:
    return any(word.lower() not in _NOT_AN_EVENT for word in re.findall(r"[\w'’-]+", gap))


def _date_right_after(text: str, link_end: int, mentions: Sequence[DateMention], offset: int) -> Optional[DateMention]:
    """'eight days after taking office on 1 June': the first day-precise date a few words after the link,
    in the same clause."""
    for mention in mentions:
        gap_start, gap_end = link_end, mention.start_char - offset
        if mention.precision == "day" and 0 <= gap_end - gap_start <= _NOUN_TO_DATE_GAP:
            if not _CLAUSE_BREAK.search(text, gap_start, gap_end) and _names_an_event(text[gap_start:gap_end]):
                return mention
    return None


# what every event_relative match holds: the end of its amount, then its link word (lower case, for the lowered
# text); it starts with a letter of a few, which the regex engine skips to fast (the pattern starts with \b)
_AMOUNT_THEN_LINK = re.compile(r"(?:minute|hour|day|week|shortly|moment|soon)s?\s+(?:before|after|ahead|prior|following)")
_AMOUNT_THEN_LINK_ANY_CASE = re.compile(_AMOUNT_THEN_LINK.pattern, re.IGNORECASE)


def resolve_event_relative_mentions(text: str, mentions: Sequence[DateMention], anchor: Optional[dt.date], *,
                                    offset: int = 0) -> list[DateMention]:
    found = []
    pattern, lowered = date_patterns().event_relative, text.lower()
    scan_lowered = lowered if can_scan_lowered(text, lowered) else None
    if scan_lowered is not None and not _AMOUNT_THEN_LINK.search(scan_lowered):
        return found  # most texts have no "hours after": a scan with a cheap start skips the pattern's own
    for match in find_matches(pattern, lower_case_twin(pattern), text, scan_lowered):
        days = offset_in_days(match["amount"], match["link"])
        if days is None:
            continue
        event_mention, end = _date_right_after(text, match.end("link"), mentions, offset), None
        if event_mention is not None:
            end = event_mention.end_char - offset
        else:
            noun = _event_noun(match["event"])
            if noun is None:
                continue
            end = match.start("event") + noun.end()
            event_mention = _date_of_event(text, noun.group(0), mentions, offset,
                                           (match.start() + offset, match.start("event") + offset))
        if event_mention is None:
            continue
        day = event_mention.start + dt.timedelta(days=days)
        found.append(DateMention(day, day, "day", "relative", text[match.start():end], match.start() + offset,
                                 end + offset, is_future=bool(anchor and day > anchor)))
    return found


_COMPLEMENT_REACH = 90  # "a week after the leaders from both countries met in Russia for a peace talk"


def date_by_reference(text: str, trigger_start: int, sentence_start: int, sentence_end: int,
                      dates: Sequence[DateMention], reference: Optional[DateMention] = None) -> Optional[DateMention]:
    """The date of an incident named inside an event-relative phrase, counted back from the clause it hangs on:
    "The escalation came one week after the leaders met in Russia" -> the meeting is a week before the
    escalation. The escalation's day is a day-precise date of the sentence outside the phrase, else
    `reference` (the date of the incident the text was just speaking of). Offsets are document offsets."""
    window_start = max(sentence_start, trigger_start - _COMPLEMENT_REACH)
    if not _AMOUNT_THEN_LINK_ANY_CASE.search(text, window_start, trigger_start + 1):
        return None  # (asked for every incident: a short search that mostly fails first)
    for match in date_patterns().event_relative.finditer(text, window_start, trigger_start + 1):
        link_end = match.end("link")
        if link_end > trigger_start or _CLAUSE_BREAK.search(text, link_end, trigger_start):
            continue
        days = offset_in_days(match["amount"], match["link"])
        if days is None:
            continue
        clause_end = _CLAUSE_BREAK.search(text, trigger_start, sentence_end)
        phrase_end = clause_end.start() if clause_end else sentence_end
        heads = [m for m in dates if m.precision == "day" and not m.is_future and sentence_start <= m.start_char
                 and m.end_char <= sentence_end and not (match.start() <= m.start_char < phrase_end)]
        head = min(heads, key=lambda m: abs(m.start_char - match.start()), default=None)
        if head is None and reference is not None and reference.precision == "day":
            head = reference
        if head is None:
            return None
        day = head.start - dt.timedelta(days=days)
        return DateMention(day, day, "day", "relative", text[match.start():link_end], match.start(), link_end)
    return None
