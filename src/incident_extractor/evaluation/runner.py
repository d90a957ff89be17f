"""Gold documents in, predictions paired with them (from a run or from a file), outcomes tallied."""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from incident_extractor.evaluation.gold import GoldDocument, matches_filters, read_gold
from incident_extractor.evaluation.metrics import Outcome, score_document
from incident_extractor.evaluation.tally import Scoreboard
from incident_extractor.models import Incident

PART_SEPARATOR = "~part"  # how the reader names the parts of a long article (io/splitting.py)
MISS_TEXT_CHARS = 600  # enough of the article to see what the extractor read, short enough to scan
# slices of killed_exact: their misses are killed_exact misses already, so --errors lists each once
SLICE_METRICS = frozenset({"killed_exact_when_deaths", "killed_exact_when_none", "killed_exact_stated"})


@dataclass(frozen=True)
class Prediction:
    document: GoldDocument
    incidents: list[Incident] = field(default_factory=list)
    failure: Optional[str] = None  # why the extractor produced nothing for this document


def gold_documents(
    paths: Sequence[str], *, limit: Optional[int] = None, filters: Optional[dict[str, Any]] = None
) -> Iterator[GoldDocument]:
    """The documents to score: each file's first `limit` rows that pass the --where filters."""
    for path in paths:
        kept = 0
        for document in read_gold(path):
            if limit is not None and kept >= limit:
                break
            if filters and not matches_filters(document.gold, filters):
                continue
            kept += 1
            yield document


def predictions_from_records(
    documents: Iterable[GoldDocument], records: dict[str, list[Incident]]
) -> Iterator[Prediction]:
    """Pair documents with existing records by doc id (the parts of a long article count as the article);
    a document without records predicted nothing."""
    by_document: dict[str, list[Incident]] = defaultdict(list)
    for doc_id, incidents in records.items():
        by_document[base_document_id(doc_id)].extend(incidents)
    for document in documents:
        yield Prediction(document, by_document.get(document.doc_id, []))


def base_document_id(doc_id: str) -> str:
    """The input's id of a document the reader cut into parts ("id~part2" is a part of "id")."""
    return doc_id.split(PART_SEPARATOR, 1)[0]


def _wanted_items(items: Iterable, wanted: set[str]) -> Iterator:
    """The reader's items for the wanted documents; stop reading once all were seen (for --limit)."""
    seen: set[str] = set()
    for item in items:
        doc_id = base_document_id(item.meta.doc_id if hasattr(item, "meta") else item.doc_id)
        if doc_id in wanted:
            seen.add(doc_id)
            yield item
        elif seen == wanted:
            return


def _item_id(result) -> str:
    return result.document.meta.doc_id if result.document else result.failure.doc_id


def predictions_from_pipeline(documents: Iterable[GoldDocument], nlp, *, batch_size: int = 16) -> Iterator[Prediction]:
    """Run the extractor on each gold file exactly as `incidents extract FILE.jsonl` reads it.

    The reader keeps file order, so results are paired with gold rows in sequence: each result that
    is not a later part of a long article starts the next row with its id. Ids are checked, so a row
    the reader skipped cannot shift the pairing, and a repeated id (some dev files have them) pairs
    row by row. A document is yielded as soon as the reader has moved past it.
    """
    from incident_extractor.extract.run import extract_documents
    from incident_extractor.io.readers import ReaderOptions, read_inputs

    for path, group in groupby(documents, key=lambda document: document.path):
        pending = deque(group)
        current: Optional[GoldDocument] = None
        incidents: list[Incident] = []
        failure: Optional[str] = None
        items = _wanted_items(read_inputs([path], ReaderOptions()), {document.doc_id for document in pending})
        for result in extract_documents(nlp, items, batch_size=batch_size):
            item_id = _item_id(result)
            if current is None or PART_SEPARATOR not in item_id:
                if current is not None:
                    yield Prediction(current, incidents, failure)
                while pending and pending[0].doc_id != base_document_id(item_id):
                    yield _unread(pending.popleft())
                current, incidents, failure = (pending.popleft() if pending else None), [], None
                if current is None:
                    break
            if result.ok:
                incidents.extend(result.incidents)
            else:
                failure = result.failure.message
        if current is not None:
            yield Prediction(current, incidents, failure)
        while pending:
            yield _unread(pending.popleft())


def _unread(document: GoldDocument) -> Prediction:
    return Prediction(document, [], f"{document.doc_id}: the reader yielded no document with this id")


def miss_record(document: GoldDocument, outcome: Outcome) -> dict[str, Any]:
    """One line of --errors: enough to see the miss without opening the gold file."""
    return {
        "source": document.source,
        "doc_id": document.doc_id,
        "field": outcome.metric,
        "gold": outcome.gold,
        "predicted": outcome.predicted,
        "evidence": outcome.evidence,
        "text": document.text[:MISS_TEXT_CHARS],
    }


def score_predictions(
    predictions: Iterable[Prediction],
    *,
    on_miss: Optional[Callable[[dict[str, Any]], None]] = None,
    on_failure: Optional[Callable[[str], None]] = None,
) -> Scoreboard:
    """Tally every prediction; a failed document is scored as one that yielded no incidents."""
    board = Scoreboard()
    for prediction in predictions:
        if prediction.failure and on_failure:
            on_failure(prediction.failure)
        outcomes = score_document(prediction.document.gold, prediction.incidents)
        board.add_document(prediction.document.source, outcomes, failed=prediction.failure is not None)
        if on_miss:
            for outcome in outcomes:
                if not outcome.hit and outcome.metric not in SLICE_METRICS:
                    on_miss(miss_record(prediction.document, outcome))
    return board


def evaluate_files(
    paths: Sequence[str],
    *,
    predictions_path: Optional[str] = None,
    nlp=None,
    limit: Optional[int] = None,
    filters: Optional[dict[str, Any]] = None,
    batch_size: int = 16,
    on_miss: Optional[Callable[[dict[str, Any]], None]] = None,
    on_failure: Optional[Callable[[str], None]] = None,
) -> Scoreboard:
    """Score gold files: against the records in `predictions_path` if given, else against a run of `nlp`."""
    documents = gold_documents(paths, limit=limit, filters=filters)
    if predictions_path is not None:
        from incident_extractor.evaluation.predictions import read_predictions

        predictions = predictions_from_records(documents, read_predictions(predictions_path))
    else:
        if nlp is None:
            from incident_extractor.nlp.pipeline import build_pipeline

            nlp = build_pipeline()
        predictions = predictions_from_pipeline(documents, nlp, batch_size=batch_size)
    return score_predictions(predictions, on_miss=on_miss, on_failure=on_failure)
