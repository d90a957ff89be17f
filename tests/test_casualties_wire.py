"""Casualty phrasings of news wire and of verbs that also take things (casualties/person_only_verbs.py and the
wire rules), with sentences written for these tests."""

import pytest

from casualty_helpers import headline


@pytest.mark.parametrize(
    "text, killed",
    [
        # a thing blown up is no death
        ("THE SAME OIL PIPELINE WAS BLOWN UP NEAR CANO LIMON.", None),
        ("A DELIVERY TRUCK WAS ALSO BLOWN UP 2 DAYS AGO.", None),
        ("Two bank branches and a restaurant were blown up overnight.", None),
        ("THE POWER PLANT WAS BLOWN UP BY THE REBELS.", None),
        ("A BUS WITH FOREIGN SAILORS ON BOARD WAS BLOWN UP BY A BOMB.", None),
        # people blown up still count
        ("TWO SOLDIERS WERE BLOWN UP BY A MINE.", 2),
        ("Three were blown up when the mine went off.", 3),
        ("A SERGEANT WAS BLOWN UP IN HIS JEEP.", 1),
        ("Two Americans were blown up in the blast.", 2),
        ("The driver was blown up in his car.", 1),
        # other verbs are untouched
        ("THE MAYOR WAS KILLED IN THE BLAST.", 1),
    ],
)
def test_person_only_verbs(text, killed):
    assert headline(text) == killed


@pytest.mark.parametrize(
    "text, killed, injured",
    [
        # a surname ending in -s before "was" / "has been", or after a title, is one person
        ("MR. PAREDES WAS KILLED AND MR. CORTES WAS WOUNDED.", 1, 1),
        ("Mr. Paredes was killed and Mr. Cortes was wounded.", 1, 1),
        ("Flores has been shot dead outside his office.", 1, None),
        ("DR RAMOS DIED IN THE HOSPITAL.", 1, None),
        ("MSGR REYES DIED OF HIS WOUNDS.", 1, None),
        ("Julio Paredes died in hospital on Sunday.", 1, None),
        # a bare -s word before "died", a known plural, a people or a plural verb are no name
        ("PAREDES DIED IN THE HOSPITAL.", None, None),
        ("Americans died in the blast.", None, None),
        ("The rebels said Cortes was killed on the road.", 1, None),
        ("CORTES GOT WOUNDED IN THE ARM.", None, None),
    ],
)
def test_surnames_ending_in_s(text, killed, injured):
    assert (headline(text), headline(text, "injured")) == (killed, injured)
