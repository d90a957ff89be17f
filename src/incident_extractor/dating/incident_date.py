"""The date of one incident: the date tied to its trigger, else the nearest preceding date of the same
incident, else the publication date, said so with method "published" (never silently)."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from incident_extractor.dating.event_relative import date_by_reference
from incident_extractor.dating.tables import date_patterns, date_tables
from incident_extractor.mentions import DateMention, DocumentMeta

# characters of distance a coarser date "costs": a day in the sentence beats a year next to the trigger
_PRECISION_PENALTY = {"day": 0, "week": 40, "range": 60, "month": 60, "year": 90}
# "officials said today that gunmen killed...": a date on the reporting verb dates the report, not the event;
# any other date of the sentence is a better guess unless it is much further from the trigger
_REPORTING_PENALTY = 150
# "Sunday's shooting" beside another trigger: a reference to that shooting; any other date of the sentence is better
_OTHER_EVENT_PENALTY = 100
_OWN_NOUN_GAP = 25  # "Sunday's fatal shooting": the possessive's own noun starts this close after it
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W{0,3}$")
_WORD_AFTER = re.compile(r"\W{0,3}([A-Za-z]+)")
_PREPOSITIONS = frozenset({"on", "in", "at", "during", "late", "early"})
# where a sentence really ends: a full stop (or ! ?) maybe closed by a quote or bracket, or a blank line
_TERMINATOR_BEFORE = re.compile(r"(?:[.!?][\"'’”\])]*|\n\s*\n)\s*$")
_TERMINATOR_AFTER = re.compile(r"[.!?](?=[\"'’”\])]*(?:\s|$))|\n\s*\n")
# a parser's boundary mid-clause (all-caps wire wraps lines, "29 MARCH THAT WAS ...") is widened this far at most
_WIDEN_REACH = 250


def dates_a_report(text: str, mention: DateMention) -> bool:
    """The date sits on a reporting verb: 'said today', 'TODAY REPORTED', 'announced on Monday'."""
    verbs = date_tables().reporting_verbs
    before_text = text[max(0, mention.start_char - 30):mention.start_char]
    before = _WORD_BEFORE.search(before_text)
    if before and before.group(1).lower() in _PREPOSITIONS:  # "said on Monday": look past the preposition
        before = _WORD_BEFORE.search(before_text[:before.start()])
    after = _WORD_AFTER.match(text, mention.end_char)
    return any(word is not None and word.group(1).lower() in verbs for word in (before, after))


def is_rolling_window(mention: DateMention) -> bool:
    """'the past three days', 'THE LAST 8 YEARS': a window ending at the publication day."""
    return mention.precision == "range" and date_patterns().rolling_window.fullmatch(mention.text) is not None


def _can_date_an_incident(mention: DateMention) -> bool:
    """Future dates ("talks on Friday") and open ranges ("since 2020") frame an incident, they do not date it;
    nor does a rolling window ("killed over the past three days": the toll's period, whose start is no day
    of the incident; the news is of the latest day). The dateline dates the story, and counts only as the
    publication fallback."""
    return (not mention.is_future and mention.method != "dateline" and not mention.text.lower().startswith("since")
            and not is_rolling_window(mention))


def _distance(mention: DateMention, trigger_start: int, trigger_end: int) -> int:
    if mention.end_char <= trigger_start:
        return trigger_start - mention.end_char
    if mention.start_char >= trigger_end:
        return mention.start_char - trigger_end
    return 0


def clause_bounds(text: Optional[str], sentence_start: int, sentence_end: int) -> tuple[int, int]:
    """The sentence widened to the real full stops around it. The parser splits all-caps wire text at line
    breaks mid-sentence ("...AMBUSHED A HELICOPTER IN ARENALES\nCANTON ON 29 MARCH"); a date on the other
    side of such a false boundary still belongs to the trigger's sentence."""
    if text is None:
        return sentence_start, sentence_end
    start, end = sentence_start, sentence_end
    if start > 0 and not _TERMINATOR_BEFORE.search(text[max(0, start - _WIDEN_REACH):start]):
        window_start = max(0, start - _WIDEN_REACH)
        last = None
        for last in _TERMINATOR_AFTER.finditer(text, window_start, start):
            pass
        if last is not None:
            start = last.end()
        elif window_start == 0:
            start = 0
    before_end = text[sentence_start:end].rstrip()
    if end < len(text) and not _TERMINATOR_BEFORE.search(before_end or "."):
        following = _TERMINATOR_AFTER.search(text, end, min(len(text), end + _WIDEN_REACH))
        if following is not None:
            end = following.end()
    return start, end


def _in_sentence_dates(sentence_start: int, sentence_end: int, dates: Sequence[DateMention],
                       text: Optional[str], reports: Optional[bool]) -> list[DateMention]:
    """The sentence's dates that can date an incident; `reports` True/False keeps only those on / not on a
    reporting verb, None keeps both."""
    start, end = clause_bounds(text, sentence_start, sentence_end)
    found = [m for m in dates if start <= m.start_char and m.end_char <= end and _can_date_an_incident(m)]
    if text is None or reports is None:
        return found
    return [m for m in found if dates_a_report(text, m) == reports]


def _nearest(trigger_start: int, trigger_end: int, candidates: Sequence[DateMention],
             text: Optional[str] = None) -> Optional[DateMention]:
    """The nearest date, a coarser date costing some distance (a day in the sentence beats a year by the
    trigger), and, when the text is given, a date on a reporting verb costing more."""
    if not candidates:
        return None

    def cost(mention: DateMention) -> tuple[int, int]:
        penalty = _PRECISION_PENALTY.get(mention.precision, 90)
        if text is not None and dates_a_report(text, mention):
            penalty += _REPORTING_PENALTY
        if _names_another_event(mention, trigger_start):
            penalty += _OTHER_EVENT_PENALTY
        return _distance(mention, trigger_start, trigger_end) + penalty, mention.start_char

    return min(candidates, key=cost)


def _names_another_event(mention: DateMention, trigger_start: int) -> bool:
    """"In February a clerk was wounded, three miles from Sunday's shooting": a possessive day names an event of its
    own (its noun right after it); it dates that noun, not another trigger of the sentence."""
    return mention.text.endswith(("'s", "’s")) and not 0 <= trigger_start - mention.end_char <= _OWN_NOUN_GAP


def date_in_sentence(trigger_start: int, trigger_end: int, sentence_start: int, sentence_end: int,
                     dates: Sequence[DateMention], text: Optional[str] = None) -> Optional[DateMention]:
    """The date of the trigger's sentence nearest the trigger, preferring precise dates and, when the text
    is given, dates not sitting on a reporting verb. A trigger inside "a week after ..." is dated from the
    rest of its sentence when that has a day."""
    if text is not None:
        referenced = date_by_reference(text, trigger_start, sentence_start, sentence_end, dates)
        if referenced is not None:
            return referenced
    found = _in_sentence_dates(sentence_start, sentence_end, dates, text, reports=None)
    return _nearest(trigger_start, trigger_end, found, text)


def event_date_in_sentence(trigger_start: int, trigger_end: int, sentence_start: int, sentence_end: int,
                           dates: Sequence[DateMention], text: Optional[str] = None) -> Optional[DateMention]:
    """The date the sentence gives the event itself: never one on a reporting verb ("officials said today"),
    which dates the report. Given the text, the sentence is widened over false boundaries (see
    `clause_bounds`). This is what an incident owns; a later sentence of the incident may still date it."""
    found = _in_sentence_dates(sentence_start, sentence_end, dates, text, reports=False)
    return _nearest(trigger_start, trigger_end, found)


def report_date_in_sentence(trigger_start: int, trigger_end: int, sentence_start: int, sentence_end: int,
                            dates: Sequence[DateMention], text: Optional[str]) -> Optional[DateMention]:
    """A date on a reporting verb of the trigger's sentence: the event happened then or shortly before."""
    if text is None:
        return None
    found = _in_sentence_dates(sentence_start, sentence_end, dates, text, reports=True)
    return _nearest(trigger_start, trigger_end, found)


def publication_date_mention(dates: Sequence[DateMention], meta: DocumentMeta) -> Optional[DateMention]:
    """The publication day as an incident date. When the text has the dateline it came from, the dateline is
    the evidence (method "dateline"); otherwise method "published" with empty evidence at offset 0 (the day
    came from metadata or an option, not from any substring of the text)."""
    if meta.published is None:
        return None
    for mention in dates:
        if mention.method == "dateline" and mention.start == meta.published:
            return mention
    return DateMention(meta.published, meta.published, "day", "published", "", 0, 0)


def choose_incident_date(trigger_start: int, trigger_end: int, sentence_start: int, sentence_end: int,
                         dates: Sequence[DateMention], meta: DocumentMeta,
                         previous: Optional[DateMention] = None, *, text: Optional[str] = None
                         ) -> Optional[DateMention]:
    """Sentence date (one on a reporting verb only when nothing better is near) > `previous` (the nearest
    preceding date the assembler tied to the same incident) > publication date; first of all, a trigger
    inside "a week after ..." is dated from its clause. Event-relative phrases ("hours before the talks") arrive in `dates` already
    resolved to the referenced event's date, so they compete here like any other date. Pass the document
    `text` so a date on a reporting verb ("said today") yields to the event's own date."""
    if text is not None:
        # "the escalation came a week after the leaders met": the meeting is dated from the escalation
        referenced = date_by_reference(text, trigger_start, sentence_start, sentence_end, dates, previous)
        if referenced is not None:
            return referenced
    # a day on the sentence's reporting verb ("police said today that ...") still beats another incident's date
    own = date_in_sentence(trigger_start, trigger_end, sentence_start, sentence_end, dates, text)
    if own is not None:
        return own
    if previous is not None and _can_date_an_incident(previous):
        return previous
    return publication_date_mention(dates, meta)
