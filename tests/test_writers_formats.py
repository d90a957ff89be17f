"""Writers: JSON, JSONL, CSV (spreadsheet-safe) and the table, on hand-built records."""

import csv
import io
import json

import pytest

from incident_extractor.io.writers import CSV_COLUMNS, atomic_output, neutralise_cell, write_all
from incident_extractor.models import Actor, DateRange, Incident, Location, Source


def sample_record(summary="Gunmen attacked a checkpoint.", killed=3):
    return Incident(
        id="r1",
        source=Source(doc_id="doc-1", path="a.txt"),
        scope="current",
        event_type="Battles",
        sub_event_type="Armed clash",
        summary=summary,
        date=DateRange(start="2022-11-07", end="2022-11-07", precision="day", method="explicit", text="November 7", start_char=0, end_char=10),
        locations=[Location(name="Jalalabad", kind="place", country_code="AF", countries=["AF"], admin1="Nangarhar", latitude=34.43, longitude=70.45, text="Jalalabad", start_char=20, end_char=29)],
        actors=[Actor(name="gunmen", role="perpetrator", kind="rebel_group", text="Gunmen", start_char=0, end_char=6)],
        killed=killed,
        injured=None,
        confidence=0.8,
    )


@pytest.mark.parametrize(
    "value, expected",
    [("=SUM(A1)", "'=SUM(A1)"), ("+44 123", "'+44 123"), ("-cmd", "'-cmd"), ("@user", "'@user"), ("-12", "-12"), ("plain", "plain"), (None, "")],
)
def test_cells_that_spreadsheets_would_run_are_neutralised(value, expected):
    assert neutralise_cell(value) == expected


def test_csv_has_the_documented_columns_and_one_row_per_incident():
    handle = io.StringIO()
    write_all([sample_record(), sample_record(summary="=HYPERLINK(x)", killed=0)], "csv", handle)
    rows = list(csv.DictReader(io.StringIO(handle.getvalue())))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert [r["fatalities"] for r in rows] == ["3", "0"]
    assert rows[0]["event_date"] == "2022-11-07" and rows[0]["country"] == "AF"
    assert rows[1]["notes"].startswith("'=")


@pytest.mark.parametrize("count", [0, 1, 3])
def test_json_array_is_valid_for_any_number_of_records(count):
    handle = io.StringIO()
    write_all([sample_record() for _ in range(count)], "json", handle)
    assert len(json.loads(handle.getvalue())) == count


def test_jsonl_is_one_valid_record_per_line():
    handle = io.StringIO()
    write_all([sample_record(), sample_record(killed=5)], "jsonl", handle)
    lines = handle.getvalue().splitlines()
    assert [json.loads(line)["killed"] for line in lines] == [3, 5]


def test_table_renders_the_fields_a_reader_looks_for():
    handle = io.StringIO()
    from incident_extractor.io.writers import TableWriter

    writer = TableWriter(handle, width=160)
    writer.write(sample_record())
    writer.close()
    text = handle.getvalue()
    assert "2022-11-07" in text and "Jalalabad (AF)" in text and "Armed clash" in text


def test_atomic_output_leaves_nothing_behind_when_writing_fails(tmp_path):
    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError):
        with atomic_output(str(target), None) as handle:
            handle.write("partial")
            raise RuntimeError("boom")
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
