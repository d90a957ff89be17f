"""The date of one incident: the date tied to its trigger, else the nearest preceding date of the same
incident, else the publication date, said so with method "published" (never silently)."""

from __future__ import annotations

from typing import Optional, Sequence

from incident_extractor.mentions import DateMention, DocumentMeta

# characters of distance a coarser date "costs": a day in the sentence beats a year next to the trigger
_PRECISION_PENALTY = {"day": 0, "week": 40, "range": 60, "month": 60, "year": 90}


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
                     dates: Sequence[DateMention]) -> Optional[DateMention]:
    """The date of the trigger's sentence nearest the trigger, preferring precise dates."""
    in_sentence = [m for m in dates if sentence_start <= m.start_char and m.end_char <= sentence_end
                   and _can_date_an_incident(m)]
    if not in_sentence:
        return None
    return min(in_sentence, key=lambda m: (_distance(m, trigger_start, trigger_end)
                                           + _PRECISION_PENALTY.get(m.precision, 90), m.start_char))


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
                         previous: Optional[DateMention] = None) -> Optional[DateMention]:
    """Sentence date > `previous` (the nearest preceding date the assembler tied to the same incident) >
    publication date. Event-relative phrases ("hours before the talks") arrive in `dates` already
    resolved to the referenced event's date, so they compete here like any other date."""
    in_sentence = date_in_sentence(trigger_start, trigger_end, sentence_start, sentence_end, dates)
    if in_sentence is not None:
        return in_sentence
    if previous is not None and _can_date_an_incident(previous):
        return previous
    return publication_date_mention(dates, meta)
