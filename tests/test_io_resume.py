"""Interrupted runs leave valid files, and --resume completes them to what one run writes."""

import json

import pytest

from incident_extractor.errors import UsageError
from incident_extractor.extract.batch import BatchJob, run_batch
from incident_extractor.io.readers import ReaderOptions
from incident_extractor.io.resume import journal_path, read_journal

from test_io_runner import blank_pipeline, one_incident_per_sentence


def write_inputs(folder, count=12):
    rows = [
        {"id": f"n{n}", "text": " ".join(f"Event {k} in report {n}." for k in range(n % 3 + 1))} for n in range(count)
    ]
    if count > 8:
        rows[5]["text"] = ""  # a failing row: never journalled, tried again on resume
        rows[8] = dict(rows[2])  # the same document twice: both copies must be written
    path = folder / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return str(path)


class StopAfter:
    """An assembler that is interrupted (Ctrl-C) when it reaches the nth document."""

    def __init__(self, documents: int):
        self.left = documents

    def __call__(self, doc):
        if self.left == 0:
            raise KeyboardInterrupt
        self.left -= 1
        return one_incident_per_sentence(doc)


def run(paths, output, fmt="jsonl", resume=False, to_incidents=one_incident_per_sentence, stdout=None):
    job = BatchJob(paths=[paths], reader=ReaderOptions(), fmt=fmt, output=output, resume=resume, progress=False)
    return run_batch(blank_pipeline(), job, stdout, to_incidents=to_incidents)


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
@pytest.mark.parametrize("stop_after", [0, 1, 4, 9])
def test_interrupted_then_resumed_equals_one_run(tmp_path, fmt, stop_after):
    source = write_inputs(tmp_path)
    whole, partial = str(tmp_path / f"whole.{fmt}"), str(tmp_path / f"partial.{fmt}")
    assert run(source, whole, fmt).exit_code == 1  # the empty row fails
    interrupted = run(source, partial, fmt, to_incidents=StopAfter(stop_after))
    assert interrupted.interrupted and interrupted.exit_code == 130
    text = open(partial, encoding="utf-8").read()
    if fmt == "jsonl":
        assert all(json.loads(line) for line in text.splitlines())  # complete records only
    assert open(whole, encoding="utf-8").read().startswith(text)
    resumed = run(source, partial, fmt, resume=True)
    assert resumed.skipped == stop_after
    assert open(partial, encoding="utf-8").read() == open(whole, encoding="utf-8").read()


def test_a_killed_run_with_a_torn_record_and_journal_line_resumes_exactly(tmp_path):
    source = write_inputs(tmp_path)
    whole, partial = str(tmp_path / "whole.jsonl"), str(tmp_path / "partial.jsonl")
    run(source, whole)
    run(source, partial, to_incidents=StopAfter(3))
    with open(partial, "a", encoding="utf-8") as out:  # written but never journalled, then killed
        out.write('{"id": "half a rec')
    with open(journal_path(partial), "a", encoding="utf-8") as journal:
        journal.write('{"doc_id": "n3", "sh')
    run(source, partial, resume=True)
    assert open(partial, encoding="utf-8").read() == open(whole, encoding="utf-8").read()


def test_resuming_a_finished_file_changes_nothing(tmp_path):
    source = write_inputs(tmp_path)
    out = str(tmp_path / "out.jsonl")
    run(source, out)
    before = open(out, encoding="utf-8").read()
    summary = run(source, out, resume=True)
    assert summary.skipped == 11 and open(out, encoding="utf-8").read() == before


def test_changed_text_is_processed_again(tmp_path):
    source = write_inputs(tmp_path, 4)
    out = str(tmp_path / "out.jsonl")
    run(source, out)
    lines = open(source, encoding="utf-8").read().replace("report 3.", "report three.")
    open(source, "w", encoding="utf-8").write(lines)
    assert run(source, out, resume=True).skipped == 3


@pytest.mark.parametrize(
    "setup, message",
    [
        ("no_journal", "cannot tell which documents are done"),
        ("other_format", "was written as jsonl"),
    ],
)
def test_resume_refuses_what_it_cannot_complete(tmp_path, setup, message):
    source = write_inputs(tmp_path, 3)
    out = str(tmp_path / "out.data")
    run(source, out)
    if setup == "no_journal":
        (tmp_path / "out.data.progress").unlink()
    with pytest.raises(UsageError, match=message):
        run(source, out, fmt="csv" if setup == "other_format" else "jsonl", resume=True)


def test_resume_of_a_missing_file_starts_it(tmp_path):
    source = write_inputs(tmp_path, 3)
    out = tmp_path / "new.jsonl"
    assert run(source, str(out), resume=True).documents == 3 and out.exists()


def test_torn_journal_lines_are_ignored():
    journal = '{"format": "jsonl", "offset": 0}\n{"doc_id": "a", "sha1": "x", "offset": 10}\n{"doc_'
    header, entries = read_journal(journal)
    assert header["format"] == "jsonl" and [e["doc_id"] for e in entries] == ["a"]
