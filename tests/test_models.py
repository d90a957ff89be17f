"""The pydantic record enforces the contract."""

import pytest
from pydantic import ValidationError

from incident_extractor.models import Casualty, Incident, Location, Source


def minimal_incident(**overrides):
    fields = dict(id="abc", source=Source(doc_id="-"), scope="current", summary="A clash.", confidence=0.5)
    fields.update(overrides)
    return Incident(**fields)


def test_every_field_is_present_in_the_output_even_when_unknown():
    dumped = minimal_incident().model_dump(mode="json")
    assert dumped["killed"] is None and dumped["date"] is None
    assert dumped["locations"] == [] and dumped["casualties"] == [] and dumped["warnings"] == []


@pytest.mark.parametrize(
    "overrides",
    [
        {"scope": "rumour"},
        {"event_type": "Bombing"},
        {"killed": -1},
        {"confidence": 1.5},
        {"date": {"start": "07/11/2022", "end": "2022-11-07", "precision": "day", "method": "explicit", "text": "x", "start_char": 0, "end_char": 1}},
        {"unknown_field": 1},
    ],
)
def test_records_that_break_the_contract_are_rejected(overrides):
    with pytest.raises(ValidationError):
        Incident.model_validate({**minimal_incident().model_dump(mode="json"), **overrides})


@pytest.mark.parametrize("code", ["am", "ARM", "A1", ""])
def test_country_codes_are_iso_alpha2(code):
    with pytest.raises(ValidationError):
        Location(name="x", kind="country", country_code=code, text="x", start_char=0, end_char=1)


def test_records_are_frozen():
    record = minimal_incident()
    with pytest.raises(ValidationError):
        record.killed = 3


def test_casualty_qualifier_must_be_known():
    with pytest.raises(ValidationError):
        Casualty(type="killed", count=3, qualifier="roughly", text="3 killed", start_char=0, end_char=8)
