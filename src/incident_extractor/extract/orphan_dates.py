"""A date told in the sentence after an undated lead: "Eight officers were injured when youths threw bricks at them.
Trouble flared at around 9pm on Saturday in the Ringland area." Local news often gives the time of the incident in
the second sentence, which names no incident word of its own; the lead's incident takes that day instead of the
publication day.
"""

from __future__ import annotations

from typing import Optional, Sequence

from incident_extractor.dating.incident_date import dates_a_report
from incident_extractor.extract.merging import IncidentGroup
from incident_extractor.mentions import DateMention, DocMentions

# the date's sentence follows the incident's last sentence this closely
REACH = 2


def attach_orphan_date(text: str, index: int, sentence: tuple[int, int], mentions: DocMentions,
                       groups: Sequence[IncidentGroup]) -> None:
    """`mentions` of one sentence that no incident claimed; the incident just before it, if undated, takes its date."""
    if not groups or not mentions.dates:
        return
    group = groups[-1]
    if group.date is not None or group.aggregate or group.family == "strategic" or not (
            0 < index - group.last_sentence_index <= REACH):
        return
    date = _incident_day(text, sentence, mentions.dates)
    if date is not None:
        group.date = date


def _incident_day(text: str, sentence: tuple[int, int], dates: Sequence[DateMention]) -> Optional[DateMention]:
    """The sentence's one day that can date an event: past, never on a reporting verb or a possessive ("Sunday's
    vigil"); two different days say nothing sure."""
    days = [d for d in dates if sentence[0] <= d.start_char < sentence[1] and d.precision == "day" and not d.is_future
            and d.method not in ("dateline", "published") and not d.text.lower().startswith("since")
            and not d.text.endswith(("'s", "’s")) and not dates_a_report(text, d)]
    if len({(d.start, d.end) for d in days}) != 1:
        return None
    return days[0]
