"""Output files that survive an interrupt and can be completed later (--resume).

JSONL and CSV output to a file is written incrementally, one whole document at a time, next to a
progress journal `FILE.progress` (JSONL). After a document's records are flushed to FILE, one journal
line records its id, the SHA-1 of its cleaned text and FILE's byte length at that point. So:

- FILE only ever holds complete documents: on Ctrl-C (or any error) it is cut back to the end of the
  last journalled document, and it stays valid JSONL/CSV.
- `--resume` reads the journal, cuts FILE back to the last journalled length (dropping a document that
  was written but not journalled when the process was killed), skips the documents already written
  (same id and same text), and appends the rest. Documents are processed in input order, so the
  completed file is byte for byte what one uninterrupted run writes.
- Failed documents are not journalled: a resumed run tries them again.
JSON arrays and tables are written atomically instead (a temporary file renamed into place).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import IO, Optional

from incident_extractor.errors import UsageError

JOURNAL_SUFFIX = ".progress"
JOURNAL_VERSION = 1
RESUMABLE_FORMATS = ("jsonl", "csv")


def journal_path(output: str) -> str:
    return output + JOURNAL_SUFFIX


def read_journal(text: str) -> tuple[Optional[dict], list[dict]]:
    """The header and the document entries of a journal; a torn last line (killed mid-write) is ignored."""
    header, entries = None, []
    for line in text.splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            break
        if not isinstance(entry, dict):
            break
        if header is None:
            header = entry
        else:
            entries.append(entry)
    return header, entries


class JournaledOutput:
    """A resumable output file: open it, write a document's records, `commit` it, repeat."""

    def __init__(self, path: str, fmt: str, resume: bool):
        if fmt not in RESUMABLE_FORMATS:
            raise UsageError(f"--resume works with --format jsonl or csv, not {fmt}")
        self.path = path
        self.fmt = fmt
        self.journal_file = journal_path(path)
        self.done: Counter = Counter()  # (doc_id, content hash) -> how many copies are already written
        self.resumed_documents = 0
        self.committed_length = 0
        self.has_header = False
        self.handle: Optional[IO[str]] = None
        self._journal: Optional[IO[str]] = None
        self._resume = resume

    def open(self) -> IO[str]:
        if self._resume and os.path.exists(self.path):
            self._load_journal()
            mode = "r+"
        else:
            mode = "w"
        self.handle = open(self.path, mode, encoding="utf-8", newline="")
        if mode == "r+":
            self.handle.seek(0, os.SEEK_END)
            self._journal = open(self.journal_file, "a", encoding="utf-8")
        else:
            self._journal = open(self.journal_file, "w", encoding="utf-8")
        return self.handle

    def _load_journal(self) -> None:
        try:
            with open(self.journal_file, encoding="utf-8") as journal:
                header, entries = read_journal(journal.read())
        except FileNotFoundError:
            raise UsageError(
                f"--resume: {self.path} exists but has no {self.journal_file}; cannot tell which documents are "
                "done (remove the file, or run without --resume to start again)"
            ) from None
        if header is None or header.get("format") != self.fmt:
            found = header.get("format") if header else "nothing"
            raise UsageError(f"--resume: {self.path} was written as {found}, not --format {self.fmt}")
        self.has_header = True
        self.committed_length = int(entries[-1]["offset"] if entries else header["offset"])
        if os.path.getsize(self.path) < self.committed_length:
            raise UsageError(f"--resume: {self.path} is shorter than its journal says; run without --resume")
        for entry in entries:
            self.done[(entry["doc_id"], entry["sha1"])] += 1
        self.resumed_documents = len(entries)
        with open(self.path, "r+b") as raw:
            raw.truncate(self.committed_length)  # drop records written after the last journal line
        self._rewrite_journal(header, entries)

    def _rewrite_journal(self, header: dict, entries: list[dict]) -> None:
        with open(self.journal_file, "w", encoding="utf-8") as journal:  # without a torn last line
            for entry in [header, *entries]:
                journal.write(json.dumps(entry) + "\n")

    def already_written(self, doc_id: str, content_hash: str) -> bool:
        """True (once per copy written) for a document the interrupted run completed."""
        key = (doc_id, content_hash)
        if self.done[key] > 0:
            self.done[key] -= 1
            return True
        return False

    def _length(self) -> int:
        self.handle.flush()
        return self.handle.buffer.tell()

    def commit_header(self) -> None:
        """After the writer's header (CSV): the point a fresh file can be cut back to."""
        if not self.has_header:
            self.committed_length = self._length()
            self._append({"format": self.fmt, "version": JOURNAL_VERSION, "offset": self.committed_length})
            self.has_header = True

    def commit(self, doc_id: str, content_hash: str, records: int) -> None:
        self.committed_length = self._length()
        self._append({"doc_id": doc_id, "sha1": content_hash, "records": records, "offset": self.committed_length})

    def _append(self, entry: dict) -> None:
        self._journal.write(json.dumps(entry) + "\n")
        self._journal.flush()

    def close(self) -> None:
        """Cut the file back to the last committed document: whatever came after is not complete."""
        if self.handle is not None:
            try:
                self.handle.close()
            finally:  # truncate after closing, so no buffered text can land after the cut
                with open(self.path, "r+b") as raw:
                    raw.truncate(self.committed_length)
        if self._journal is not None:
            self._journal.close()
