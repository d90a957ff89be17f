import pytest

from incident_extractor.io.decoding import binary_kind, decode_text
from incident_extractor.io.document import ReadFailure

SENTENCE = "Police said the café near the bridge was damaged — nobody was hurt."


@pytest.mark.parametrize(
    "data",
    [
        SENTENCE.encode("utf-8"),
        b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"),
        SENTENCE.encode("utf-16"),  # with its BOM, little or big endian per platform
        b"\xfe\xff" + SENTENCE.encode("utf-16-be"),
        b"\xff\xfe" + SENTENCE.encode("utf-16-le"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(data):
    assert decode_text(data, "doc") == SENTENCE


def test_invalid_utf8_falls_back_to_cp1252_with_a_warning(capsys):
    data = "Le café “fermé”".encode("cp1252")
    assert decode_text(data, "old.txt") == "Le café “fermé”"
    err = capsys.readouterr().err
    assert "old.txt" in err and "cp1252" in err and err.count("\n") == 1


def test_bytes_cp1252_leaves_undefined_are_read_as_latin1(capsys):
    assert decode_text(b"caf\xe9 \x81", "x") == "café \x81"


@pytest.mark.parametrize(
    "data, kind",
    [
        (b"%PDF-1.7 ...", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG image"),
        (b"PK\x03\x04rest", "zip archive (docx/xlsx?)"),
        (b"text\x00with\x00nuls", "binary data"),
        (bytes(range(1, 9)) * 50, "binary data"),
        (b"plain news text\n\twith a tab\x0c and a form feed", None),
    ],
)
def test_binary_kind(data, kind):
    assert binary_kind(data) == kind


@pytest.mark.parametrize("data, code", [(b"", "E013"), (b"  \n\n\t", "E013"), (b"\x00\x01\x02\x03", "E014")])
def test_unusable_bytes_are_one_failure(data, code):
    result = decode_text(data, "bad.txt", "bad.txt")
    assert isinstance(result, ReadFailure)
    assert result.code == code and result.message.startswith("bad.txt: ") and "\n" not in result.message
