"""A suicide attack named as an event counts its attackers among the dead (casualties/suicide_events.py):
sentences written for these tests."""

import pytest

from casualty_helpers import headline as count
from incident_extractor.casualties.suicide_events import attackers_of_event

SUICIDE_EVENTS = [
    ("Eleven villagers were killed in a suicide bombing near the grain depot.", 12),
    ("A suicide blast at the ferry terminal killed four porters.", 5),
    ("A suicide car bomb exploded beside the toll gate, killing 30 travellers.", 31),
    ("Seven guards died when a Taliban suicide truck bombing hit the depot.", 8),
    ("A double suicide bombing at the bus park killed 18 traders.", 20),
    ("Two coordinated suicide attacks on the barracks killed nine recruits.", 11),
    # the attacker alone: the event says he died
    ("A suicide bombing shook the border post at dawn.", 1),
    # the toll names the bomber already
    ("Nine shoppers were killed in a suicide bombing, including the bomber.", 9),
    # a bomber named in the sentence counts once, as before
    ("A suicide bomber struck the depot, killing six in the suicide attack.", 7),
    # how many attacks, the text does not say; a number of the victims is no number of attacks
    ("The sect has carried out suicide bombings for years; five porters were killed on Monday.", 5),
    ("Gunmen killed two herders in suicide attacks on the camps.", 2),
    # an attack that did not happen kills no attacker
    ("Police foiled a suicide bombing at the stadium.", None),
    ("Guards thwarted a suicide attack on the depot; nobody was hurt.", 0),
]


@pytest.mark.parametrize("text, killed", SUICIDE_EVENTS)
def test_suicide_event_adds_its_attackers(text, killed):
    assert count(text, "killed") == killed


ATTACKERS = [
    ("a suicide bombing", "bombing", 1),
    ("a double suicide car bombing", "car bombing", 2),
    ("twin suicide blasts", "blasts", 2),
    ("a pair of suicide attacks", "attacks", 2),
    ("three separate suicide bombings", "bombings", 3),
    ("the Kabul suicide bombing", "bombing", 1),
    ("Twelve killed in suicide blast", "blast", None),
    ("the suicide bombings", "bombings", None),
    ("killing two in suicide attacks", "attacks", None),
]


@pytest.mark.parametrize("phrase, head, attackers", ATTACKERS)
def test_attackers_of_event(phrase, head, attackers):
    assert attackers_of_event(phrase, phrase.index("suicide"), head) == attackers
