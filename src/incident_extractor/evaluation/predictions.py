"""Existing output as predictions: the JSONL records `incidents extract --format jsonl` writes."""

from __future__ import annotations

from collections import defaultdict

from pydantic import ValidationError

from incident_extractor.evaluation.gold import GoldFormatError
from incident_extractor.models import Incident


def read_predictions(path: str) -> dict[str, list[Incident]]:
    """Records grouped by `source.doc_id`, in file order; raise GoldFormatError on a line that is not one."""
    by_document: dict[str, list[Incident]] = defaultdict(list)
    try:
        handle = open(path, encoding="utf-8")
    except OSError as error:
        raise GoldFormatError(f"--predictions {path}: {error.strerror or error}") from error
    with handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = Incident.model_validate_json(line)
            except ValidationError as error:
                first = error.errors()[0]
                where = ".".join(str(part) for part in first["loc"]) or "record"
                raise GoldFormatError(
                    f"--predictions {path}:{line_number}: not an incident record ({where}: {first['msg']})"
                ) from error
            by_document[record.source.doc_id].append(record)
    return dict(by_document)
