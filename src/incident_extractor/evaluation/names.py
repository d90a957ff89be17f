"""Loose keys for place names, so that spelling variants of one admin1 unit compare equal.

Gold and gazetteers spell the same unit differently ("Ar Raqqah governorate", "Raqqa", "Ar-Raqqah");
the scorer compares keys, not strings. The rules are deliberately conservative: they join spellings,
they never join two different names of similar sound.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from incident_extractor.evaluation.datafiles import load_data

_NON_LETTERS = re.compile(r"[^a-z]+")
# transliteration marks inside a word ("Ma'rib", "Saʿdah") are dropped, not read as word breaks
_WORD_INNER_MARKS = re.compile("[\'’‘ʼʿʾ`]")
_DOUBLED_LETTER = re.compile(r"([a-z])\1+")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _fold_spelling(word: str) -> str:
    # transliterations differ in doubled letters and a final h ("Raqqah"/"Raqa", "Hamah"/"Hama")
    word = _DOUBLED_LETTER.sub(r"\1", word)
    if len(word) > 3 and word.endswith("h"):
        word = word[:-1]
    return word


@lru_cache(maxsize=4096)
def admin1_key(name: str) -> str:
    """A comparison key for an admin1 name: '' when nothing but level words is left."""
    table = load_data("evaluation_admin1_names.json")
    level_words = set(table["level_words"])
    articles = set(table["article_prefixes"])
    aliases = table["word_aliases"]
    words = _NON_LETTERS.sub(" ", _WORD_INNER_MARKS.sub("", strip_accents(name).casefold())).split()
    words = [aliases.get(word, word) for word in words if word not in level_words]
    # an article counts only in front of another word ("al hasakah"), never as the whole name
    words = [word for index, word in enumerate(words) if not (word in articles and index + 1 < len(words))]
    words = [aliases.get(word, word) for word in words]
    return " ".join(sorted(_fold_spelling(word) for word in words))


def same_admin1(gold_name: str, predicted_name: str) -> bool:
    gold_key = admin1_key(gold_name)
    return bool(gold_key) and gold_key == admin1_key(predicted_name)
