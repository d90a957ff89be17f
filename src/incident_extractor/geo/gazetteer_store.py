"""The gazetteer index as one flat binary file, memory-mapped instead of unpickled.

Why: the index (254k places, 536k name keys) as Python dicts, tuples and floats cost 0.4 s of CPU to
load and about 170 MB of private memory in every process. As typed arrays in one file it opens in
about a millisecond, only the pages a lookup touches are read, and forked workers share those pages
through the OS page cache.

Layout: MAGIC, an 8-byte little-endian length, a JSON directory, then the sections, each starting on
an 8-byte boundary. The directory maps a section name to [offset, array typecode, item count] and
also holds the small string tables (country codes, admin1 names) that rows point into.

String sets (name keys, first words, two-word starts) are stored sorted by CRC-32 with the strings
themselves, so a lookup is a binary search on the hashes plus an exact comparison: no false hits.
Arrays are in the machine's byte order; the cache key includes it (see gazetteer.index_version).
"""

from __future__ import annotations

import json
import mmap
import struct
import zlib
from array import array
from bisect import bisect_left
from typing import Iterable, Optional

MAGIC = b"INCIDENTS-GAZETTEER-1\n"
COORDINATE_SCALE = 100_000  # coordinates are rounded to 5 decimals by the builder: stored as exact integers
_ALIGN = 8


def string_hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


class StringSet:
    """Sorted-by-hash strings over three arrays; `position(text)` is the index of text or -1."""

    def __init__(self, hashes, offsets, blob):
        self._hashes = hashes  # 'I', sorted
        self._offsets = offsets  # 'I', len(hashes) + 1 byte offsets into blob
        self._blob = blob  # bytes-like, UTF-8

    def __len__(self) -> int:
        return len(self._hashes)

    def text_at(self, position: int) -> str:
        return bytes(self._blob[self._offsets[position]:self._offsets[position + 1]]).decode("utf-8")

    def position(self, text: str) -> int:
        encoded = text.encode("utf-8")
        wanted = zlib.crc32(encoded)
        hashes, offsets, blob = self._hashes, self._offsets, self._blob
        position = bisect_left(hashes, wanted)
        while position < len(hashes) and hashes[position] == wanted:  # equal hashes: compare the bytes
            if blob[offsets[position]:offsets[position + 1]] == encoded:
                return position
            position += 1
        return -1

    def __contains__(self, text: str) -> bool:
        return self.position(text) >= 0


def _string_set_sections(name: str, texts: Iterable[str]) -> tuple[list[str], dict[str, tuple[str, object]]]:
    """The texts in stored order and the sections that hold them."""
    ordered = sorted(set(texts), key=lambda text: (string_hash(text), text))
    encoded = [text.encode("utf-8") for text in ordered]
    offsets = array("I", [0])
    for item in encoded:
        offsets.append(offsets[-1] + len(item))
    sections = {
        f"{name}.hashes": ("I", array("I", (string_hash(text) for text in ordered))),
        f"{name}.offsets": ("I", offsets),
        f"{name}.blob": ("B", b"".join(encoded)),
    }
    return ordered, sections


def _table_positions(values: list[str]) -> tuple[list[str], array]:
    table = sorted(set(values))
    position_of = {value: position for position, value in enumerate(table)}
    return table, array("H" if len(table) < 65_536 else "I", (position_of[value] for value in values))


def encode_index(index: dict) -> bytes:
    """The builder's dict (see gazetteer_build.build_index) as the flat binary file."""
    names = list(index["names"])
    sections: dict[str, tuple[str, object]] = {}
    name_blobs = [name.encode("utf-8") for name in names]
    name_offsets = array("I", [0])
    for item in name_blobs:
        name_offsets.append(name_offsets[-1] + len(item))
    sections["names.offsets"] = ("I", name_offsets)
    sections["names.blob"] = ("B", b"".join(name_blobs))
    country_table, country_positions = _table_positions(list(index["countries"]))
    admin1_table, admin1_positions = _table_positions(list(index["admin1s"]))
    sections["countries"] = (country_positions.typecode, country_positions)
    sections["admin1s"] = (admin1_positions.typecode, admin1_positions)
    for axis in ("lats", "lons"):
        scaled = array("i", (round(value * COORDINATE_SCALE) for value in index[axis]))
        if any(stored / COORDINATE_SCALE != value for stored, value in zip(scaled, index[axis])):
            raise ValueError(f"E-GEO-2: {axis} carry more than 5 decimals; the store would change them")
        sections[axis] = ("i", scaled)
    sections["populations"] = ("q", array("q", index["populations"]))
    sections["kinds"] = ("B", index["kinds"].encode("ascii"))

    for section, table in (("keys", index["index"]), ("loose_keys", index.get("loose_index", {})),
                           ("vowel_keys", index.get("vowel_index", {}))):
        keys, key_sections = _string_set_sections(section, table)
        sections.update(key_sections)
        row_starts, rows = array("I", [0]), array("I")
        for key in keys:
            rows.extend(table[key])
            row_starts.append(len(rows))
        sections[f"{section}.row_starts"] = ("I", row_starts)
        sections[f"{section}.rows"] = ("I", rows)
    for name in ("first_words", "two_word_starts"):
        sections.update(_string_set_sections(name, index.get(name, ()))[1])

    directory: dict = {"tables": {"countries": country_table, "admin1s": admin1_table}, "sections": {}}
    payload = bytearray()
    for name, (typecode, data) in sections.items():
        raw = data.tobytes() if isinstance(data, array) else bytes(data)
        payload.extend(b"\0" * (-len(payload) % _ALIGN))
        directory["sections"][name] = [len(payload), typecode, len(raw) // array(typecode).itemsize]
        payload.extend(raw)
    head = json.dumps(directory, ensure_ascii=False).encode("utf-8")
    head += b" " * (-(len(MAGIC) + 8 + len(head)) % _ALIGN)  # sections start 8-byte aligned in the file
    return MAGIC + struct.pack("<Q", len(head)) + head + bytes(payload)


class IndexStore:
    """Read-only typed views over an encoded index (an mmap, or bytes when there is no file)."""

    def __init__(self, buffer, *, keep_open: Optional[object] = None):
        self._keep_open = keep_open  # the mmap must outlive every view into it
        if bytes(buffer[: len(MAGIC)]) != MAGIC:
            raise ValueError("not a gazetteer index file")
        (head_length,) = struct.unpack("<Q", bytes(buffer[len(MAGIC): len(MAGIC) + 8]))
        start = len(MAGIC) + 8
        directory = json.loads(bytes(buffer[start: start + head_length]))
        base = start + head_length
        whole = memoryview(buffer)
        self.tables: dict[str, list[str]] = directory["tables"]
        self._views = {}
        for name, (offset, typecode, count) in directory["sections"].items():
            size = count * array(typecode).itemsize
            view = whole[base + offset: base + offset + size]
            self._views[name] = view if typecode == "B" else view.cast(typecode)

    def view(self, name: str):
        return self._views[name]

    def string_set(self, name: str) -> StringSet:
        return StringSet(self._views[f"{name}.hashes"], self._views[f"{name}.offsets"], self._views[f"{name}.blob"])


def open_store(path) -> IndexStore:
    """Memory-map an index file read-only; raises ValueError/OSError when it is not one."""
    with open(path, "rb") as handle:
        mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    return IndexStore(mapped, keep_open=mapped)
