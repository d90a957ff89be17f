"""The state a victim was found in: "Officers found a man suffering from a gunshot wound", "called to reports of a man
lying injured". It describes the scene; what became of the person is told elsewhere, most often right after ("He was
pronounced dead at the scene", "The man was taken to hospital and died").

So one person found wounded, with one person's death told within a few sentences (not in the finding's own sentence,
which would name two people: "found one man dead and another suffering from gunshot wounds"), is that dead person, not
an injured one. A found person told as someone else ("a second man", "another woman") stays injured.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from incident_extractor.casualties.figures import Figure
from incident_extractor.mentions import CasualtyMention

FOUND_BEFORE = re.compile(r"(?<![\w'’-])(?:found|located|discovered|reports?\s+of|report\s+of)\s+(?:an?\s+|the\s+)?$",
                          re.IGNORECASE)
SOMEONE_ELSE = re.compile(r"(?<![\w'’-])(?:second|third|another|other|more)(?![\w'’-])", re.IGNORECASE)
SENTENCES_AROUND = 3
NOT_TODAY = {"recalled", "background", "aggregate"}


def mark_found_states(text: str, figures: list[Figure]) -> list[Figure]:
    """Cue "found_state" on the injured figures of one sentence whose people are the object of found / reports of."""
    if not any(f.type == "injured" for f in figures):
        return figures
    return [replace(f, cues=f.cues + ("found_state",))
            if f.type == "injured" and FOUND_BEFORE.search(text, max(0, f.start - 30), f.start) else f for f in figures]


def drop_the_found_dead(sentences: Sequence[Sequence[CasualtyMention]]) -> list[list[CasualtyMention]]:
    """The mentions of each sentence; a person found wounded whose death the next sentences (or the ones before) tell
    is dropped."""
    deaths = [any(_one_death(m) for m in mentions) for mentions in sentences]
    if not any(deaths):
        return [list(mentions) for mentions in sentences]
    result = []
    for index, mentions in enumerate(sentences):
        near = deaths[max(0, index - SENTENCES_AROUND):index] + deaths[index + 1:index + 1 + SENTENCES_AROUND]
        if deaths[index] or not any(near):
            result.append(list(mentions))
            continue
        result.append([m for m in mentions if not _found_one(m)])
    return result


def _one_death(mention: CasualtyMention) -> bool:
    return mention.type == "killed" and mention.count == 1 and not NOT_TODAY & set(mention.cues)


def _found_one(mention: CasualtyMention) -> bool:
    return (mention.type == "injured" and mention.count == 1 and "found_state" in mention.cues
            and not SOMEONE_ELSE.search(mention.text))
