"""A lone person after "<aux> <participle> and" borrows the auxiliary past an adverb ("and a third seriously
wounded"; casualties/local_news.py shares_auxiliary, the passive rule of finder.py). Sentences written for these
tests."""

import pytest

from casualty_helpers import headline as count

SHARED_AUXILIARY = [
    ("Two farmers are killed and a third badly wounded in the raid.", 1),
    ("A guard was killed and a driver seriously wounded in the ambush.", 1),
    ("One soldier is killed and a civilian wounded.", 1),
    # a lone person before a bare participle with its own object is the doer
    ("A sniper wounded two soldiers.", 2),
    ("The attacker wounded a guard.", 1),
]


@pytest.mark.parametrize("text, injured", SHARED_AUXILIARY)
def test_lone_person_borrows_the_auxiliary_past_an_adverb(text, injured):
    assert count(text, "injured") == injured
