"""The on-disk cache of compiled regex code gives exactly the patterns re.compile gives, or falls back to it."""

import re

import pytest

from incident_extractor.nlp import regex_cache

SOURCES = [
    (r"plain words", 0),
    (r"(?<![\w'’-])(?P<num>\d+)\s+(?P<unit>people|soldiers)(?![\w'’-])", re.IGNORECASE),
    (r"(?P<sep>[-/])\d{1,2}(?P=sep)", 0),
    (r"(?:a|an|the)?\s*(?P<x>ab)?(?(x)c|d)", 0),
    (r"(?i:Kill)(?-i:ED)", 0),
    (r"[\u0130\u0131\u017f\u212a]|straße", re.IGNORECASE),
    (r"^\s*(?:-|–)\s*$", re.MULTILINE),
    (r"(?:x{2,5}?|y*+|z?)(?=q)", re.DOTALL | re.VERBOSE),
]
TEXTS = ["Two soldiers were killed, 12 PEOPLE hurt", "1-2-3 and 4/5/6", "abc d", "KillED killed",
         "İ ı ſ K STRASSE", " – \n-\n", "xxq yyyq"]


@pytest.fixture()
def fresh_cache(tmp_path, monkeypatch):
    """An empty cache folder and no entries loaded yet; returns a function that forgets the loaded entries
    (as a new process would) so the next compile reads the file."""
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(regex_cache, "_entries", None)
    monkeypatch.setattr(regex_cache, "_new_entries", 0)
    monkeypatch.setattr(regex_cache, "_saver_registered", True)  # the tests save themselves
    monkeypatch.setattr(regex_cache, "_writable", None)

    def new_process():
        regex_cache._entries = None
        regex_cache._new_entries = 0

    return new_process


@pytest.mark.parametrize("source, flags", SOURCES)
def test_cached_pattern_equals_re_compile_cold_and_warm(fresh_cache, source, flags):
    cold = regex_cache.compile_pattern(source, flags)
    regex_cache.save()
    fresh_cache()
    warm = regex_cache.compile_pattern(source, flags)
    assert (source, flags) in regex_cache._entries  # really read back from the file
    expected = re.compile(source, flags)
    assert cold == expected and warm == expected  # Pattern equality compares source, flags and the opcodes
    assert warm.groupindex == expected.groupindex and warm.groups == expected.groups
    for text in TEXTS:
        assert [m.span() for m in warm.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_file_is_written_only_when_something_new_was_compiled(fresh_cache):
    regex_cache.compile_pattern(r"one\s+pattern")
    regex_cache.save()
    path = regex_cache.cache_path()
    written = path.stat().st_mtime_ns
    fresh_cache()
    regex_cache.compile_pattern(r"one\s+pattern")
    regex_cache.save()
    assert path.stat().st_mtime_ns == written


@pytest.mark.parametrize("damage", [
    lambda blob: b"",
    lambda blob: blob[:-5],  # truncated
    lambda blob: b"SOMETHING-ELSE\n" + blob[len(regex_cache.FILE_MAGIC):],
    lambda blob: blob[:-1] + bytes([blob[-1] ^ 1]),  # one bit flipped: the digest no longer matches
])
def test_damaged_file_falls_back_to_re_compile(fresh_cache, damage):
    source = r"(?P<a>damaged|intact)\s+file"
    regex_cache.compile_pattern(source)
    regex_cache.save()
    path = regex_cache.cache_path()
    path.write_bytes(damage(path.read_bytes()))
    fresh_cache()
    assert regex_cache.compile_pattern(source) == re.compile(source)
    assert list(regex_cache._entries) == [(source, 0)]  # the damaged file was ignored, the entry made again


def test_entry_that_sre_rejects_falls_back(fresh_cache):
    source = r"rejected\s+code"
    regex_cache._entries = {(source, 0): (re.UNICODE, [999999, 1, 2], 0, {}, (None,))}
    assert regex_cache.compile_pattern(source) == re.compile(source)


def test_file_of_other_interpreter_is_another_file(fresh_cache, monkeypatch):
    mine = regex_cache.cache_path()
    monkeypatch.setattr(regex_cache.sys, "version", regex_cache.sys.version + " (another build)")
    assert regex_cache.cache_path() != mine


def test_decode_entries_round_trip():
    entries = {("a+", 2): (34, [1, 2, 3], 0, {}, (None,))}
    assert regex_cache.decode_entries(regex_cache.encode_entries(entries)) == entries
    assert regex_cache.decode_entries(b"garbage") == {}


def test_cached_re_stands_in_for_the_re_module(fresh_cache):
    assert regex_cache.cached_re.compile(r"x+", re.IGNORECASE) == re.compile(r"x+", re.IGNORECASE)
    assert regex_cache.cached_re.escape("a.b") == re.escape("a.b")
    assert regex_cache.cached_re.IGNORECASE == re.IGNORECASE


def test_project_patterns_are_identical_through_the_cache(fresh_cache):
    """Every pattern the big builders make, cold and then read back from the file, equals re.compile's."""
    from incident_extractor.casualties import lexicon
    from incident_extractor.dating import tables as date_tables
    from incident_extractor.events import actor_kinds, tables as event_tables

    builders = [lexicon.patterns, date_tables.date_patterns, event_tables.trigger_table,
                event_tables.scope_cue_patterns, actor_kinds.actor_lexicon]

    def all_patterns():
        found = []
        for builder in builders:
            builder.cache_clear()
            _collect(builder(), found)
        return found

    cold = all_patterns()
    regex_cache.save()
    fresh_cache()
    warm = all_patterns()
    assert len(cold) == len(warm) > 100
    assert len(regex_cache._entries) >= 100
    for built_cold, built_warm in zip(cold, warm):
        expected = re.compile(built_cold.pattern, built_cold.flags)
        assert built_cold == expected and built_warm == expected
    for builder in builders:
        builder.cache_clear()


def _collect(value, found: list, depth: int = 0) -> None:
    if isinstance(value, re.Pattern):
        found.append(value)
    elif depth > 4 or isinstance(value, (str, bytes, int, float)):
        return
    elif isinstance(value, dict):
        for item in value.values():
            _collect(item, found, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _collect(item, found, depth + 1)
    elif hasattr(value, "__dict__") or hasattr(value, "__dataclass_fields__"):
        for name in getattr(value, "__dataclass_fields__", None) or vars(value):
            _collect(getattr(value, name, None), found, depth + 1)


def test_unwritable_cache_folder_compiles_normally_and_remembers_nothing(fresh_cache, tmp_path, monkeypatch):
    blocked = tmp_path / "a-file-not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(blocked / "cache"))
    assert regex_cache.compile_pattern(r"(?P<x>no)\s+cache") == re.compile(r"(?P<x>no)\s+cache")
    assert regex_cache._new_entries == 0
    regex_cache.save()  # nothing to write, no error
