"""One named person before an apposition (casualties/appositions.py): the present tense of short reports,
"died" after an apposition, a kidnapping then a killing. Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

APPOSITIONS = [
    # "was" (unchanged) and the present tense "is"
    ("Rosa Blanco, a nurse from the clinic, was shot dead near her home.", 1),
    ("Karl Hoff, a mining engineer, is killed by his kidnappers.", 1),
    ("Deputy Yusuf Bala, who chaired the budget committee, is shot dead outside parliament.", 1),
    # "died" after an apposition: a name, or a victim noun, right before it
    ("Hamid Noor, a former deputy governor, died in the explosion of a bomb under his car.", 1),
    ("The driver, Samir Haddad, died at the scene.", 1),
    ("Colonel Ibrahim Sani, commander of the northern sector (NS, an army unit), died Sunday when his jeep hit a mine.", 1),
    # a kidnapping, then the killing: one dead person
    ("Nadia Farouk, a local journalist, was abducted and killed by the militia.", 1),
    # no single named person: a plural subject, a people, a place
    ("The two brothers, both farmers, died in the attack.", 2),
    ("Villagers, who had gathered at the well, died.", None),
    ("Americans, all of them tourists, died.", None),
]


@pytest.mark.parametrize("text, killed", APPOSITIONS)
def test_named_person_before_an_apposition(text, killed):
    assert count(text, "killed") == killed


def test_a_kidnapped_person_with_an_apposition_is_kidnapped():
    assert count("Piet de Vries, a Dutch aid worker, was kidnapped in the north.", "kidnapped") == 1
