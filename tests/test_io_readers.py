import io

import pytest

from incident_extractor.io.document import InputDocument, ReadFailure
from incident_extractor.io.readers import ReaderOptions, read_handle, read_inputs

PARAGRAPH = "Troops and rebels fought for control of the hill road near the river town. " * 12


def test_a_big_text_file_is_read_in_parts_and_nothing_is_lost(tmp_path, capsys):
    text = "\n\n".join(f"{n}. {PARAGRAPH.strip()}" for n in range(6000))  # about 5.5 MB
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    documents = list(read_inputs([str(path)], ReaderOptions(max_chars=100_000)))
    assert all(isinstance(d, InputDocument) and len(d.text) <= 100_000 for d in documents)
    assert "".join(d.text for d in documents) == text
    assert documents[0].meta.doc_id == str(path) and documents[1].meta.doc_id == f"{path}~part2"
    assert "processed in parts" in capsys.readouterr().err


@pytest.mark.parametrize(
    "suffix, data, fmt",
    [
        (".txt", b"Plain article text.", "text"),
        ("", b"<!doctype html><html><body><article><p>" + PARAGRAPH.encode() + b"</p></article></body></html>", "html"),
        (".htm", b"<html><body><article><p>" + PARAGRAPH.encode() + b"</p></article></body></html>", "html"),
    ],
)
def test_format_by_extension_or_content(suffix, data, fmt):
    (doc,) = list(read_handle(io.BytesIO(data), f"x{suffix}", None, suffix, ReaderOptions()))
    assert isinstance(doc, InputDocument)
    assert ("Troops" in doc.text) is (fmt == "html")


def test_input_format_option_overrides_the_extension():
    data = b'{"text": "Read as JSONL although named .txt"}\n'
    (doc,) = list(read_handle(io.BytesIO(data), "x.txt", None, ".txt", ReaderOptions(input_format="jsonl")))
    assert doc.text == "Read as JSONL although named .txt"


def test_no_clean_keeps_the_text_as_given():
    data = b"Related Articles\nBack to Top\nA bomb exploded."
    (doc,) = list(read_handle(io.BytesIO(data), "-", None, "", ReaderOptions(clean=False)))
    assert doc.text == data.decode()


def test_text_that_is_only_furniture_fails():
    data = io.BytesIO(b"Leave a comment\nBack to Top\n")
    (failure,) = list(read_handle(data, "f.txt", "f.txt", ".txt", ReaderOptions()))
    assert isinstance(failure, ReadFailure) and "no text left after cleaning" in failure.message


def test_a_byline_date_the_cleaner_drops_still_anchors_the_document(tmp_path):
    from incident_extractor.io.document import with_publication

    path = tmp_path / "story.txt"
    path.write_text("Shop set on fire\n\nBy A Writer\nPosted on 4 May 2021\n\nA shop was set on fire on Monday night.\n")
    [item] = list(read_inputs([str(path)], ReaderOptions()))
    assert "Posted" not in item.text
    meta = with_publication(item)
    assert (meta.published.isoformat(), meta.published_from) == ("2021-05-04", "dateline")
