import json

import pytest

from incident_extractor.evaluation.metrics import Outcome
from incident_extractor.evaluation.report import score_tables, scores_json, scores_markdown
from incident_extractor.evaluation.tally import MetricScore, Scoreboard, as_json_object


def board_of(rows):
    """rows: (source, [(metric, hit), ...]) per document."""
    board = Scoreboard()
    for source, results in rows:
        board.add_document(source, [Outcome(metric, hit, None, None) for metric, hit in results])
    return board


BOARD_ROWS = [
    ("wiki", [("killed_exact", True), ("country", True)]),
    ("wiki", [("killed_exact", False), ("country", True)]),
    ("muc", [("killed_exact", True), ("date_day", False)]),
]


@pytest.mark.parametrize("hits, n, value", [(0, 0, None), (1, 4, 0.25), (3, 3, 1.0)])
def test_metric_value(hits, n, value):
    assert MetricScore(hits, n).value == value


def test_total_adds_the_files():
    total = board_of(BOARD_ROWS).total()
    assert (total["killed_exact"].hits, total["killed_exact"].n) == (2, 3)
    assert (total["date_day"].hits, total["date_day"].n) == (0, 1)


def test_json_is_one_object_of_value_and_n_in_report_order():
    parsed = json.loads(scores_json(board_of(BOARD_ROWS)))
    assert list(parsed) == ["killed_exact", "date_day", "country"]
    assert parsed["killed_exact"] == {"value": round(2 / 3, 4), "n": 3}


def test_json_by_file_has_each_file_and_the_total():
    parsed = json.loads(scores_json(board_of(BOARD_ROWS), by_file=True))
    assert list(parsed["files"]) == ["wiki", "muc"]
    assert parsed["files"]["wiki"]["killed_exact"] == {"value": 0.5, "n": 2}
    assert "date_day" not in parsed["files"]["wiki"]  # a metric no document of the file has is left out
    assert parsed["total"]["country"] == {"value": 1.0, "n": 2}
    assert parsed["documents"] == {"wiki": 2, "muc": 1, "total": 3}


def test_unscored_metric_is_left_out_of_json():
    assert as_json_object({"killed_exact": MetricScore(0, 0)}) == {}


def test_markdown_table_by_file():
    lines = scores_markdown(board_of(BOARD_ROWS), by_file=True).splitlines()
    assert lines[0] == "| metric | wiki | muc | total |"
    assert lines[2] == "| documents | 2 | 1 | 3 |"
    assert "| killed_exact | 0.500 (n=2) | 1.000 (n=1) | 0.667 (n=3) |" in lines
    assert "| date_day | – | 0.000 (n=1) | 0.000 (n=1) |" in lines


def test_tables_one_per_file_then_total():
    from rich.console import Console

    tables = score_tables(board_of(BOARD_ROWS), by_file=True)
    console = Console(width=80, record=True, color_system=None)
    for table in tables:
        console.print(table)
    text = console.export_text()
    assert len(tables) == 3
    assert text.index("wiki: 2 document(s)") < text.index("muc: 1 document(s)") < text.index("total: 3")
    assert "0.667" in text


@pytest.mark.parametrize("by_file", [True, False])
def test_readme_table_from_saved_json_matches_the_direct_markdown(tmp_path, capsys, by_file):
    from incident_extractor.evaluation import readme_table

    board = board_of(BOARD_ROWS)
    saved = tmp_path / "scores.json"
    saved.write_text(scores_json(board, by_file=by_file))
    assert readme_table.main([str(saved)]) == 0
    printed = capsys.readouterr().out
    direct = scores_markdown(board, by_file=by_file)
    if by_file:
        assert printed == direct
    else:  # a plain report carries no document count
        assert printed == "\n".join(line for line in direct.splitlines() if "documents" not in line) + "\n"


def test_readme_table_refuses_a_file_that_is_not_json(tmp_path, capsys):
    from incident_extractor.evaluation import readme_table

    bad = tmp_path / "bad.json"
    bad.write_text("| not json |")
    assert readme_table.main([str(bad)]) == 2
    assert "bad.json" in capsys.readouterr().err
