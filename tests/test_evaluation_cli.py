"""The evaluate command on existing predictions: no pipeline, no model."""

import json

import pytest
from typer.testing import CliRunner

from incident_extractor.cli import app
from test_evaluation_builders import incident, location

GOLD = [
    {"id": "a", "text": "Two people died in Testville.", "gold": {"killed": 2, "country_code": "KE"}},
    {"id": "d", "text": "Three people died.", "gold": {"killed": 3, "killed_stated": True}},
    {"id": "b", "text": "Nothing of note happened.", "gold": {"relevant": False}},
    {"id": "c", "text": "Four were hurt.", "gold": {"killed": 0, "injured": 4, "killed_stated": True}},
]
PREDICTED = [
    incident(doc_id="a", killed=2, locations=[location(code="TZ")]),
    incident(doc_id="c", injured=3),
]


@pytest.fixture
def files(tmp_path):
    gold = tmp_path / "mini.jsonl"
    gold.write_text("".join(json.dumps(row) + "\n" for row in GOLD))
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text("".join(record.model_dump_json() + "\n" for record in PREDICTED))
    return gold, predictions, tmp_path


def run(*args):
    return CliRunner().invoke(app, ["evaluate", *map(str, args)])


def test_json_scores_from_predictions(files):
    gold, predictions, _ = files
    result = run(gold, "--predictions", predictions, "--format", "json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["killed_exact"] == {"value": 0.6667, "n": 3}
    assert scores["killed_exact_when_none"] == {"value": 1.0, "n": 1}
    assert scores["killed_exact_when_deaths"] == {"value": 0.5, "n": 2}
    assert scores["killed_exact_stated"] == {"value": 0.5, "n": 2}
    assert scores["injured_exact"] == {"value": 0.0, "n": 1}
    assert scores["country"] == {"value": 0.0, "n": 1}
    assert scores["doc_has_incident"] == {"value": 0.6667, "n": 3}
    assert scores["doc_no_incident"] == {"value": 1.0, "n": 1}


def test_errors_file_lists_every_miss(files):
    gold, predictions, tmp = files
    errors = tmp / "misses.jsonl"
    result = run(gold, "-p", predictions, "--errors", errors, "--format", "json")
    assert result.exit_code == 0, result.output
    misses = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [(m["doc_id"], m["field"]) for m in misses] == [
        ("a", "country"),
        ("d", "killed_exact"),  # once, not again for its slices
        ("d", "doc_has_incident"),
        ("c", "injured_exact"),
    ]
    assert misses[0]["gold"] == "KE" and misses[0]["predicted"] == ["TZ"]
    assert misses[0]["text"].startswith("Two people died") and misses[0]["source"] == "mini"


@pytest.mark.parametrize(
    "extra, metric, n",
    [
        (["--limit", "1"], "killed_exact", 1),
        (["--where", "killed_stated=true"], "killed_exact", 2),
        (["--where", "relevant=false"], "doc_no_incident", 1),
    ],
)
def test_limit_and_where_select_documents(files, extra, metric, n):
    gold, predictions, _ = files
    result = run(gold, "-p", predictions, "-f", "json", *extra)
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores[metric]["n"] == n
    assert sum(1 for value in scores.values() if value["n"] > n) == 0


def test_markdown_by_file_to_output_file(files):
    gold, predictions, tmp = files
    out, other = tmp / "new-folder" / "scores.md", tmp / "other.jsonl"
    other.write_text(gold.read_text())
    result = run(gold, other, "-p", predictions, "-f", "markdown", "--by-file", "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    lines = out.read_text().splitlines()
    assert lines[0] == "| metric | mini | other | total |"
    assert lines[2] == "| documents | 4 | 4 | 8 |"


def test_default_table_and_summary_on_stderr(files):
    gold, predictions, _ = files
    result = run(gold, "-p", predictions)
    assert result.exit_code == 0
    assert "killed_exact" in result.stdout and "total: 4 document(s)" in result.stdout
    assert "scored 4 document(s)" in result.stderr and "scored" not in result.stdout


@pytest.mark.parametrize(
    "make_args, message",
    [
        (lambda g, p, t: [t / "missing.jsonl", "-p", p], "missing.jsonl"),
        (lambda g, p, t: [g, "-p", t / "missing-pred.jsonl"], "--predictions"),
        (lambda g, p, t: [g, "-p", g], "not an incident record"),
        (lambda g, p, t: [g, "-p", p, "--where", "killed"], "--where"),
    ],
)
def test_usage_errors_exit_2_and_name_the_culprit(files, make_args, message):
    gold, predictions, tmp = files
    result = run(*make_args(gold, predictions, tmp))
    assert result.exit_code == 2
    assert message in result.stderr and result.stdout == ""
