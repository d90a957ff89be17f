"""Local crime news, round 7: dates, restated victims and the injured of the dead (sentences written for these tests)."""

import re

import pytest

from casualty_helpers import headline as count
from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.headline import headline_count


def story(text: str, casualty_type: str):
    """The headline figure of a few sentences, each read on its own as the pipeline reads them."""
    mentions = []
    for sentence in re.finditer(r"[^.]+(?:\.|$)", text):
        mentions += find_casualties(sentence.group(0), sentence.start())
    return headline_count(mentions, casualty_type)


DAY_AFTER_MONTH = [
    ("On March 14, two teenagers were shot dead outside a shop.", "killed", 2),
    ("On Sept. 3, four people were wounded at a bus stop.", "injured", 4),
    ("Since June 9, 11 people have been killed in the district.", "killed", 11),
    # the ages of a list stay blanked, a plain count after a month with a year stays a count
    ("A driver, 52, and a cyclist, 19, were killed.", "killed", 2),
    ("In May 2019, 14 miners were killed in a blast.", "killed", 14),
    # no month before the number: it is a count
    ("Then, 12 people were injured in the crush.", "injured", 12),
]


@pytest.mark.parametrize("text, kind, expected", DAY_AFTER_MONTH)
def test_a_day_after_its_month_is_no_count(text, kind, expected):
    assert count(text, kind) == expected


PRONOUN_RESTATES = [
    # the pronoun is the victim counted before: an attacker on top of nothing, or a plain figure
    ("A suspected robber was fatally shot by a guard. He was pronounced dead at the hospital.", "killed", 1),
    ("A security guard was shot dead on Friday. He died at the scene.", "killed", 1),
    # alone, the pronoun is the figure
    ("A cyclist was hit on Friday. She died in hospital on Sunday.", "killed", 1),
    ("He was stabbed twice and died at the scene.", "killed", 1),
    # next to another figure of its sentence, the pronoun is someone else
    ("He shot dead two clerks and wounded a customer before he was killed by police.", "killed", 3),
    # a pronoun inside a list is one of its people
    ("She and her two daughters were killed in the blaze.", "killed", 3),
    # the toll and the attacker on top of it stand
    ("Police shot dead a gunman who had killed two people. He was pronounced dead later.", "killed", 3),
]


@pytest.mark.parametrize("text, kind, expected", PRONOUN_RESTATES)
def test_a_pronoun_victim_restates(text, kind, expected):
    assert story(text, kind) == expected
