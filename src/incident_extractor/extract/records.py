"""IncidentDrafts to validated Incident records: ids, evidence, the source block."""

from __future__ import annotations

import hashlib
from typing import Sequence

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


def to_record(draft: IncidentDraft, text: str, source: Source) -> Incident:
    """Validate one draft; pydantic raises if anything breaks the contract."""
    date = None
    if draft.date is not None:
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
        locations=[
            Location(
                name=p.name,
                kind=p.kind,
                country_code=p.country_code,
                countries=list(p.countries),
                admin1=p.admin1,
                latitude=p.latitude,
                longitude=p.longitude,
                text=p.text,
                start_char=p.start_char,
                end_char=p.end_char,
            )
            for p in draft.locations
        ],
        actors=[
            Actor(
                name=a.name,
                role=a.role or "participant",
                kind=a.kind,
                country_code=a.country_code,
                text=a.text,
                start_char=a.start_char,
                end_char=a.end_char,
            )
            for a in draft.actors
        ],
        killed=draft.killed,
        injured=draft.injured,
        casualties=[
            Casualty(
                type=c.type,
                count=c.count,
                low=c.low,
                high=c.high,
                qualifier=c.qualifier,
                victims=c.victims,
                side=c.side,
                claimant=c.claimant,
                text=c.text,
                start_char=c.start_char,
                end_char=c.end_char,
            )
            for c in draft.casualties
        ],
        confidence=round(min(1.0, max(0.0, draft.confidence)), 3),
        warnings=list(draft.warnings),
    )


def to_records(drafts: Sequence[IncidentDraft], text: str, meta: DocumentMeta) -> list[Incident]:
    source = source_of(meta)
    return [to_record(d, text, source) for d in drafts]
