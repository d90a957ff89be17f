import json

import pytest

from incident_extractor.evaluation.gold import (
    GoldFormatError,
    gold_killed,
    matches_filters,
    parse_filter,
    parse_gold_row,
    read_gold,
    reports_incident,
    source_name,
)


def write_rows(path, rows):
    path.write_text("".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows))
    return str(path)


def test_read_gold_keeps_order_ids_and_limit(tmp_path):
    rows = [{"id": i, "text": f"Article {i}.", "gold": {"killed": i}} for i in range(5)]
    path = write_rows(tmp_path / "mini.dev.jsonl", rows[:2] + [""] + rows[2:])
    documents = list(read_gold(path, limit=3))
    assert [d.doc_id for d in documents] == ["0", "1", "2"]
    assert documents[2].gold == {"killed": 2} and documents[0].source == "mini.dev"


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "malformed JSON"),
        ("[1, 2]", "must be a JSON object"),
        ('{"id": "a", "gold": {}}', "no article text"),
        ('{"id": "a", "text": "x", "gold": [1]}', "'gold' must be an object"),
    ],
)
def test_bad_rows_name_the_line(line, message):
    with pytest.raises(GoldFormatError, match=message) as caught:
        parse_gold_row(line, where="g.jsonl:7", source="g")
    assert "g.jsonl:7" in str(caught.value)


def test_row_without_id_is_named_by_its_line():
    document = parse_gold_row('{"text": "Some news.", "published": "2020-01-02"}', where="g.jsonl:3", source="g")
    assert document.doc_id == "g.jsonl:3" and document.gold == {} and document.published == "2020-01-02"


def test_missing_gold_file_is_a_gold_format_error(tmp_path):
    with pytest.raises(GoldFormatError, match="nowhere.jsonl"):
        list(read_gold(str(tmp_path / "nowhere.jsonl")))


@pytest.mark.parametrize(
    "path, name", [("../eval/muc4.dev.jsonl", "muc4.dev"), ("a/b.ndjson", "b"), ("plain", "plain")]
)
def test_source_name(path, name):
    assert source_name(path) == name


@pytest.mark.parametrize(
    "gold, killed",
    [({"killed": 3}, 3), ({"killed_best": 5, "killed_low": 2}, 5), ({"killed": 0}, 0), ({"killed": None}, None), ({}, None)],
)
def test_gold_killed(gold, killed):
    assert gold_killed(gold) == killed


@pytest.mark.parametrize(
    "gold, reports",
    [
        ({"relevant": True}, True),
        ({"relevant": False, "killed": 4}, False),
        ({"killed": 0}, True),
        ({"date": "2019-01-01", "admin1": "Idlib"}, True),
        ({"actor_kinds": []}, False),
        ({"entities": [{"begin": 1}]}, False),
        ({}, False),
    ],
)
def test_reports_incident(gold, reports):
    assert reports_incident(gold) is reports


@pytest.mark.parametrize(
    "expression, parsed",
    [
        ("killed_stated=true", ("killed_stated", True)),
        ("killed=0", ("killed", 0)),
        ("country_code=SY", ("country_code", "SY")),
        (" split = train", ("split", " train")),
    ],
)
def test_parse_filter(expression, parsed):
    assert parse_filter(expression) == parsed


@pytest.mark.parametrize("expression", ["killed_stated", "=true"])
def test_parse_filter_rejects_non_pairs(expression):
    with pytest.raises(ValueError):
        parse_filter(expression)


def test_matches_filters():
    assert matches_filters({"killed_stated": True, "killed": 2}, {"killed_stated": True})
    assert not matches_filters({"killed_stated": None}, {"killed_stated": True})
    assert matches_filters({}, {})
