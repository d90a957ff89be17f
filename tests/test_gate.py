"""The quality gate: the real pipeline on tests/gate/gold.jsonl must reach every pinned floor.

Floors live in tests/gate/floors.json. They move up with
`python -m incident_extractor.evaluation.gate --raise` and down only with
`--lower METRIC=VALUE --reason "..."` (the reason goes in the commit message too); a changed gold
file needs `--rehash --reason "..."`. See docs/evaluation.md.
"""

import json
from pathlib import Path

import pytest

from incident_extractor.evaluation.gate import failed_floors, file_sha256, load_floors, score_gate
from incident_extractor.evaluation.gold import read_gold

GATE = Path(__file__).parent / "gate"
GOLD, FLOORS = GATE / "gold.jsonl", GATE / "floors.json"
# every field the scorer knows must be exercised by the project's own gold file
REQUIRED_GOLD_KEYS = ("killed", "injured", "date", "country_code", "admin1", "lat", "event_type", "actor_kinds", "relevant")


def test_gold_file_is_the_one_the_floors_were_pinned_on():
    assert load_floors(FLOORS)["gold_sha256"] == file_sha256(GOLD), (
        "tests/gate/gold.jsonl changed: run python -m incident_extractor.evaluation.gate --rehash --reason '...'"
    )


def test_gold_file_covers_every_field():
    documents = list(read_gold(str(GOLD)))
    assert len(documents) >= 40
    assert len({d.doc_id for d in documents}) == len(documents)
    for key in REQUIRED_GOLD_KEYS:
        assert sum(1 for d in documents if d.gold.get(key) not in (None, [])) >= 3, key
    assert any(d.gold.get("killed") == 0 for d in documents)
    assert any(d.text.isupper() for d in documents)  # wire text in capitals
    assert any(d.published is None for d in documents)  # anchored by a dateline only


def test_every_floor_is_a_score_between_0_and_1():
    floors = load_floors(FLOORS)["floors"]
    assert floors and all(0.0 <= value <= 1.0 for value in floors.values())


@pytest.fixture(scope="module")
def gate_scores():
    return score_gate(GOLD)


def test_scores_reach_their_floors(gate_scores):
    failures = failed_floors(gate_scores, load_floors(FLOORS)["floors"])
    assert not failures, "\n".join(failures) + "\nscores: " + json.dumps(gate_scores)
