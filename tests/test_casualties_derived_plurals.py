"""The regular plurals of the singular victim nouns are victim nouns too (victim_phrase.plural_nouns): a counted
group far from its verb needs a known head. Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count
from incident_extractor.casualties.lexicon import lexicon
from incident_extractor.casualties.victim_phrase import plural_nouns

DERIVED_PLURALS = [
    ("Two lawmakers from the northern state were killed along with six bodyguards.", 8),
    ("Three drivers waiting at the depot were shot dead.", 3),
    ("Four deputies guarding the court in the capital died.", 4),
    ("No drivers were hurt.", 0),
]


@pytest.mark.parametrize("text, killed", DERIVED_PLURALS)
def test_derived_plural_heads(text, killed):
    assert count(text, "killed") == killed


@pytest.mark.parametrize("singular, plural", [("driver", "drivers"), ("deputy", "deputies"), ("chairman", "chairmen"),
                                              ("bus driver", "bus drivers")])
def test_plural_nouns_derives_regular_plurals(singular, plural):
    assert singular in lexicon()["victim_nouns_singular"]
    assert plural in plural_nouns(lexicon())
