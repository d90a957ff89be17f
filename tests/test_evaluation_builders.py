"""Hand-built incident records for the evaluation tests (no pipeline needed)."""

from __future__ import annotations

from typing import Optional

from incident_extractor.models import Actor, Casualty, DateRange, Incident, Location, Source


def location(name="Testville", *, code=None, countries=(), admin1=None, lat=None, lon=None, kind="place"):
    return Location(
        name=name,
        kind=kind,
        country_code=code,
        countries=list(countries),
        admin1=admin1,
        latitude=lat,
        longitude=lon,
        text=name,
        start_char=0,
        end_char=len(name),
    )


def actor(name="gunmen", *, kind=None, role="perpetrator"):
    return Actor(name=name, role=role, kind=kind, text=name, start_char=0, end_char=len(name))


def casualty(kind="killed", count=1, text="one person was killed"):
    return Casualty(type=kind, count=count, qualifier="exact", text=text, start_char=0, end_char=len(text))


def incident(
    *,
    doc_id: str = "doc-1",
    killed: Optional[int] = None,
    injured: Optional[int] = None,
    day: Optional[str] = None,
    locations=(),
    actors=(),
    event_type: Optional[str] = None,
    casualties=(),
    summary: str = "Something happened.",
) -> Incident:
    date = None
    if day:
        date = DateRange(start=day, end=day, precision="day", method="explicit", text=day, start_char=0, end_char=10)
    return Incident(
        id=f"{doc_id}-{killed}-{day}",
        source=Source(doc_id=doc_id),
        scope="current",
        event_type=event_type,
        summary=summary,
        date=date,
        locations=list(locations),
        actors=list(actors),
        killed=killed,
        injured=injured,
        casualties=list(casualties),
        confidence=0.5,
    )


def test_built_records_round_trip_as_jsonl():
    record = incident(killed=2, day="2020-05-06", locations=[location(code="KE", lat=1.0, lon=36.0)])
    assert Incident.model_validate_json(record.model_dump_json()) == record
