"""Scope of an incident: current, background, aggregate, update, threat or denied.

Decided from the words of the sentence that states it (see data/event_scope_cues.json), the trigger's
own cues (tense, modality), the casualty figures' cues, and the incident's date relative to the
document's reference day (its publication date, else the latest incident date of the article).
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from incident_extractor.events.tables import scope_cue_patterns
from incident_extractor.mentions import DateMention
from incident_extractor.nlp.regex_gate import word_gate

# an incident more than this many days before the reference day is being recalled, not reported
BACKGROUND_AFTER_DAYS = 3


def has_aggregate_cue(sentence: str, sentence_dates: Iterable[DateMention] = ()) -> bool:
    """A toll over a war or a period: the cue, and no single day that would make it one incident."""
    if any(d.precision == "day" and not d.text.lower().startswith("since") for d in sentence_dates):
        return False
    return bool(word_gate(scope_cue_patterns()["aggregate"]).search(sentence))


def incident_scope(
    sentence: str,
    trigger_cues: Iterable[str],
    date: Optional[DateMention],
    reference_day: Optional[dt.date],
    casualty_cues: Iterable[str] = (),
    *,
    aggregate: bool = False,
    strongest_trigger: float = 1.0,
    family: str = "violence",
) -> str:
    cues = set(trigger_cues)
    casualty = set(casualty_cues)
    patterns = scope_cue_patterns()
    if "denied" in cues and word_gate(patterns["denied"]).search(sentence):
        return "denied"
    if "threat" in cues and family != "strategic":
        return "threat"
    if "future" in cues and "negated" not in cues and family == "violence" and not _is_past(date, reference_day):
        return "threat"
    if aggregate:
        return "aggregate"
    if "recalled" in casualty:
        return "background"  # "weeks after 50 people were killed": told as earlier than the news, whatever its date
    if strongest_trigger < 0.5 and ("update" in casualty or word_gate(patterns["update"]).search(sentence)):
        return "update"
    if _is_past(date, reference_day):
        return "background"
    if "earlier" in cues:
        return "background"  # "one week after the leaders met": an event the news is measured from
    if "past_perfect" in cues or word_gate(patterns["background"]).search(sentence) or "background" in casualty:
        if date is None or date.method in ("published", "dateline"):
            return "background"
    return "current"


def _is_past(date: Optional[DateMention], reference_day: Optional[dt.date]) -> bool:
    """The incident happened well before the reference day. A day or a week counts from its last day; a month
    or a year from its middle: "last month" in a story of 3 June ends three days earlier, yet the incident it
    dates is recalled, not reported ("this year" has its middle ahead and stays current)."""
    if date is None or reference_day is None or date.method in ("published", "dateline"):
        return False
    if date.precision in ("month", "year"):
        middle = date.start + (date.end - date.start) / 2
        return (reference_day - middle).days > BACKGROUND_AFTER_DAYS
    return (reference_day - date.end).days > BACKGROUND_AFTER_DAYS
