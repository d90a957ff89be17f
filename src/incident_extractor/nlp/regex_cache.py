"""Compiled regex code kept on disk, so that start-up does not run Python's regex compiler again.

Why: the components build a few hundred patterns from the word lists in data/, some of them very large
(the casualty lexicon alone: ~40 patterns, 0.3 s of a 2 s one-article run). CPython compiles a pattern
in two steps: `re._parser` + `re._compiler` turn the source into a list of opcodes (pure Python: all
the cost), then `_sre.compile` builds the Pattern object from that list (C: almost free). This module
keeps the opcode lists in one file next to the gazetteer cache and, for a pattern it has seen, does only
the second step.

Safety: the cache is keyed by the exact source and flags of each pattern (a changed word list is a new
key, never a stale hit), and the file by the interpreter build (`sys.version`, `_sre.MAGIC`,
`_sre.CODESIZE`), so another Python never reads it. An entry is stored only after the Pattern built from
it compared equal to `re.compile`'s (Pattern equality compares source, flags and the opcodes), and the
file carries a SHA-256 of its payload. Anything unexpected (no file, another format, a bad digest,
`_sre` rejecting the code, a Python without these internals) falls back to plain `re.compile`.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Optional

try:  # CPython internals; without them every pattern goes through re.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - other interpreters
    _sre = _compiler = _parser = None

FILE_MAGIC = b"INCIDENTS-REGEX-CODE-1\n"
# more entries than the project has patterns: patterns of older checkouts accumulated; start afresh
MAX_ENTRIES = 5000
_UNCACHEABLE_FLAGS = re.DEBUG | getattr(re, "TEMPLATE", 0)

_entries: Optional[dict] = None  # (source, flags) -> (flags, code, groups - 1, groupindex, indexgroup)
_used_keys: set = set()  # what this process compiled: all that is kept when the file has grown too big
_new_entries = 0
_saver_registered = False
_writable: Optional[bool] = None  # can the cache folder be written? (asked once, on the first new pattern)


def interpreter_key() -> str:
    """Who may read a cache file: only this exact interpreter build and regex engine."""
    build = f"{sys.version}|{sys.implementation.cache_tag}|{sys.byteorder}"
    if _sre is not None:
        build += f"|{_sre.MAGIC}|{_sre.CODESIZE}"
    return hashlib.sha1(build.encode()).hexdigest()[:16]


def cache_path() -> Path:
    from incident_extractor.geo.gazetteer import cache_dir

    return cache_dir() / f"regex-{interpreter_key()}.code"


def encode_entries(entries: dict) -> bytes:
    payload = marshal.dumps(entries)
    return FILE_MAGIC + hashlib.sha256(payload).digest() + payload


def decode_entries(blob: bytes) -> dict:
    """The entries of a cache file; {} for anything that is not a complete, intact file of this format."""
    header = len(FILE_MAGIC) + 32
    if not blob.startswith(FILE_MAGIC) or len(blob) < header:
        return {}
    digest, payload = blob[len(FILE_MAGIC):header], blob[header:]
    if hashlib.sha256(payload).digest() != digest:
        return {}
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _loaded_entries() -> dict:
    global _entries
    if _entries is None:
        try:
            _entries = decode_entries(cache_path().read_bytes())
        except OSError:
            _entries = {}
    return _entries


def code_entry(source: str, flags: int) -> Optional[tuple]:
    """What `_sre.compile` needs to build the pattern, generated as `re._compiler.compile` does."""
    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # opcodes are int subclasses (named constants): stored as plain ints, which is what _sre reads
    return (flags | parsed.state.flags, [int(op) for op in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))


def pattern_from_entry(source: str, entry: tuple) -> re.Pattern:
    final_flags, code, groups, groupindex, indexgroup = entry
    return _sre.compile(source, final_flags, code, groups, groupindex, indexgroup)


def compile_pattern(source: str, flags: int = 0) -> re.Pattern:
    """`re.compile(source, flags)`, from the cached code when this pattern was compiled before."""
    flags = int(flags)
    if _sre is None or not isinstance(source, str) or flags & _UNCACHEABLE_FLAGS:
        return re.compile(source, flags)
    entries = _loaded_entries()
    _used_keys.add((source, flags))
    entry = entries.get((source, flags))
    if entry is not None:
        try:
            return pattern_from_entry(source, entry)
        except Exception:  # noqa: BLE001 - a damaged or foreign entry: compile it the ordinary way
            entries.pop((source, flags), None)
    compiled = re.compile(source, flags)
    _remember(source, flags, compiled)
    return compiled


def _remember(source: str, flags: int, compiled: re.Pattern) -> None:
    """Store the code of a new pattern, but only when it rebuilds a pattern equal to re.compile's."""
    global _new_entries, _saver_registered
    if not _cache_writable():
        return  # nothing could be saved: not worth generating the code a second time
    try:
        entry = code_entry(source, flags)
        if pattern_from_entry(source, entry) != compiled:
            return
    except Exception:  # noqa: BLE001 - internals that differ from what this module expects: no caching
        return
    _loaded_entries()[(source, flags)] = entry
    _new_entries += 1
    if not _saver_registered:
        _saver_registered = True
        atexit.register(save)


def _cache_writable() -> bool:
    global _writable
    if _writable is None:
        folder = cache_path().parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _writable = os.access(folder, os.W_OK)
        except OSError:
            _writable = False
    return _writable


def save() -> None:
    """Write the cache when this process compiled new patterns (atomically; a failure only costs speed)."""
    global _new_entries
    if not _new_entries or _entries is None:
        return
    entries = _entries
    if len(entries) > MAX_ENTRIES:
        entries = {key: entry for key, entry in entries.items() if key in _used_keys}
    path = cache_path()
    temporary = path.with_name(f"{path.name}.tmp{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(encode_entries(entries))
        os.replace(temporary, path)
        _new_entries = 0
    except (OSError, ValueError):
        try:
            temporary.unlink()
        except OSError:
            pass


class _CachedRe:
    """The `re` module with `compile` going through this cache. A builder that compiles many patterns says
    `re = cached_re` once, so its regex sources and calls stay exactly as written."""

    @staticmethod
    def compile(source, flags=0):
        return compile_pattern(source, flags)

    def __getattr__(self, name):
        return getattr(re, name)


cached_re = _CachedRe()
