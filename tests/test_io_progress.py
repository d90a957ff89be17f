import pytest

from incident_extractor.io.progress import BarProgress, NoProgress, estimate_documents, make_progress


def test_estimate_counts_files_lines_and_rows(tmp_path):
    (tmp_path / "a.txt").write_text("One article.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"text": "1"}\n{"text": "2"}\n{"text": "3"}\n', encoding="utf-8")
    (tmp_path / "c.csv").write_text("text\none\ntwo\n", encoding="utf-8")
    assert estimate_documents([str(tmp_path), str(tmp_path / "missing")]) == 1 + 3 + 2 + 1
    assert estimate_documents([str(tmp_path), "-"]) is None


@pytest.mark.parametrize("enabled, kind", [(False, NoProgress), (True, BarProgress)])
def test_progress_only_when_asked_or_on_a_terminal(tmp_path, enabled, kind):
    (tmp_path / "a.txt").write_text("One article.", encoding="utf-8")
    progress = make_progress(enabled, [str(tmp_path)])
    assert type(progress) is kind
    with progress:
        progress.advance(1, 2)
        progress.advance(1, 0)  # more documents than estimated: the total grows
    if kind is BarProgress:
        task = progress.progress.tasks[0]
        assert task.completed == 2 and task.total == 2 and progress.incidents == 2


def test_no_progress_when_stderr_is_not_a_terminal(tmp_path):
    assert type(make_progress(None, [str(tmp_path)])) is NoProgress
