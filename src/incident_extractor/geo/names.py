"""Name keys: one spelling-insensitive form for place names, shared by the index and the lookups.

News writes the same place as "Raqqa", "al-Raqqa", "AR RAQQAH" or "Ar-Raqqah"; the gazetteer stores
GeoNames spellings with accents. Both sides go through `name_key` so a plain dict lookup finds them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode does not decompose into a base letter plus a combining mark.
_UNDECOMPOSABLE = str.maketrans(
    {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae", "Æ": "AE",
     "œ": "oe", "Œ": "OE", "ħ": "h", "þ": "th", "ð": "d", "ə": "e", "Ə": "E"}
)
# Apostrophes and transliteration marks (ʿayn, hamza) carry no letter in English spellings.
_DROPPED = re.compile(r"[’'`‘ʿʾʼʻʹʺ´\"“”.]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/]+")
# Arabic article variants written in front of a name; "al-Raqqa" and "Raqqa" are the same place.
_ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|ash|az|an|at|ad|adh)\s+(?=\w{3})")


def fold_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSABLE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=100_000)  # news repeats its names; the same words come back in every document
def name_key(text: str) -> str:
    """Lower-case, accent-free, punctuation-free key: "Ar-Raqqah" -> "ar raqqah", "Yerevan’s" stays as is."""
    folded = _DROPPED.sub("", fold_accents(text)).lower()
    return _SEPARATORS.sub(" ", folded).strip()


def without_article(key: str) -> str:
    """The key without a leading Arabic article ("al raqqa" -> "raqqa"), or the key itself."""
    return _ARTICLE.sub("", key)


def is_latin_name(text: str) -> bool:
    """True for names an English article could contain (Latin letters once accents are folded)."""
    folded = _DROPPED.sub("", fold_accents(text)).replace("–", "-")  # "Tall ‘Afar" is Latin: the ʿayn mark is no letter
    return folded.isascii() and any(ch.isalpha() for ch in folded) and not any(ch.isdigit() for ch in folded)


# A loose key shorter than this matches too many unrelated names ("gora" is "Gawler" as well as "Góra").
MIN_LOOSE_KEY_LENGTH = 6


@lru_cache(maxsize=1)
def _transliteration_rules() -> tuple[tuple[re.Pattern, str], ...]:
    from importlib import resources

    text = resources.files("incident_extractor").joinpath("data", "geo_transliteration.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")][1:]
    return tuple((re.compile(pattern), replacement) for pattern, replacement in rows)


@lru_cache(maxsize=50_000)
def loose_key(key: str) -> str:
    """A name key with transliteration variants folded: "al mahmudiyah", "mahmoudiya" -> "mahmudiya";
    "tall afar", "tal afar" -> "talafar". Spaces go too ("Nik Shahr" = "Nikshahr")."""
    loose = without_article(key)
    for pattern, replacement in _transliteration_rules():
        loose = pattern.sub(replacement, loose)
    return loose


# Vowels and the glides between them, as transliterations write them: "Zuwayd" / "Zweid", "Miqdadiyah" /
# "Maqdadiya", "Mayadin" / "Miadin". The vowel key folds each run of them into one "a".
_VOWEL_RUN = re.compile(r"[aeiouyw]+")
# A vowel key needs this many consonants: "madan" (3) is the least that still names few places per country.
MIN_VOWEL_KEY_CONSONANTS = 3


@lru_cache(maxsize=50_000)
def vowel_key(key: str) -> str:
    """The loose key with every run of vowels and glides folded into one "a", or "" when too short to use:
    "sheikh zuweid", "ash shaykh zuwayd" -> "shakzad"; "al bu kamal", "bokamal" -> "bakamal". Looser than
    `loose_key` ("Mosul" = "Masul" here): the last resort for a place entity, inside the story's countries."""
    folded = _VOWEL_RUN.sub("a", loose_key(key))
    consonants = len(folded) - folded.count("a")
    return folded if consonants >= MIN_VOWEL_KEY_CONSONANTS and len(folded) >= MIN_LOOSE_KEY_LENGTH - 1 else ""
