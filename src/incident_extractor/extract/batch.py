"""A whole `incidents extract` run: inputs in, records out, failures reported, nothing lost.

Streams from the readers through the pipeline to the writer, one document at a time, so memory does
not grow with the number of documents (the table format, which needs every row to size its columns,
is the one exception). See io/resume.py for how file output survives Ctrl-C and is resumed.
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from dataclasses import dataclass, field
from typing import IO, Iterator, Optional

from incident_extractor.io.document import InputDocument, ReadFailure
from incident_extractor.io.readers import ReaderOptions, read_inputs
from incident_extractor.io.resume import RESUMABLE_FORMATS, JournaledOutput


@dataclass
class BatchJob:
    paths: list[str]
    reader: ReaderOptions = field(default_factory=ReaderOptions)
    fmt: str = "jsonl"
    output: Optional[str] = None  # None or "-" = stdout
    errors_file: Optional[str] = None  # failures as JSONL, one per line
    resume: bool = False
    workers: int = 1
    batch_size: int = 16
    progress: Optional[bool] = None  # None = when stderr is a terminal


@dataclass
class BatchSummary:
    documents: int = 0  # processed in this run, failures included
    failed: int = 0
    skipped: int = 0  # already in the output (--resume)
    incidents: int = 0
    interrupted: bool = False

    @property
    def exit_code(self) -> int:
        return 130 if self.interrupted else (1 if self.failed else 0)


def writes_to_file(job: BatchJob) -> bool:
    return job.output not in (None, "-")


def run_batch(nlp, job: BatchJob, stdout: IO[str], *, stdin=None, to_incidents=None) -> BatchSummary:
    """Run one job; raises UsageError (before any work) for options that cannot work together."""
    from incident_extractor.errors import UsageError
    from incident_extractor.extract.run import extract_documents
    from incident_extractor.io.progress import make_progress
    from incident_extractor.io.writers import atomic_output, make_writer

    if job.resume and not writes_to_file(job):
        raise UsageError("--resume needs --output FILE (the file to complete)")
    journaled = writes_to_file(job) and job.fmt in RESUMABLE_FORMATS
    summary = BatchSummary()
    journal = JournaledOutput(job.output, job.fmt, job.resume) if journaled else None
    items = read_inputs(job.paths, job.reader, stdin=stdin)
    try:
        with ExitStack() as stack:
            errors = stack.enter_context(open(job.errors_file, "w", encoding="utf-8")) if job.errors_file else None
            if journal is not None:
                handle = journal.open()
                stack.callback(journal.close)
                items = _skip_written(items, journal, summary)
            else:
                handle = stack.enter_context(atomic_output(job.output, stdout))
            writer = make_writer(job.fmt, handle, write_header=not (journal and journal.has_header))
            if journal is not None:
                journal.commit_header()
            progress = stack.enter_context(
                make_progress(job.progress, job.paths, job.reader.include, job.reader.exclude)
            )
            results = extract_documents(
                nlp, items, batch_size=job.batch_size, n_process=job.workers, to_incidents=to_incidents
            )
            for result in results:
                summary.documents += 1
                if not result.ok:
                    summary.failed += 1
                    report_failure(result.failure, errors)
                    progress.advance(1)
                    continue
                for record in result.incidents:
                    writer.write(record)
                summary.incidents += len(result.incidents)
                if journal is not None:
                    journal.commit(result.document.meta.doc_id, result.document.content_hash, len(result.incidents))
                progress.advance(1, len(result.incidents))
            writer.close()  # JSONL and CSV writers add nothing on close: the journal's last offset holds
    except KeyboardInterrupt:
        summary.interrupted = True
    return summary


def _skip_written(items, journal: JournaledOutput, summary: BatchSummary) -> Iterator:
    for item in items:
        if isinstance(item, InputDocument) and journal.already_written(item.meta.doc_id, item.content_hash):
            summary.skipped += 1
            continue
        yield item


def report_failure(failure: ReadFailure, errors: Optional[IO[str]]) -> None:
    """One line on stderr; one JSON object in the --errors file when there is one."""
    print(f"incidents: [{failure.code}] {failure.message}", file=sys.stderr, flush=True)
    if errors is not None:
        errors.write(json.dumps(failure.as_json(), ensure_ascii=False) + "\n")
        errors.flush()
