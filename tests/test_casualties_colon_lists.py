"""Lists of people announced by a head with no number ("THE FOLLOWING GUARDS DIED: A, B AND C", "The dead were
identified as A and B"; casualties/colon_lists.py): sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

COLON_LISTS = [
    # text, type, count
    ("THE FOLLOWING POLICEMEN DIED IN THE FIGHTING: MAJOR JUAN PEREZ, CAPTAIN PEDRO GOMEZ, AND SERGEANT LUIS DIAZ.",
     "killed", 3),
    ("THE FOLLOWING PEOPLE WERE KILLED: JUAN PEREZ; PEDRO GOMEZ, A DRIVER; AND TWO WOMEN. THEY WERE BURIED.",
     "killed", 4),
    ("The following soldiers were killed in the ambush: Sgt. Juan Perez, Lt. Ana Gomez and Capt. Luis Diaz.",
     "killed", 3),
    ("The following were wounded: Ana Paz and two boys.", "injured", 3),
    ("THE DEAD WERE IDENTIFIED AS JUAN PEREZ, PEDRO GOMEZ AND LUIS DIAZ.", "killed", 3),
    ("The dead were identified as Juan Perez, 42, and Ana Gomez, 30.", "killed", 2),
    # an item that is no person: the list tells no count
    ("The dead were identified as Juan Perez, a farmer, and Ana Gomez.", "killed", None),
    ("The group said the following: we killed them all.", "killed", None),
    ("The following is a list of those killed: John Smith and Mary Jones.", "killed", None),
]


@pytest.mark.parametrize("text, kind, expected", COLON_LISTS)
def test_colon_lists(text, kind, expected):
    assert count(text, kind) == expected
