"""The gazetteer's flat binary store and its cache key (small hand-made indexes; no package data read)."""

import os
import time

import pytest

import incident_extractor.geo.gazetteer as gazetteer_module
from incident_extractor.geo.gazetteer import Gazetteer
from incident_extractor.geo.gazetteer_store import IndexStore, StringSet, encode_index, open_store


def small_index() -> dict:
    """Three places and one region written for these tests, in the builder's dict shape."""
    return {
        "names": ["Lowtown", "Ħigh Ridge", "Lowtown", "Riverland"],
        "countries": ["AA", "BB", "BB", "AA"],
        "admin1s": ["Riverland", "", "Hills", "Riverland"],
        "lats": [12.34567, -0.5, 89.99999, 12.0],
        "lons": [-179.99999, 100.25, 0.0, 13.00001],
        "populations": [5000, 700, 120_000, 3_000_000_000],
        "kinds": "ppaa",
        "index": {"lowtown": (2, 0), "high ridge": (1,), "riverland": (3,)},
        "first_words": {"high"},
        "two_word_starts": {"high ridge"},
    }


@pytest.fixture
def store() -> IndexStore:
    return IndexStore(encode_index(small_index()))


@pytest.mark.parametrize(
    "section, expected",
    [
        ("populations", [5000, 700, 120_000, 3_000_000_000]),
        ("lats", [1234567, -50000, 8999999, 1200000]),
        ("lons", [-17999999, 10025000, 0, 1300001]),
    ],
)
def test_numeric_columns_round_trip_exactly(store, section, expected):
    assert list(store.view(section)) == expected


@pytest.mark.parametrize("present", ["lowtown", "high ridge", "riverland"])
def test_stored_keys_are_found(store, present):
    assert present in store.string_set("keys")


@pytest.mark.parametrize("absent", ["", "low", "lowtown ", "Lowtown", "riverlands", "high"])
def test_other_strings_are_not_found(store, absent):
    assert absent not in store.string_set("keys")


def test_many_strings_all_found_and_in_hash_order():
    words = [f"place {number}" for number in range(3000)]
    encoded = encode_index({**small_index(), "first_words": set(words)})
    found = IndexStore(encoded).string_set("first_words")
    assert len(found) == 3000
    assert all(word in found for word in words)
    assert "place 3000" not in found


def test_equal_hashes_are_told_apart_by_their_text():
    # two entries forced to share a hash: the exact comparison must still pick the right one
    hashes, offsets, blob = [7, 7, 9], [0, 3, 6, 9], b"abcdefghi"
    strings = StringSet(hashes, offsets, blob)
    assert [strings.text_at(position) for position in range(3)] == ["abc", "def", "ghi"]


def test_coordinates_with_more_than_five_decimals_are_refused():
    with pytest.raises(ValueError, match="E-GEO-2"):
        encode_index({**small_index(), "lats": [1.123456, 0.0, 0.0, 0.0]})


def test_gazetteer_over_the_store_gives_the_builders_rows(store, monkeypatch):
    monkeypatch.setattr(gazetteer_module.countries, "country_by_name", lambda name: None)
    gazetteer = Gazetteer(store)
    lowtowns = gazetteer.lookup("LOWTOWN")
    assert [(c.name, c.kind, c.country_code, c.admin1) for c in lowtowns] == [
        ("Lowtown", "admin1", "BB", "Hills"),
        ("Lowtown", "place", "AA", "Riverland"),
    ]
    assert (lowtowns[1].latitude, lowtowns[1].longitude) == (12.34567, -179.99999)
    assert gazetteer.lookup("High Ridge")[0].admin1 is None
    assert gazetteer.max_population("riverland") == 3_000_000_000
    assert gazetteer.could_continue_name("High Ridge") and not gazetteer.could_continue_name("Low Ridge")
    assert gazetteer.lookup("Nowhere") == []


def test_the_file_is_memory_mapped_and_read_back(tmp_path):
    path = tmp_path / "index.gazetteer"
    path.write_bytes(encode_index(small_index()))
    assert list(open_store(path).view("populations")) == small_index()["populations"]


def test_a_foreign_file_is_refused(tmp_path):
    path = tmp_path / "index.gazetteer"
    path.write_bytes(b"not an index at all")
    with pytest.raises(ValueError):
        open_store(path)


@pytest.fixture
def fake_sources(tmp_path, monkeypatch):
    data = tmp_path / "cities.json"
    data.write_text("[]", encoding="utf-8")
    monkeypatch.setattr(gazetteer_module, "source_files", lambda: {"cities": data})
    return data


def test_the_cache_key_ignores_modification_times(fake_sources):
    before = gazetteer_module.index_version()
    os.utime(fake_sources, (1, 1))  # another checkout / venv installs the same data at another time
    assert gazetteer_module.index_version() == before


def test_the_cache_key_follows_the_data_and_the_format(fake_sources, monkeypatch):
    before = gazetteer_module.index_version()
    fake_sources.write_text("[1, 2]", encoding="utf-8")
    after_data = gazetteer_module.index_version()
    monkeypatch.setattr(gazetteer_module, "INDEX_FORMAT_VERSION", "test-only")
    assert len({before, after_data, gazetteer_module.index_version()}) == 3


def test_a_corrupt_cache_file_is_rebuilt(tmp_path, monkeypatch, fake_sources):
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path / "cache"))
    builds = tmp_path / "builds.log"  # a file: the build runs in a forked child process where there is fork
    monkeypatch.setattr(gazetteer_module, "build_index", lambda: builds.open("a").write("1") and small_index())
    path = gazetteer_module.index_path()
    path.parent.mkdir()
    path.write_bytes(b"half a fi")
    store = gazetteer_module._load_or_build_index()
    assert builds.read_text() == "1" and "lowtown" in store.string_set("keys")
    gazetteer_module._load_or_build_index()
    assert builds.read_text() == "1"


def test_a_read_only_cache_still_gives_an_index(tmp_path, monkeypatch, fake_sources):
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(gazetteer_module, "build_index", small_index)
    monkeypatch.setattr(gazetteer_module.os, "access", lambda path, mode: False)
    assert "riverland" in gazetteer_module._load_or_build_index().string_set("keys")
    assert not gazetteer_module.index_path().exists()


def test_without_fork_the_index_is_built_in_process(tmp_path, monkeypatch, fake_sources):
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(gazetteer_module, "build_index", small_index)
    monkeypatch.setattr(gazetteer_module, "_fork_available", lambda: False)
    assert "riverland" in gazetteer_module._load_or_build_index().string_set("keys")
    assert gazetteer_module.index_path().exists()


def test_only_long_unused_index_files_of_other_versions_are_removed(tmp_path, monkeypatch, fake_sources):
    monkeypatch.setenv("INCIDENTS_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(gazetteer_module, "build_index", small_index)
    recent, old = tmp_path / "gazetteer-recent.gazetteer", tmp_path / "gazetteer-old.gazetteer"
    recent.write_bytes(b"x")
    old.write_bytes(b"x")
    long_ago = time.time() - gazetteer_module.STALE_AFTER_SECONDS - 3600
    os.utime(old, (long_ago, long_ago))
    gazetteer_module._load_or_build_index()
    assert recent.exists() and not old.exists() and gazetteer_module.index_path().exists()
