"""The word lists of data/casualty_wire.json, loaded once (the wire-text rules and the person-only verbs)."""

from __future__ import annotations

import json
from functools import lru_cache

from incident_extractor.casualties.lexicon import DATA_DIR


@lru_cache(maxsize=1)
def wire_tables() -> dict:
    return json.loads((DATA_DIR / "casualty_wire.json").read_text("utf-8"))
