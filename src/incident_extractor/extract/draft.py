"""An incident as the assembly stage builds it, before it becomes a validated record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from incident_extractor.mentions import ActorMention, CasualtyMention, DateMention, PlaceMention, TriggerMention


@dataclass
class IncidentDraft:
    trigger: TriggerMention
    scope: str
    event_type: Optional[str]
    sub_event_type: Optional[str]
    summary_start: int  # character span of the sentence(s) that state the incident
    summary_end: int
    date: Optional[DateMention] = None
    locations: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    casualties: list[CasualtyMention] = field(default_factory=list)
    killed: Optional[int] = None
    injured: Optional[int] = None
    confidence: float = 0.5
    warnings: list[str] = field(default_factory=list)
