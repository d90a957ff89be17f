"""Document-level scoring: one Outcome per scored field of one document.

The rules of docs/incident-record.md ("How documents are scored"), over all incidents extracted
from the document, whatever their scope. A field is scored only where the gold has it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

from incident_extractor.evaluation.gold import gold_event_type, gold_killed, reports_incident, reports_no_incident
from incident_extractor.evaluation.names import same_admin1
from incident_extractor.models import Incident

# The order of rows in every report. The first eleven are the names; the last two are the
# killed_stated slice (wiki_terror: the toll is written in the text) and MUC-4's irrelevant documents.
METRICS = (
    "killed_exact",
    "killed_exact_when_deaths",
    "killed_exact_when_none",
    "injured_exact",
    "date_day",
    "country",
    "place_50km",
    "admin1",
    "event_type",
    "actor_kinds",
    "doc_has_incident",
    "killed_exact_stated",
    "doc_no_incident",
)
PLACE_RADIUS_KM = 50.0
EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class Outcome:
    metric: str
    hit: bool
    gold: Any
    predicted: Any
    evidence: list[str] = field(default_factory=list)


def _value(member) -> Any:
    """Enum members as their plain value, so outcomes serialise as JSON."""
    return getattr(member, "value", member)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def document_toll(incidents: Sequence[Incident], kind: str) -> int:
    """The largest `killed` (or `injured`) among the incidents; no figure at all counts as 0."""
    figures = [getattr(incident, kind) for incident in incidents]
    return max((figure for figure in figures if figure is not None), default=0)


def _toll_evidence(incidents: Sequence[Incident], kind: str) -> list[str]:
    texts = [c.text for incident in incidents for c in incident.casualties if _value(c.type) == kind]
    return texts or [incident.summary for incident in incidents[:3]]


def _location_evidence(incidents: Sequence[Incident]) -> list[str]:
    return [location.text for incident in incidents for location in incident.locations]


def score_toll(gold: dict, incidents: Sequence[Incident], kind: str) -> list[Outcome]:
    expected = gold_killed(gold) if kind == "killed" else gold.get(kind)
    if not isinstance(expected, int) or isinstance(expected, bool):
        return []
    predicted = document_toll(incidents, kind)
    hit = predicted == expected
    evidence = _toll_evidence(incidents, kind)
    names = [f"{kind}_exact"]
    if kind == "killed":
        names.append("killed_exact_when_deaths" if expected > 0 else "killed_exact_when_none")
        if gold.get("killed_stated") is True:
            names.append("killed_exact_stated")
    return [Outcome(name, hit, expected, predicted, evidence) for name in names]


def score_date(gold: dict, incidents: Sequence[Incident]) -> Optional[Outcome]:
    expected = gold.get("date")
    if not expected or gold.get("date_explicit") is not True:
        return None
    dated = [incident.date for incident in incidents if incident.date is not None]
    starts = sorted({date.start for date in dated})
    return Outcome("date_day", expected in starts, expected, starts, [date.text for date in dated])


def score_country(gold: dict, incidents: Sequence[Incident]) -> Optional[Outcome]:
    expected = gold.get("country_code")
    if not expected:
        return None
    codes: set[str] = set()
    for incident in incidents:
        for location in incident.locations:
            # a border location "has" both sides: its main code and every code in `countries`
            codes.update(code for code in (location.country_code, *location.countries) if code)
    return Outcome("country", expected in codes, expected, sorted(codes), _location_evidence(incidents))


def score_place(gold: dict, incidents: Sequence[Incident]) -> Optional[Outcome]:
    lat, lon = gold.get("lat"), gold.get("lon")
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
        return None
    distances = [
        haversine_km(lat, lon, location.latitude, location.longitude)
        for incident in incidents
        for location in incident.locations
        if location.latitude is not None and location.longitude is not None
    ]
    nearest = round(min(distances), 1) if distances else None
    hit = nearest is not None and min(distances) <= PLACE_RADIUS_KM
    return Outcome("place_50km", hit, [lat, lon], nearest, _location_evidence(incidents))


def predicted_admin1_names(incidents: Sequence[Incident]) -> list[str]:
    names = []
    for incident in incidents:
        for location in incident.locations:
            if location.admin1:
                names.append(location.admin1)
            if _value(location.kind) == "admin1":
                names.append(location.name)
    return list(dict.fromkeys(names))


def score_admin1(gold: dict, incidents: Sequence[Incident]) -> Optional[Outcome]:
    expected = gold.get("admin1")
    if not isinstance(expected, str) or not expected.strip():
        return None
    names = predicted_admin1_names(incidents)
    hit = any(same_admin1(expected, name) for name in names)
    return Outcome("admin1", hit, expected, names, _location_evidence(incidents))


def score_event_type(gold: dict, incidents: Sequence[Incident]) -> Optional[Outcome]:
    expected = gold_event_type(gold)
    if not expected:
        return None
    types = sorted({_value(incident.event_type) for incident in incidents if incident.event_type is not None})
    return Outcome("event_type", expected in types, expected, types, [incident.summary for incident in incidents])


def score_actor_kinds(gold: dict, incidents: Sequence[Incident]) -> Optional[Outcome]:
    expected = gold.get("actor_kinds")
    if not expected:
        return None
    kinds = {_value(actor.kind) for incident in incidents for actor in incident.actors if actor.kind is not None}
    evidence = [f"{actor.text} [{_value(actor.kind)}]" for incident in incidents for actor in incident.actors]
    return Outcome("actor_kinds", set(expected) <= kinds, sorted(expected), sorted(kinds), evidence)


def score_presence(gold: dict, incidents: Sequence[Incident]) -> Optional[Outcome]:
    found = len(incidents)
    if reports_incident(gold):
        return Outcome("doc_has_incident", found > 0, True, found, [i.summary for i in incidents[:3]])
    if reports_no_incident(gold):
        return Outcome("doc_no_incident", found == 0, False, found, [i.summary for i in incidents[:3]])
    return None


def score_document(gold: dict, incidents: Sequence[Incident]) -> list[Outcome]:
    """Every outcome of one document, in METRICS order."""
    outcomes = [*score_toll(gold, incidents, "killed"), *score_toll(gold, incidents, "injured")]
    for scorer in (
        score_date,
        score_country,
        score_place,
        score_admin1,
        score_event_type,
        score_actor_kinds,
        score_presence,
    ):
        outcome = scorer(gold, incidents)
        if outcome is not None:
            outcomes.append(outcome)
    order = {name: index for index, name in enumerate(METRICS)}
    return sorted(outcomes, key=lambda outcome: order[outcome.metric])
