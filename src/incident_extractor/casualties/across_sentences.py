"""Figures read against the sentence before them (the finder reads one sentence at a time).

"Police found the bodies of four men. Two other people were taken to hospital": "other" sets the injured apart
from the dead told just before, as it does inside one sentence (local_news.other_sets_apart); they are not on top of
an injured figure told earlier ("four killed, two wounded" in the first paragraph). "Two more victims" does the
same: victims are either kind, so "more" is counted against the dead just told. When the sentence before also told
a figure of the group's own type, the group stays on top ("killing five soldiers and wounding several others. Six
other soldiers died" = 11).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from incident_extractor.mentions import CasualtyMention

KILLED_OR_INJURED = ("killed", "injured")
# the sentence before ends this close before the group (no paragraph of other matters in between)
NEAR_BEFORE = 300
# "Two other people, ...", "three other men", "Two more victims": the opening words of the figure's own phrase
SET_APART_OPENING = re.compile(r"(?:[\w'’-]+\s+){1,2}?(?:other\s+(?!than)[^\W\d_]|(?:more|further)\s+(?:victims|casualties)"
                               r"(?![\w'’-]))", re.IGNORECASE)


def set_apart_from_the_dead_before(sentences: Sequence[Sequence[CasualtyMention]]) -> list[CasualtyMention]:
    """The mentions of each sentence in document order, flattened; the first figure of a sentence that opens with
    "other" right after a sentence whose figures are all of the other type loses its "more"."""
    result: list[CasualtyMention] = []
    told: list[CasualtyMention] = []  # the killed / injured figures of the last sentence that held some
    for mentions in sentences:
        own = [m for m in mentions if m.type in KILLED_OR_INJURED and m.count]
        for mention in mentions:
            if own and mention is own[0] and _sets_apart(mention, told):
                mention = replace(mention, cues=tuple(c for c in mention.cues if c != "more"))
            result.append(mention)
        told = own or told
    return result


def _sets_apart(mention: CasualtyMention, told: list[CasualtyMention]) -> bool:
    if ("more" not in mention.cues or "attackers" in mention.cues or not told
            or not SET_APART_OPENING.match(mention.text)):
        return False
    return (all(m.type != mention.type for m in told)
            and 0 <= mention.start_char - max(m.end_char for m in told) <= NEAR_BEFORE)
