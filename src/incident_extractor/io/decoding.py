"""Bytes to text: BOMs, UTF-8, a cp1252/Latin-1 fallback, and refusing binary files."""

from __future__ import annotations

from typing import Optional, Union

from incident_extractor.io.document import ReadFailure, warn

# Signatures of files people drop into news folders that are not text.
BINARY_SIGNATURES = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "zip archive (docx/xlsx?)",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable",
    b"\xd0\xcf\x11\xe0": "MS Office document",
}
SNIFF_BYTES = 8192
# control bytes that never occur in text (tab, newlines, form feed and ESC aside)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))


def binary_kind(data: bytes) -> Optional[str]:
    """What kind of binary file this is, or None when it looks like text."""
    for signature, kind in BINARY_SIGNATURES.items():
        if data.startswith(signature):
            return kind
    head = data[:SNIFF_BYTES]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None  # UTF-16 is full of NULs but is text
    if b"\x00" in head:
        return "binary data"
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    if head and control / len(head) > 0.1:
        return "binary data"
    return None


def decode_text(data: bytes, name: str, path: Optional[str] = None) -> Union[str, ReadFailure]:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; else cp1252 (Latin-1 for its holes) with a warning."""
    if not data.strip():
        return ReadFailure.of("empty", name, f"{name}: empty file", path)
    kind = binary_kind(data)
    if kind:
        return ReadFailure.of("binary", name, f"{name}: {kind}, not text; skipped", path)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return ReadFailure.of("binary", name, f"{name}: starts with a UTF-16 mark but is not UTF-16", path)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        warn(f"{name}: not valid UTF-8 (byte {error.start}); read as cp1252")
        return decode_legacy(data)


def decode_legacy(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1")
