"""The evaluation's tables live in JSON data files; read each once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def load_data(name: str) -> dict:
    """A JSON table from src/incident_extractor/data, keys starting with '_' (comments) dropped."""
    text = resources.files("incident_extractor.data").joinpath(name).read_text(encoding="utf-8")
    return _without_comments(json.loads(text))


def _without_comments(value):
    if isinstance(value, dict):
        return {key: _without_comments(item) for key, item in value.items() if not key.startswith("_")}
    return value
