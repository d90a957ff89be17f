"""A place name that is only the tail of a longer entity ("the Ruvu River Canyon", "a Dakar Ngor Beach"): no country
evidence, and at most a weak namesake of a place of the story's countries.

Sentences written for these tests; the real gazetteer (cached index) decides the candidates.
"""

import pytest

from incident_extractor.geo.finder import find_name_mentions, is_all_caps
from incident_extractor.geo.names import name_key

from conftest import places_of as run

KNOWN = {"canyon", "kabul", "jalalabad", "abbas", "lido beach", "nangarhar", "dir", "helmand"}


def finder_tails(text, ents):
    spans = [(text.index(name), text.index(name) + len(name), label) for name, label in ents]
    found = find_name_mentions(text, spans, lambda name: name_key(name) in KNOWN, is_all_caps(text))
    return [(m.text, m.name_tail) for m in found]


@pytest.mark.parametrize("text, ents, expected", [
    ("Troops were ambushed in the Ruvu River Canyon at dawn.", [("the Ruvu River Canyon", "LOC")], [("Canyon", True)]),
    ("A bomb hit the Mirza Abbas shrine in Kabul.", [("the Mirza Abbas", "FAC"), ("Kabul", "GPE")],
     [("Abbas", True), ("Kabul", False)]),
    # a possessive before the name is the wider place, not part of the name
    ("A post in Nangarhar's Jalalabad district was hit.", [("Nangarhar's Jalalabad", "GPE")],
     [("Nangarhar", False), ("Jalalabad", False)]),
    # a direction word or an article before the name: a region of the place, not a longer name
    ("Drones struck Upper Dir again.", [("Upper Dir", "GPE")], [("Dir", False)]),
    ("Clashes spread to the Helmand valley.", [("the Helmand", "LOC")], [("Helmand", False)]),
    # no entity: nothing says the words form one name
    ("Troops were ambushed in Ruvu River Canyon at dawn.", [], [("Canyon", False)]),
    # capitals: every word is capitalised
    ("TROOPS WERE AMBUSHED IN THE RUVU RIVER CANYON.", [("THE RUVU RIVER CANYON", "LOC")], [("CANYON", False)]),
])
def test_the_tail_of_a_longer_entity_is_marked(text, ents, expected):
    assert finder_tails(text, ents) == expected


@pytest.fixture(scope="module")
def nlp(places_nlp):
    return places_nlp


@pytest.mark.parametrize("text, ents, expected", [
    # a US town named Canyon is no place of a Colombian story, and gives it no country
    ("Nine soldiers died in the Xurumbi River Canyon near Barrancabermeja, Colombia.",
     [("the Xurumbi River Canyon", "LOC"), ("Barrancabermeja", "GPE"), ("Colombia", "GPE")],
     [("Barrancabermeja", "CO"), ("Colombia", "CO")]),
    # "a Mogadishu Lido Beach": the beach is Mogadishu's, not the New York hamlet
    ("A car bomb exploded outside a cafe overlooking a Mogadishu Lido Beach.", [("Mogadishu Lido Beach", "GPE")],
     [("Mogadishu", "SO")]),
    # negative: a region after an unknown village is the wider place, not the tail of a name
    ("A drone strike in Xurumbi Oromia killed ten, Ethiopia said.", [("Xurumbi Oromia", "GPE"), ("Ethiopia", "GPE")],
     [("Oromia", "ET"), ("Ethiopia", "ET")]),
    # negative: the same name standing alone after a cue is still found
    ("Gunmen opened fire in Lido Beach on Sunday.", [("Lido Beach", "GPE")], [("Lido Beach", "US")]),
])
def test_the_tail_of_a_longer_entity_gives_no_foreign_place(nlp, text, ents, expected):
    assert [(place.text, place.country_code) for place in run(nlp, text, ents).places] == expected
