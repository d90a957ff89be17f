import io
import json

import pytest

from incident_extractor.io.document import InputDocument, ReadFailure
from incident_extractor.io.readers import ReaderOptions, read_handle
from incident_extractor.io.tabular import Row, read_csv, read_jsonl

OPTIONS = ReaderOptions()


def rows_of(reader, data: bytes, **kwargs):
    return list(reader(io.BufferedReader(io.BytesIO(data)), "in", OPTIONS, "in", **kwargs))


def jsonl(*objects) -> bytes:
    return "".join((o if isinstance(o, str) else json.dumps(o)) + "\n" for o in objects).encode("utf-8")


def test_jsonl_lines_become_rows_and_bad_lines_failures():
    data = jsonl(
        {"id": "a", "text": "A bomb exploded.", "published": "2022-11-07T10:00:00Z", "title": "Blast", "url": "u"},
        "{not json",
        {"id": "c", "body": "text under another key"},
        "[1, 2]",
        "",
        {"text": "Two were hurt.", "date": "2021-01-02"},
    )
    results = rows_of(read_jsonl, data)
    first = Row(doc_id="a", text="A bomb exploded.", title="Blast", url="u", published="2022-11-07T10:00:00Z")
    assert results[0] == first
    assert [r.code for r in results[1:4]] == ["E015", "E016", "E015"]
    assert results[1].doc_id == "in:2" and "malformed JSON" in results[1].message
    assert "'text'" in results[2].message and "--text-key" in results[2].message
    assert results[4] == Row(doc_id="in:6", text="Two were hurt.", published="2021-01-02")


def test_jsonl_with_bom_and_invalid_utf8_line(capsys):
    data = b"\xef\xbb\xbf" + jsonl({"text": "First."}) + b'{"text": "caf\xe9"}\n'
    results = rows_of(read_jsonl, data)
    assert [r.text for r in results] == ["First.", "café"]
    assert "in:2" in capsys.readouterr().err


def test_jsonl_in_utf16():
    data = jsonl({"text": "Shelling hit the town."}).decode("utf-8").encode("utf-16")
    assert [r.text for r in rows_of(read_jsonl, data)] == ["Shelling hit the town."]


@pytest.mark.parametrize("data, code", [(b"", "E013"), (b"\n\n", "E013"), (b"\x00\x00\x01binary", "E014")])
def test_jsonl_unusable_files(data, code):
    (failure,) = rows_of(read_jsonl, data)
    assert failure.code == code


def test_csv_rows_and_keys():
    data = "id,text,published\n1,\"Clashes, then calm.\",2020-05-01\n2,,2020-05-02\n".encode("utf-8")
    results = rows_of(read_csv, data)
    assert results[0] == Row(doc_id="1", text="Clashes, then calm.", published="2020-05-01")
    assert isinstance(results[1], ReadFailure) and results[1].doc_id == "in:2"


def test_tsv_and_cp1252(capsys):
    data = "text\tid\nLe caf\u00e9 a br\u00fbl\u00e9.\tx\n".encode("cp1252")
    (row,) = rows_of(read_csv, data, delimiter="\t")
    assert row.text == "Le café a brûlé." and row.doc_id == "x"
    assert "cp1252" in capsys.readouterr().err


def test_csv_without_the_text_column_is_one_failure_naming_the_columns():
    (failure,) = rows_of(read_csv, b"id,body\n1,some text\n")
    assert failure.code == "E017" and "columns: id, body" in failure.message and "--text-key" in failure.message


def test_custom_keys_through_read_handle():
    options = ReaderOptions(text_key="body", id_key="uid", published_key="day", clean=False)
    data = jsonl({"uid": 7, "body": "Rebels seized the town.", "day": "2019-03-04"})
    (doc,) = list(read_handle(io.BytesIO(data), "x.jsonl", "x.jsonl", ".jsonl", options))
    assert isinstance(doc, InputDocument)
    assert doc.meta.doc_id == "7" and doc.metadata_published.isoformat() == "2019-03-04"
    assert doc.meta.published_from == "metadata"


def test_stdin_is_sniffed_as_jsonl_or_text():
    as_jsonl = list(read_handle(io.BytesIO(jsonl({"text": "One."}, {"text": "Two."})), "-", None, "", OPTIONS))
    as_text = list(read_handle(io.BytesIO(b"{curly} but not JSON.\nSecond line."), "-", None, "", OPTIONS))
    assert [d.text for d in as_jsonl] == ["One.", "Two."]
    long_line = jsonl({"text": "Shelling went on. " * 2000})  # longer than what the sniffing peeks at
    (document,) = list(read_handle(io.BytesIO(long_line), "-", None, "", OPTIONS))
    assert document.text.startswith("Shelling went on.") and "{" not in document.text
    assert [d.meta.doc_id for d in as_text] == ["-"]
