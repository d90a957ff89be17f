"""IncidentDrafts to validated Incident records: ids, evidence, the source block."""

from __future__ import annotations

import hashlib
from typing import Sequence

from incident_extractor.dating.unanchored import is_unanchored
from incident_extractor.extract.draft import IncidentDraft
from incident_extractor.mentions import DocumentMeta
from incident_extractor.models import Actor, Casualty, DateRange, Incident, Location, Source


def source_of(meta: DocumentMeta) -> Source:
    return Source(
        doc_id=meta.doc_id,
        path=meta.path,
        url=meta.url,
        title=meta.title,
        published=meta.published.isoformat() if meta.published else None,
        published_from=meta.published_from,
    )


def incident_id(doc_id: str, draft: IncidentDraft) -> str:
    """Stable across runs: the doc id plus the offsets of the evidence that defines the incident."""
    key = f"{doc_id}|{draft.summary_start}:{draft.summary_end}|{draft.trigger.start_char}:{draft.trigger.end_char}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _record_of(model, mention, **overrides):
    """A record model from a mention dataclass: the fields they share, plus overrides (mentions carry extras
    such as scores and cues that the contract leaves out)."""
    values = {name: getattr(mention, name) for name in model.model_fields if hasattr(mention, name)}
    values.update(overrides)
    return model.model_validate(values)


def to_record(draft: IncidentDraft, text: str, source: Source) -> Incident:
    """Validate one draft; pydantic raises if anything breaks the contract."""
    date = None
    if draft.date is not None and not is_unanchored(draft.date):  # (a day told only against an unknown day)
        d = draft.date
        date = DateRange(
            start=d.start.isoformat(),
            end=d.end.isoformat(),
            precision=d.precision,
            method=d.method,
            text=d.text,
            start_char=d.start_char,
            end_char=d.end_char,
        )
    return Incident(
        id=incident_id(source.doc_id, draft),
        source=source,
        scope=draft.scope,
        event_type=draft.event_type,
        sub_event_type=draft.sub_event_type,
        summary=" ".join(text[draft.summary_start : draft.summary_end].split()),
        date=date,
        locations=[_record_of(Location, p) for p in draft.locations],
        actors=[_record_of(Actor, a, role=a.role or "participant") for a in draft.actors],
        killed=draft.killed,
        injured=draft.injured,
        casualties=[_record_of(Casualty, c) for c in draft.casualties],
        confidence=round(min(1.0, max(0.0, draft.confidence)), 3),
        warnings=list(draft.warnings),
    )


def to_records(drafts: Sequence[IncidentDraft], text: str, meta: DocumentMeta) -> list[Incident]:
    source = source_of(meta)
    return [to_record(d, text, source) for d in drafts]
