import datetime as dt
import json

import pytest

from incident_extractor.evaluation import gate
from incident_extractor.evaluation.gate import GateError, failed_floors, floor_below, lower_floor, raise_floors, rehash

TODAY = dt.date(2024, 1, 2)


@pytest.mark.parametrize(
    "score, margin, n, floor",
    [
        (0.8, 0.03, 0, 0.77),
        (0.775, 0.03, 0, 0.74),
        (0.02, 0.03, 0, 0.0),
        (1.0, 0.0, 0, 1.0),
        (0.5, 0.02, 0, 0.48),
        (1.0, 0.05, 40, 0.95),  # 0.05 is more than one document of 40
        (1.0, 0.05, 10, 0.9),  # one document of 10 is more than 0.05
        (0.8, 0.05, 5, 0.6),
    ],
)
def test_floor_below(score, margin, n, floor):
    assert floor_below(score, margin, n) == floor


@pytest.mark.parametrize(
    "scores, floors, failing",
    [
        ({"country": {"value": 0.8, "n": 10}}, {"country": 0.8}, []),
        ({"country": {"value": 0.79, "n": 10}}, {"country": 0.8}, ["country"]),
        ({}, {"country": 0.0}, ["country"]),  # a metric that stopped being scored fails too
        ({"country": {"value": 0.9, "n": 10}, "admin1": {"value": 0.1, "n": 4}}, {"country": 0.5}, []),
    ],
)
def test_failed_floors(scores, floors, failing):
    assert [line.split(":")[0] for line in failed_floors(scores, floors)] == failing


def test_raise_never_lowers_and_records_what_moved():
    document = {"gold_sha256": "x", "floors": {"country": 0.9, "admin1": 0.2}, "history": []}
    scores = {"country": {"value": 0.5, "n": 9}, "admin1": {"value": 0.6, "n": 9}, "date_day": {"value": 0.4, "n": 9}}
    raised = raise_floors(document, scores, margin=0.05, today=TODAY)
    assert raised["floors"] == {"country": 0.9, "admin1": 0.48, "date_day": 0.28}  # one document of 9: 0.11
    assert raised["history"][-1]["floors"] == {"admin1": 0.48, "date_day": 0.28}
    assert document["floors"]["admin1"] == 0.2  # the input is left alone


def test_lower_records_the_reason():
    document = {"floors": {"country": 0.9}, "history": []}
    lowered = lower_floor(document, "country", 0.8, reason="new gazetteer trades recall for precision", today=TODAY)
    assert lowered["floors"]["country"] == 0.8
    assert lowered["history"] == [
        {"date": "2024-01-02", "action": "lower", "metric": "country", "old": 0.9, "new": 0.8,
         "reason": "new gazetteer trades recall for precision"}
    ]


@pytest.mark.parametrize(
    "metric, value, reason, message",
    [
        ("country", 0.8, "", "needs --reason"),
        ("country", 0.8, "   ", "needs --reason"),
        ("country", 0.95, "why", "not below"),
        ("country", -0.1, "why", "not below"),
        ("admin2", 0.1, "why", "has no floor"),
    ],
)
def test_lower_refuses(metric, value, reason, message):
    with pytest.raises(GateError, match=message):
        lower_floor({"floors": {"country": 0.9}}, metric, value, reason=reason, today=TODAY)


def test_rehash_needs_a_reason():
    with pytest.raises(GateError):
        rehash({"gold_sha256": "old"}, "new", reason="", today=TODAY)
    assert rehash({"gold_sha256": "old"}, "new", reason="added two articles", today=TODAY)["gold_sha256"] == "new"


@pytest.fixture
def gate_files(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "g1", "text": "Some news.", "gold": {"killed": 1}}\n')
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"gold_sha256": gate.file_sha256(gold), "floors": {"killed_exact": 0.5}, "history": []}))
    return gold, floors


def test_main_lower_rewrites_the_floors_file(gate_files):
    gold, floors = gate_files
    code = gate.main(["--gold", str(gold), "--floors", str(floors), "--lower", "killed_exact=0.25", "--reason", "r"])
    assert code == 0
    assert json.loads(floors.read_text())["floors"]["killed_exact"] == 0.25


@pytest.mark.parametrize("extra", [["--lower", "killed_exact=0.25"], ["--lower", "killed_exact"], ["--rehash"]])
def test_main_refuses_without_reason_or_value(gate_files, extra, capsys):
    gold, floors = gate_files
    before = floors.read_text()
    assert gate.main(["--gold", str(gold), "--floors", str(floors), *extra]) == 2
    assert floors.read_text() == before
    assert "gate:" in capsys.readouterr().err


def test_main_check_refuses_a_changed_gold_file(gate_files, capsys):
    gold, floors = gate_files
    gold.write_text(gold.read_text() + '{"id": "g2", "text": "More news.", "gold": {}}\n')
    assert gate.main(["--gold", str(gold), "--floors", str(floors)]) == 2
    assert "--rehash" in capsys.readouterr().err
