import re

import pytest

from incident_extractor.components.places import LowercaseWords

TEXT = "The city of Homs; homs_2 and xhoms, homs. Mosul’s mosul3 éaleppo aleppo- (raqqa) city"
ALL_LOWER_WORDS = frozenset(re.findall(r"\b[a-z]+\b", TEXT))  # the set the container stands for


@pytest.mark.parametrize("word", ["city", "homs", "mosul", "aleppo", "raqqa", "the", "The", "of", "xhoms", "s",
                                  "", "Homs", "mosul3", "ity", "éaleppo"])
def test_lowercase_words_answer_as_the_set_of_lower_case_words(word):
    assert (word in LowercaseWords(TEXT)) == (word in ALL_LOWER_WORDS)


def test_answers_are_remembered_per_text():
    words = LowercaseWords("in the city")
    assert "city" in words and "city" in words and "town" not in words
