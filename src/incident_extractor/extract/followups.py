"""What a sentence adds to an incident told before it: where it happened, who claimed it.

Pure functions over plain mentions, used by the segmenter (extract.segment).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Sequence

from incident_extractor.events.actor_kinds import actor_lexicon
from incident_extractor.mentions import ActorMention, DocMentions
from incident_extractor.nlp.regex_gate import word_gate

# a place named right after one of these is where something happened ("in Kabul", "near the border")
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|on|across|along|outside|inside|around|from|into|to|towards?|between|of)\s+(?:the\s+)?$"
                              r"|\bbetween\b[^.;]{1,40}\band\s+(?:the\s+)?$",
                              re.IGNORECASE)
# armed actors that may be named as an incident's perpetrator after the fact (state forces there investigate)
_NON_STATE_ARMED = frozenset({"rebel_group", "political_militia", "identity_militia"})


def is_locative(text: str, start: int) -> bool:
    """Whether a place mention is introduced as a location ("in X", "near the Y border")."""
    return bool(_LOCATIVE_BEFORE.search(text[max(0, start - 60) : start]))


def perpetrators_named_after_the_fact(actors: Sequence[ActorMention]) -> list[ActorMention]:
    """In "X claimed responsibility" or "X is suspected", an armed group the parse gave no role did it."""
    return [replace(a, role="perpetrator") if a.is_armed and a.kind in _NON_STATE_ARMED and a.role is None else a
            for a in actors]


def attach_claimed_perpetrators(text: str, index: int, sentence: tuple[int, int], mentions: DocMentions,
                                groups: list, reach: int) -> None:
    """"X claimed responsibility.", "No group claimed it, but X is suspected.": a sentence without an incident of
    its own that says who did it names the perpetrator of the incident just before."""
    groups_before = [g for g in groups if g.family == "violence" and 0 <= index - g.last_sentence_index <= reach]
    armed = [a for a in mentions.actors if a.is_armed and a.kind in _NON_STATE_ARMED and a.role == "perpetrator"]
    if not groups_before or not armed or not word_gate(actor_lexicon().responsibility_sentence).search(text[sentence[0] : sentence[1]]):
        return
    target = max(groups_before, key=lambda g: g.last_sentence_index)
    target.actors.extend(armed)
