"""Gold files: one JSON object a line, `{"id", "text", "published"?, "title"?, "gold": {...}}`.

The format of ../shared/eval, adopted as the project's own (docs/evaluation.md lists the keys).
Every gold key is optional; a field is scored only where its key is present and not null.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

from incident_extractor.errors import IncidentsError
from incident_extractor.evaluation.datafiles import load_data


class GoldFormatError(IncidentsError):
    """A gold file that cannot be scored: the message names the file and line."""

    code = "E020"


@dataclass(frozen=True)
class GoldDocument:
    source: str  # the gold file's short name, e.g. "muc4.dev"
    doc_id: str
    text: str
    gold: dict[str, Any] = field(default_factory=dict)
    published: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    path: Optional[str] = None  # the gold file, which the extractor reads as its input


def source_name(path: str) -> str:
    name = Path(path).name
    for suffix in (".jsonl", ".ndjson"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def read_gold(path: str, *, limit: Optional[int] = None) -> Iterator[GoldDocument]:
    """The gold documents of one file, in file order; raise GoldFormatError on a row that is not one."""
    source = source_name(path)
    try:
        handle = open(path, encoding="utf-8")
    except OSError as error:
        raise GoldFormatError(f"{path}: {error.strerror or error}") from error
    count = 0
    with handle:
        for line_number, line in enumerate(handle, start=1):
            if limit is not None and count >= limit:
                return
            if not line.strip():
                continue
            yield parse_gold_row(line, where=f"{path}:{line_number}", source=source, path=path)
            count += 1


def parse_gold_row(line: str, *, where: str, source: str, path: Optional[str] = None) -> GoldDocument:
    try:
        row = json.loads(line)
    except json.JSONDecodeError as error:
        raise GoldFormatError(f"{where}: malformed JSON ({error.msg})") from error
    if not isinstance(row, dict):
        raise GoldFormatError(f"{where}: a gold line must be a JSON object")
    text, gold = row.get("text"), row.get("gold", {})
    if not isinstance(text, str) or not text.strip():
        raise GoldFormatError(f"{where}: no article text in key 'text'")
    if not isinstance(gold, dict):
        raise GoldFormatError(f"{where}: 'gold' must be an object")
    doc_id = row.get("id")
    return GoldDocument(
        source=source,
        doc_id=str(doc_id) if doc_id is not None else where,
        text=text,
        gold=gold,
        published=_optional_str(row.get("published")),
        title=_optional_str(row.get("title")),
        url=_optional_str(row.get("url")),
        path=path,
    )


def _optional_str(value: object) -> Optional[str]:
    return value if isinstance(value, str) and value.strip() else None


def gold_killed(gold: dict[str, Any]) -> Optional[int]:
    """The gold death toll: `killed`, else UCDP's best estimate `killed_best`."""
    for key in load_data("evaluation_gold_rules.json")["killed_keys"]:
        if isinstance(gold.get(key), int):
            return gold[key]
    return None


def gold_event_type(gold: dict[str, Any]) -> Optional[str]:
    """`event_type`, else a MUC-4 `incident_type` where it maps to one ACLED type without doubt."""
    if gold.get("event_type"):
        return gold["event_type"]
    incident_type = gold.get("incident_type")
    if isinstance(incident_type, str):
        return load_data("evaluation_gold_rules.json")["incident_type_to_event_type"].get(incident_type.upper())
    return None


def reports_incident(gold: dict[str, Any]) -> bool:
    """Whether the gold says the document reports an incident.

    MUC-4's `relevant` decides where present. Elsewhere a row reports an incident when the gold codes
    one: any incident field (a toll, a date, an event or incident type, actor kinds) is present. Gold
    files that code only entities (re3d) report none and are left out of doc_has_incident.
    """
    if isinstance(gold.get("relevant"), bool):
        return gold["relevant"]
    keys = load_data("evaluation_gold_rules.json")["incident_keys"]
    return any(gold.get(key) not in (None, [], "") for key in keys)


def reports_no_incident(gold: dict[str, Any]) -> bool:
    """Only an explicit `relevant: false` says a document reports no incident."""
    return gold.get("relevant") is False


def matches_filters(gold: dict[str, Any], filters: dict[str, Any]) -> bool:
    """`--where KEY=VALUE`: keep a document only if each gold key holds the value."""
    return all(gold.get(key) == value for key, value in filters.items())


def parse_filter(expression: str) -> tuple[str, Any]:
    """'killed_stated=true' -> ('killed_stated', True); values are read as JSON, else kept as text."""
    key, separator, raw = expression.partition("=")
    if not separator or not key.strip():
        raise ValueError(f"expected KEY=VALUE, got {expression!r}")
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        value = raw
    return key.strip(), value
