"""The offline gazetteer: name -> candidate places, from a compact index cached on first use.

Building the index from the package data takes a few seconds (see `gazetteer_build`); the result is
stored with `marshal` under the cache directory, keyed by a version of the code and the data, and later
loads take well under a second. Countries come from `geo.countries` (small, always built in memory).
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
from importlib import resources
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from incident_extractor.geo import countries
from incident_extractor.geo.gazetteer_build import ADMIN1_KIND, build_index, source_files
from incident_extractor.geo.names import name_key, without_article

# Bump when gazetteer_build changes what it stores.
INDEX_FORMAT_VERSION = "10"
# Project data files the build reads.
INDEX_DATA_FILES = ("geo_admin1_aliases.tsv", "geo_patterns.json")


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


def index_version() -> str:
    """Changes whenever the code format, the Python marshal format or the source files change."""
    parts = [INDEX_FORMAT_VERSION, str(marshal.version), f"{sys.version_info[0]}.{sys.version_info[1]}"]
    for path in source_files().values():
        stat = path.stat()
        parts.append(f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}")
    for data_file in INDEX_DATA_FILES:  # project data the build reads: an edit must rebuild the index
        parts.append(hashlib.sha1(resources.files("incident_extractor").joinpath("data", data_file).read_bytes()).hexdigest())
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def _load_or_build_index() -> dict:
    path = cache_dir() / f"gazetteer-{index_version()}.marshal"
    if path.exists():
        try:
            with path.open("rb") as handle:
                data = handle.read()
            collecting = gc.isenabled()
            gc.disable()  # hundreds of thousands of new tuples would trigger many useless collections
            try:
                return marshal.loads(data)  # marshal.load(file) reads in tiny chunks: 8x slower
            finally:
                if collecting:
                    gc.enable()
        except (EOFError, ValueError, TypeError, OSError):
            pass  # a truncated or foreign file: rebuild it below
    index = build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob("gazetteer-*.marshal"):
            stale.unlink(missing_ok=True)  # earlier versions are never read again
        temporary = path.with_suffix(f".tmp{os.getpid()}")
        with temporary.open("wb") as handle:
            marshal.dump(index, handle)
        os.replace(temporary, path)  # atomic: a concurrent reader never sees half a file
    except OSError:
        pass  # a read-only cache only costs the rebuild next time
    return index


class Gazetteer:
    """Candidates by name. `lookup` is case-, accent- and article-insensitive."""

    def __init__(self, index: dict):
        self._index = index
        self._names = index["names"]
        self._countries = index["countries"]
        self._admin1s = index["admin1s"]
        self._lats = index["lats"]
        self._lons = index["lons"]
        self._populations = index["populations"]
        self._kinds = index["kinds"]
        self._rows_by_key: dict[str, tuple[int, ...]] = index["index"]
        self._first_words = index["first_words"]
        self._two_word_starts = index["two_word_starts"]
        country_keys = countries.country_name_keys()
        self._country_first_words = {key.split(" ", 1)[0] for key in country_keys}
        self._country_two_word_starts = {" ".join(key.split(" ", 2)[:2]) for key in country_keys if " " in key}

    def __len__(self) -> int:
        return len(self._names)

    def _candidate(self, row: int) -> Candidate:
        return Candidate(
            name=self._names[row],
            kind="admin1" if self._kinds[row] == ADMIN1_KIND else "place",
            country_code=self._countries[row],
            admin1=self._admin1s[row] or None,
            latitude=self._lats[row],
            longitude=self._lons[row],
            population=self._populations[row],
        )

    def has_key(self, key: str) -> bool:
        return key in self._rows_by_key or without_article(key) in self._rows_by_key

    def could_start_name(self, word: str) -> bool:
        """Cheap pre-check: can a place name or country name begin with this word?"""
        if "." in word:
            return True  # abbreviations such as "U.S." are looked up as written
        key = name_key(word)
        if key in self._rows_by_key:
            return True
        for variant in (key, without_article(key)):
            first = variant.split(" ", 1)[0]
            if first in self._first_words or first in self._rows_by_key or first in self._country_first_words:
                return True
        return False

    def could_continue_name(self, two_words: str) -> bool:
        """Cheap pre-check: can a name of two or more words begin with these two words?"""
        key = name_key(two_words)
        if key.count(" ") > 1:  # "al-Raqqa city" folds to three words: leave it to the full lookup
            return True
        return (key in self._two_word_starts or key in self._country_two_word_starts
                or without_article(key) in self._first_words or without_article(key) in self._rows_by_key)

    def is_name(self, text: str) -> bool:
        """A place or country name the gazetteer knows ("Yerevan", "SAN SALVADOR", "the U.S.")."""
        return self.has_key(name_key(text)) or countries.country_by_name(text) is not None

    def max_population(self, key: str) -> int:
        rows = self._rows_by_key.get(key) or self._rows_by_key.get(without_article(key)) or ()
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
        rows = self._rows_by_key.get(key) or self._rows_by_key.get(without_article(key)) or ()
        found.extend(self._candidate(row) for row in rows)
        return found


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built and cached on first use."""
    return Gazetteer(_load_or_build_index())
