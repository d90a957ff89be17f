import re

import pytest

from incident_extractor.geo.finder import _maybe_capitalised, _without_possessive, _word_columns, is_all_caps

# the word pattern as first written: one alternative tried per character
REFERENCE_WORD = re.compile(r"[^\W\d_](?:\w|['’\-](?=\w)|(?<![^\W\d_]{2})\.(?=\w))*")


@pytest.mark.parametrize("text", [
    "Gunmen attacked al-Hasakah's market near the U.S. base.",
    "Maiduguri.Only e.g. i.e.x ..a x.y.z ab.cd a.b.c",
    "O'Neil said 3Kabul x3Kabul é.É.é _a a_b a__ ab'-c a-'b a.-b it's -x '' ‘q’",
    "THE VILLAGE OF SAN JOSE, 3 JAN 90 (EFE) -- TWO KILLED",
    "",
])
def test_words_are_those_of_the_reference_pattern(text):
    matches = list(REFERENCE_WORD.finditer(text))
    assert _word_columns(text) == ([m.start() for m in matches], [m.end() for m in matches], [m.group() for m in matches])


@pytest.mark.parametrize("text, expected", [
    ("troops entered Kabul and el-Arish today", ["Kabul", "el-Arish"]),
    ("in the city of Aleppo", ["Aleppo"]),
    ("no names at all", []),
])
def test_only_words_not_all_lower_case_may_start_a_name(text, expected):
    texts = _word_columns(text)[2]
    assert [texts[index] for index in _maybe_capitalised(texts)] == expected


@pytest.mark.parametrize("text, expected", [
    ("TWO SOLDIERS WERE KILLED IN SAN SALVADOR", True),
    ("Two soldiers were killed in San Salvador", False),
    ("ÉTÉ ÀÀÀ É", False),  # no ASCII capitals to count
    ("BOGOTÁ, 9 JAN 90 (EFE) -- ÜBER SOLDIERS aré", True),
])
def test_all_caps_counts_ascii_letters(text, expected):
    assert is_all_caps(text) is expected


@pytest.mark.parametrize("word", ["Yerevan's", "YEREVAN'S", "Yerevan’s", "Yerevan’S", "Yerevan", "s", "'s", "Kansas",
                                  "Yerevanſ", "Yerevan'ſ", "Yerevan's\n"])
def test_possessive_removed_as_the_case_insensitive_pattern_did(word):
    reference = re.sub(r"['’]s$", "", word, flags=re.IGNORECASE) if word[-2:].lower() in ("'s", "’s") else word
    assert _without_possessive(word) == reference
