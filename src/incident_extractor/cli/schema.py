"""`incidents schema`: the JSON Schema of the incident record."""

from __future__ import annotations

import json


def schema() -> None:
    """Print the JSON Schema of the incident record (generated from the pydantic models)."""
    from incident_extractor.models import record_json_schema

    print(json.dumps(record_json_schema(), indent=2))
