"""An incident told only as deaths next to an accident is no incident, inside a story of violence too: "It was the
deadliest fire since 2013, when four people died in a blaze investigators ruled accidental", "The shooting came a
day after a bus crash killed ten". The document-level rule (events.triggers.reports_only_accidents) leaves a story
with any violent phrase alone; this one drops its recalled accidents.
"""

from __future__ import annotations

from typing import Sequence

from incident_extractor.events.triggers import trigger_table
from incident_extractor.extract.merging import IncidentGroup


def is_accident(text: str, group: IncidentGroup) -> bool:
    """No trigger of the incident names an act of violence ("died", "killed" only) and every sentence it is told in
    names an accident."""
    if any(t.event_type for t in group.triggers) or group.actors and any(a.is_armed for a in group.actors):
        return False
    accident = trigger_table().accident_cues
    return all(accident.search(text, start, end) for start, end in group.sentences)


def without_accidents(text: str, groups: Sequence[IncidentGroup]) -> list[IncidentGroup]:
    return [g for g in groups if not is_accident(text, g)]
