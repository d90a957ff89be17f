import io

import pytest

from incident_extractor.io.writers import CsvWriter, make_writer, neutralise_cell
from incident_extractor.models import Incident, Source


@pytest.mark.parametrize(
    "value, expected",
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("  =1+1", "'  =1+1"),
        ("\tcmd", "'\tcmd"),
        ("＝1+1", "'＝1+1"),
        ("-3", "-3"),
        ("-12.5", "-12.5"),
        ("-inf", "'-inf"),
        ("Rebels - and soldiers", "Rebels - and soldiers"),
        (None, ""),
        (12, "12"),
    ],
)
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected


def incident(summary: str) -> Incident:
    return Incident(id="x1", source=Source(doc_id="d"), scope="current", summary=summary, confidence=0.5, killed=2)


def test_csv_rows_are_neutralised_and_header_optional():
    out = io.StringIO()
    writer = CsvWriter(out)
    writer.write(incident("=cmd|' /C calc'!A0 was typed by a reader"))
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("event_date,")
    assert "'=cmd" in lines[1]
    appended = io.StringIO()
    make_writer("csv", appended, write_header=False).write(incident("Two died."))
    assert not appended.getvalue().startswith("event_date")


def test_json_array_is_valid_with_and_without_records():
    import json

    for count in (0, 2):
        out = io.StringIO()
        writer = make_writer("json", out)
        for _ in range(count):
            writer.write(incident("Two died."))
        writer.close()
        assert len(json.loads(out.getvalue())) == count
