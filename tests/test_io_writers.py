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


@pytest.mark.parametrize(
    "start, end, precision, shown",
    [
        ("2022-11-07", "2022-11-07", "day", "2022-11-07"),
        ("2022-09-01", "2022-09-30", "month", "2022-09"),
        ("2020-01-01", "2020-12-31", "year", "2020"),
        ("2021-03-01", "2021-03-07", "week", "2021-03-01..2021-03-07"),
    ],
)
def test_table_dates_are_as_short_as_their_precision(start, end, precision, shown):
    from incident_extractor.io.table import _date
    from incident_extractor.models import DateRange

    date = DateRange(start=start, end=end, precision=precision, method="explicit", text="t", start_char=0, end_char=1)
    record = incident("x").model_copy(update={"date": date})
    assert _date(record) == shown


def test_table_cells_are_text_not_markup():
    from incident_extractor.models import Actor

    actor = Actor(name="[bold]Front[/bold]", role="perpetrator", text="Front", start_char=0, end_char=5)
    record = incident("x").model_copy(update={"actors": [actor]})
    out = io.StringIO()
    writer = make_writer("table", out)
    writer.width = 200
    writer.write(record)
    writer.close()
    assert "[bold]Front[/bold] (perpetrator)" in out.getvalue()
