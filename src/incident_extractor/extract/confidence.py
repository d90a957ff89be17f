"""How sure we are of an incident, and the cross-field checks that cast doubt on it."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from incident_extractor.extract.draft import IncidentDraft
from incident_extractor.events.classify import sides


def incident_warnings(draft: IncidentDraft, published: Optional[dt.date]) -> list[str]:
    warnings = []
    if draft.date is not None:
        if draft.date.end < draft.date.start:
            warnings.append("date ends before it starts")
        if published is not None and draft.scope == "current" and draft.date.start > published:
            warnings.append("current incident dated after publication")
    for casualty in draft.casualties:
        if casualty.low is not None and casualty.high is not None and casualty.low > casualty.high:
            warnings.append(f"casualty figure low > high: {casualty.text!r}")
    if draft.event_type == "Battles" and len(sides(draft.actors)) < 2:
        warnings.append("Battles with fewer than two armed actors found")
    if draft.event_type is None:
        warnings.append("no event type")
    if draft.killed is not None and draft.scope == "current" and draft.killed > 10000:
        warnings.append("killed over 10,000 for a single current incident")
    return warnings


def incident_confidence(draft: IncidentDraft, own_date: bool) -> float:
    """Evidence adds up: a typical trigger, a written date, a place, actors and figures; warnings subtract."""
    score = 0.3 + 0.3 * draft.trigger.strength
    score += 0.12 if own_date else (0.04 if draft.date else 0.0)
    score += 0.1 if draft.locations else 0.0
    score += 0.08 if draft.actors else 0.0
    score += 0.08 if draft.casualties else 0.0
    score -= 0.1 * len(draft.warnings)
    return round(min(0.99, max(0.05, score)), 3)
