"""A place or unit named after a passive subject list ("four Marines from the Philippine Army were killed") and a
subject apart from "died" (casualties/distant_subjects.py). Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

PLACE_AFTER_THE_LIST = [
    ("Six rebels and two rangers from the Border Corps were killed in the clash.", 8),
    ("Three deputies in Tulsa, Oklahoma were shot dead at a roadblock.", 3),
    ("Two nurses at the Red Cross clinic were killed.", 2),
    ("A support worker for the Armed Forces was killed in the blast.", 1),
    # a place phrase after something that is no person: no subject
    ("A bus in Lagos was hit by a bomb.", None),
    # in capitals every word looks like a name: no place phrase there
    ("64 MAYORS OF SMALL AND MEDIUM TOWNS IN THE ANDES HAVE BEEN KILLED.", None),
]


@pytest.mark.parametrize("text, killed", PLACE_AFTER_THE_LIST)
def test_place_after_the_subject_list(text, killed):
    assert count(text, "killed") == killed


DISTANT_DIED = [
    ("Three guards posted outside the bank in Mombasa died after the blast.", 3),
    ("A ten-year-old boy from the fishing village died.", 1),
    ("Two men were hurt and a woman in the car died.", 1),
    # the place right before "died" is no person
    ("Two soldiers guarding a checkpoint near Kismayo died.", 2),
    # the present tense of short reports; "also" puts them on top of the toll before
    ("Three soldiers riding in the convoy die in the blast.", 3),
    ("Nine soldiers are killed. In the raid also two guards who were waiting outside die.", 11),
    # no death reported, or a number in the gap
    ("Two men who vowed to die were arrested.", None),
    ("Up to 30 people in the village may have died.", None),
    ("Four men in 2 cars died.", None),
]


@pytest.mark.parametrize("text, killed", DISTANT_DIED)
def test_subject_apart_from_died(text, killed):
    assert count(text, "killed") == killed
