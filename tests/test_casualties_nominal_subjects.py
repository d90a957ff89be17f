"""A counted group before a bare participle with an object is the subject of an active verb, not a toll
(casualties/nominal_subjects.py): sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

NOMINAL_SUBJECTS = [
    # the group did the killing: the object is the toll
    ("ON MONDAY, SEVERAL GUNMEN KILLED TOMAS RIVAS ORTEGA, A LOCAL JUDGE.", 1),
    ("Several gunmen killed Ines Marquez outside her home.", 1),
    ("THREE HOODED MEN MURDERED A TAXI DRIVER IN THE MARKET.", 1),
    # the group was killed: a toll, whatever follows
    ("FIVE POLICEMEN KILLED IN THE AMBUSH WERE BURIED TODAY.", 5),
    ("THE 14 PEASANTS KILLED YESTERDAY WERE IDENTIFIED.", 14),
    ("Ten people killed Monday in the capital were buried.", 10),
    ("30 killed Tuesday in a market bombing.", 30),
    ("THE THREE GUARDS KILLED WORKED FOR A PRIVATE FIRM.", 3),  # (the sentence's own verb follows)
]


@pytest.mark.parametrize("text, killed", NOMINAL_SUBJECTS)
def test_nominal_subjects(text, killed):
    assert count(text, "killed") == killed
