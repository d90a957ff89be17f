"""Round-6 list phrasings: semicolon lists, a trailing apposition, a time adverbial before the list, a headline
aside of two items, "only one of the bombers died". Sentences written for these tests."""

import pytest

from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.headline import headline_count


def count(text: str, casualty_type: str = "killed"):
    mentions = [m for sentence in text.split(". ") for m in find_casualties(sentence)]
    return headline_count(mentions, casualty_type)


LISTS = [
    # semicolons between items that hold commas, each name with its apposition
    ("AGENTS MARIO LOPEZ, A CHAUFFEUR; PEDRO SOTO, A CAMERAMAN; AND RAUL VEGA, A CORPORAL, WERE KILLED.", 3),
    ("Nora Diaz, a teacher; Tomas Rey, a nurse; and Elena Cruz, a student, were killed.", 3),
    # commas only, the last name still followed by its apposition
    ("MARIO LOPEZ, A CHAUFFEUR, PEDRO SOTO, A CAMERAMAN, AND RAUL VEGA, A CORPORAL, WERE KILLED.", 3),
    ("Nora Diaz and Tomas Rey, a nurse, were killed.", 2),
    # a clause before the semicolon is no item
    ("Two soldiers died; Nora Diaz and Tomas Rey were killed.", 4),
    # a time adverbial between the active verb and its list
    ("GUERRILLAS HAVE MURDERED IN LESS THAN 72 HOURS MARIO LOPEZ, PEDRO SOTO AND RAUL VEGA.", 3),
    ("GUERRILLAS MURDERED LAST NIGHT MARIO LOPEZ AND PEDRO SOTO.", 2),
    ("GUERRILLAS MURDERED MARIO LOPEZ AND PEDRO SOTO.", 2),
]


@pytest.mark.parametrize("text, killed", LISTS)
def test_named_lists(text, killed):
    assert count(text) == killed


HEADLINE_ASIDES = [
    ("At least 14 people, including a provincial governor, Omar Haidari killed in suicide blast", 14),
    ("At least 9 people, including a judge, a clerk killed in courthouse attack", 9),
    ("At least 9 people, including a judge, were killed.", 9),
]


@pytest.mark.parametrize("text, killed", HEADLINE_ASIDES)
def test_headline_aside_of_two_items(text, killed):
    assert count(text) == killed


SUICIDE_ONLY = [
    ("Two suicide bombers blew themselves up at a checkpoint, killing three guards. "
     "Only one of the bombers died in the blast, the other was arrested.", 4),
    ("Two suicide bombers blew themselves up at a checkpoint, killing three guards.", 5),
    ("Three suicide bombers attacked the base, killing two soldiers. Only two of the attackers died.", 4),
]


@pytest.mark.parametrize("text, killed", SUICIDE_ONLY)
def test_only_some_bombers_died(text, killed):
    assert count(text) == killed
