"""The total of a short report's separate attacks: one aggregate record beside the incidents.

A short report (a few sentences, mixed case) often tells one attack, then another of the same day as a separate
incident: "Four people were killed when a car bomb exploded. A second car bomb exploded, killing an additional
three people." Each stays its own record; the report's toll of the day is their sum, which a reader takes from
it as the text's own "a total of 7 were killed" would give. The total is an aggregate record: the first
incident's trigger, place and date, the sentences from the first to the last incident, every figure of them.

Only where the text marks the later incidents as separate ("In another attack", "A second car bomb", "The same
day", "Meanwhile"), the text before them does not already tell a toll of several attacks ("killed 33 in a string
of car bombings", "in two attacks", "a total of") and no sentence breaks a toll down ("in the first attack"):
then the parts would be counted twice. Several attacks told before do not hold when every later incident opens
its sentence as another one ("Multiple explosions hit Kabul, causing 3 deaths. After that a suicide bomber killed
15", "The explosions hit a market and a police station. In addition to this attack, gunmen killed four"): those
connectives tell a further attack, never a part. Wire text in capitals (long dispatches of many incidents)
never gets one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional, Sequence

from incident_extractor.events.tables import separate_incident_pattern
from incident_extractor.extract.draft import IncidentDraft
from incident_extractor.extract.openers import opens_another_incident

# a short report: the incidents' sentences are this few
MAX_SENTENCES = 8
SAME_DAY = re.compile(r"\b(?:the\s+same\s+day|also|additional(?:ly)?|in\s+other\s+incident)\b", re.IGNORECASE)
# the first incident already counts several attacks: its toll is the total, the later ones are its parts
SEVERAL_ATTACKS = re.compile(
    r"\b(?:attacks|bombings|blasts|explosions|incidents|shootings|clashes)\b|\b(?:in\s+total|a\s+total\s+of|series|"
    r"string|spate|wave|coordinated|simultaneous|twin)\b|\b(?:two|three|four|five|several|multiple)\s+(?:attack|bombing|"
    r"blast|explosion)\b", re.IGNORECASE)
# "Four policemen died in the first attack": the later sentences break a toll told before into its attacks
BREAKDOWN = re.compile(r"\b(?:the|in)\s+first\s+(?:attack|blast|bombing|explosion|incident|one)\b", re.IGNORECASE)


def with_day_total(drafts: Sequence[IncidentDraft], text: str,
                   sentences: Sequence[tuple[int, int]]) -> list[IncidentDraft]:
    drafts = list(drafts)
    if text.isupper() or len(sentences) > MAX_SENTENCES or any(d.scope == "aggregate" for d in drafts):
        return drafts
    current = [d for d in drafts if d.scope == "current" and (d.killed or d.injured)]
    if len(current) < 2 or BREAKDOWN.search(text):
        return drafts
    if SEVERAL_ATTACKS.search(text, 0, current[1].summary_start) and not all(
            opens_another_incident(text, d.summary_start) for d in current[1:]):
        return drafts
    if not any(_told_as_separate(text, d) for d in current[1:]):
        return drafts
    killed, injured = _total(current, "killed"), _total(current, "injured")
    if killed is None and injured is None:
        return drafts
    first = current[0]
    total = replace(first, scope="aggregate", summary_end=current[-1].summary_end,
                    casualties=[c for d in current for c in d.casualties], killed=killed, injured=injured,
                    warnings=list(first.warnings) + [derived_total_warning(len(current))])
    return drafts + [total]


def derived_total_warning(incidents: int) -> str:
    """The record's figures are no words of the text but a sum: said on the record, so no reader takes them as quoted."""
    return f"killed/injured are the sum of {incidents} incidents' figures told separately (no total stated)"


def _told_as_separate(text: str, draft: IncidentDraft) -> bool:
    return bool(separate_incident_pattern().search(text, draft.summary_start, draft.summary_end)
                or opens_another_incident(text, draft.summary_start)
                or SAME_DAY.search(text, draft.summary_start, draft.summary_end))


def _total(current: Sequence[IncidentDraft], kind: str) -> Optional[int]:
    """The sum over the incidents with a figure of this type, when two or more have one."""
    counts = [getattr(d, kind) for d in current if getattr(d, kind)]
    return sum(counts) if len(counts) >= 2 else None
