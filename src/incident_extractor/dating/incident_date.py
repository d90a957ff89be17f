"""The date of one incident: the date tied to its trigger, else the nearest preceding date of the same
incident, else the publication date, said so with method "published" (never silently)."""

from __future__ import annotations

import re
from typing import Optional, Sequence

from incident_extractor.dating.tables import date_tables
from incident_extractor.mentions import DateMention, DocumentMeta

# characters of distance a coarser date "costs": a day in the sentence beats a year next to the trigger
_PRECISION_PENALTY = {"day": 0, "week": 40, "range": 60, "month": 60, "year": 90}
# "officials said today that gunmen killed...": a date on the reporting verb dates the report, not the event;
# any other date of the sentence is a better guess
_REPORTING_PENALTY = 150
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W{0,3}$")
_WORD_AFTER = re.compile(r"\W{0,3}([A-Za-z]+)")
_PREPOSITIONS = frozenset({"on", "in", "at", "during", "late", "early"})


def dates_a_report(text: str, mention: DateMention) -> bool:
    """The date sits on a reporting verb: 'said today', 'TODAY REPORTED', 'announced on Monday'."""
    verbs = date_tables().reporting_verbs
    before_text = text[max(0, mention.start_char - 30):mention.start_char]
    before = _WORD_BEFORE.search(before_text)
    if before and before.group(1).lower() in _PREPOSITIONS:  # "said on Monday": look past the preposition
        before = _WORD_BEFORE.search(before_text[:before.start()])
    after = _WORD_AFTER.match(text, mention.end_char)
    return any(word is not None and word.group(1).lower() in verbs for word in (before, after))


def _can_date_an_incident(mention: DateMention) -> bool:
    """Future dates ("talks on Friday") and open ranges ("since 2020") frame an incident, they do not date it;
    the dateline dates the story, and counts only as the publication fallback."""
    return not mention.is_future and mention.method != "dateline" and not mention.text.lower().startswith("since")


def _distance(mention: DateMention, trigger_start: int, trigger_end: int) -> int:
    if mention.end_char <= trigger_start:
        return trigger_start - mention.end_char
    if mention.start_char >= trigger_end:
        return mention.start_char - trigger_end
    return 0


def date_in_sentence(trigger_start: int, trigger_end: int, sentence_start: int, sentence_end: int,
                     dates: Sequence[DateMention], text: Optional[str] = None) -> Optional[DateMention]:
    """The date of the trigger's sentence nearest the trigger, preferring precise dates and, when the text
    is given, dates not sitting on a reporting verb."""
    in_sentence = [m for m in dates if sentence_start <= m.start_char and m.end_char <= sentence_end
                   and _can_date_an_incident(m)]
    if not in_sentence:
        return None

    def cost(mention: DateMention) -> tuple[int, int]:
        penalty = _PRECISION_PENALTY.get(mention.precision, 90)
        if text is not None and dates_a_report(text, mention):
            penalty += _REPORTING_PENALTY
        return _distance(mention, trigger_start, trigger_end) + penalty, mention.start_char

    return min(in_sentence, key=cost)


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
    """Sentence date > `previous` (the nearest preceding date the assembler tied to the same incident) >
    publication date. Event-relative phrases ("hours before the talks") arrive in `dates` already
    resolved to the referenced event's date, so they compete here like any other date. Pass the document
    `text` so a date on a reporting verb ("said today") yields to the event's own date."""
    in_sentence = date_in_sentence(trigger_start, trigger_end, sentence_start, sentence_end, dates, text)
    if in_sentence is not None:
        return in_sentence
    if previous is not None and _can_date_an_incident(previous):
        return previous
    return publication_date_mention(dates, meta)
