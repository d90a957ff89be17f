"""Countries by name, alias and demonym: "Syria", "the U.S.", "Armenian forces" -> SY, US, AM.

Names come from pycountry (ISO 3166-1 name, common and official names); the aliases news uses
(`data/geo_country_aliases.tsv`) and the demonyms (`data/geo_demonyms.tsv`) are project data files.
Used by the places stage and the actors stage.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Optional

from incident_extractor.geo.names import name_key

# Aliases written with dots or in capitals ("U.S.", "UK", "DRC") are abbreviations: matching them
# case-insensitively would turn the pronoun "us" into the United States.
def _is_abbreviation(alias: str) -> bool:
    letters = alias.replace(".", "")
    return letters.isupper() and len(letters) <= 4


def read_tsv(file_name: str) -> list[tuple[str, ...]]:
    """Rows of a project data file, without comments and the header line."""
    text = resources.files("incident_extractor").joinpath("data", file_name).read_text(encoding="utf-8")
    rows = [tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return rows[1:]


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    """(code by name key, code by exact abbreviation, code by demonym key, display name by code)."""
    import pycountry

    by_key: dict[str, str] = {}
    display: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        display[code] = getattr(country, "common_name", None) or country.name
        for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if name:
                by_key.setdefault(name_key(name), code)
    abbreviations: dict[str, str] = {}
    for alias, code in read_tsv("geo_country_aliases.tsv"):
        if _is_abbreviation(alias):
            abbreviations[alias] = code
        else:
            by_key[name_key(alias)] = code  # the project's aliases win over ISO's names
        display.setdefault(code, alias)
    for code, short_name in read_tsv("geo_country_display_names.tsv"):
        display[code] = short_name
    demonyms: dict[str, str] = {}
    for demonym, code in read_tsv("geo_demonyms.tsv"):
        demonyms[name_key(demonym)] = code
    return by_key, abbreviations, demonyms, display


@lru_cache(maxsize=50_000)
def country_by_name(name: str) -> Optional[str]:
    """ISO alpha-2 code of a country name or alias ("Syria", "the Netherlands", "U.S."), else None."""
    by_key, abbreviations, _, _ = _tables()
    stripped = name.strip()
    if stripped in abbreviations:
        return abbreviations[stripped]
    if stripped.lower().startswith("the "):
        stripped = stripped[4:]
        if stripped in abbreviations:
            return abbreviations[stripped]
    if _is_abbreviation(stripped) and not stripped.isalpha():
        return None
    key = name_key(stripped)
    if len(key) <= 3 and stripped.isupper():
        return None  # "US", "UK" are handled above; other short capitals are not country names
    return by_key.get(key)


@lru_cache(maxsize=50_000)
def demonym_country(word: str) -> Optional[str]:
    """Country of a demonym or adjective ("Armenian", "Iraqis", "AFGHAN", "Salvadoran"), else None."""
    _, _, demonyms, _ = _tables()
    key = name_key(word)
    if key in demonyms:
        return demonyms[key]
    if key.endswith("s") and key[:-1] in demonyms:
        return demonyms[key[:-1]]
    return None


@lru_cache(maxsize=1)
def group_countries() -> dict[str, str]:
    """Armed groups tied to one country ("Taliban" -> AF), as written (case matters: "ETA", "IRA")."""
    return dict(read_tsv("geo_group_countries.tsv"))


def country_name(code: str) -> str:
    """The short English name of a country code ("SY" -> "Syria"); the code itself when unknown."""
    return _tables()[3].get(code, code)


def country_name_keys() -> frozenset[str]:
    """Name keys of every country name and alias (for the finder's fast pre-check)."""
    by_key, abbreviations, _, _ = _tables()
    return frozenset(by_key) | {name_key(alias) for alias in abbreviations}


def demonym_keys() -> frozenset[str]:
    return frozenset(_tables()[2])
