"""Sentence openers that tell another incident (extract/openers.py): a connective at the head of a sentence or a
list number keeps a short report's attacks apart, and the report gets their total. Sentences written for these
tests."""

import pytest

from incident_extractor.events.tables import separate_incident_pattern
from incident_extractor.extract.openers import opens_another_incident

OPENERS = [
    ("A bomb killed two guards in Hilla. Moreover, a farmer was shot dead in Kirkuk.", "Moreover", True),
    ("A bomb killed two guards in Hilla. Separately, gunmen shot dead a driver.", "Separately", True),
    ("A bomb killed two guards in Hilla. Additionally, a mine killed a shepherd.", "Additionally", True),
    ("A bomb killed two guards in Hilla. In addition, a mine killed a shepherd.", "In addition", True),
    ("A bomb killed two guards in Hilla. In addition to this attack, a mine killed a shepherd.", "In addition", True),
    ("A bomb killed two guards in Hilla. Also in the capital, gunmen killed a judge.", "Also", True),
    ("A bomb killed two guards in Hilla. Later, a patrol hit a mine near Tikrit.", "Later", True),
    ("A bomb killed two guards in Hilla. Then four soldiers were killed in an ambush.", "Then", True),
    ("A bomb killed two guards in Hilla. Shortly afterwards, a grenade hit a bus.", "Shortly", True),
    ("A bomb killed two guards in Hilla. Two hours later a mortar hit the market.", "Two hours", True),
    ("A bomb killed two guards in Hilla. The next day a bomber struck a mosque.", "The next", True),
    ("A bomb killed two guards in Hilla. On the same day, gunmen raided a farm.", "On the same", True),
    # a later toll told as another attack's: an indefinite attack noun after it
    ("A car bomb killed three people in Hilla. Another three people were killed and two injured in a mortar attack.",
     "Another", True),
    ("A car bomb killed three people in Hilla. Another two civilians were wounded in an IED blast near Kirkuk.",
     "Another", True),
    ("A car bomb killed three people in Hilla. Another three people were killed in the attack.", "Another", False),
    ("A car bomb killed three people in Hilla. Another three people died in hospital.", "Another", False),
    # a list: the number alone before the sentence, or at its head
    ("1. A bomb killed two guards. 2. Gunmen shot dead a family of five.", "Gunmen", True),
    ("1. A bomb killed two guards. 2. Gunmen shot dead a family of five.", "2.", True),
    ("(1) A bomb killed two guards. (2) Gunmen shot dead a family of five.", "Gunmen", True),
    # a sentence whose words inside it join the parts of one attack, a first sentence, a later toll: nothing
    ("A bomb killed two guards and the bomber then blew himself up.", "A bomb", False),
    ("The bomber later blew himself up.", "The bomber", False),
    ("A bomb killed two guards in Hilla.", "A bomb", False),
    ("Two soldiers were killed. The toll rose to 12 later that day.", "The toll", False),
    ("A bomb killed 12. Four more died in hospital.", "Four", False),
    ("In addition to the two guards, a driver was killed.", "In addition", False),
]


@pytest.mark.parametrize("text, word, expected", OPENERS)
def test_opens_another_incident(text, word, expected):
    assert opens_another_incident(text, text.index(word)) is expected


REPORTS = [
    # (text, killed and injured of the total record)
    ("A soldier was killed and two others were wounded when a bomb exploded in a market in Hilla. "
     "Moreover, a farmer was killed and another was injured in a bomb blast in a village near Kirkuk.", (2, 3)),
    ("1. A roadside bomb killed three policemen and wounded four others in Hilla. "
     "2. Gunmen shot dead six members of a family in their home in Kirkuk.", (9, None)),
    ("A car bomb exploded outside a bakery in Hilla, killing seven people and wounding 20 others. "
     "Separately, a roadside bomb wounded five soldiers in Baquba.", (None, 25)),
]


@pytest.mark.parametrize("text, expected", REPORTS)
def test_a_report_told_with_openers_gets_its_total(incidents_of, text, expected):
    totals = [(r.killed, r.injured) for r in incidents_of(text) if r.scope == "aggregate"]
    assert totals == [expected]


def test_one_attack_told_in_several_sentences_gets_no_total(incidents_of):
    text = ("A car bomb exploded outside a bakery in Hilla, killing seven people. "
            "The bomber then fled on foot. Later, the toll rose to nine.")
    records = incidents_of(text)
    assert [r for r in records if r.scope == "aggregate"] == []
    assert max(r.killed or 0 for r in records) == 9


SEPARATE_WORDS = [
    # an attack told with 'also' is another attack than the one before
    ("Militants also attacked a checkpoint near Tikrit, killing three guards.", True),
    ("The consulate was also bombed and six were injured there.", True),
    ("Gunmen also stormed a police station in the town.", True),
    # 'also' before a victim or a figure adds to the same attack
    ("Two policemen were also killed in the blast.", False),
    ("The bomber also wounded four passers-by.", False),
]


@pytest.mark.parametrize("sentence, expected", SEPARATE_WORDS)
def test_also_before_an_attack_verb_is_another_attack(sentence, expected):
    assert bool(separate_incident_pattern().search(sentence)) is expected


def test_any_count_of_hours_later_opens_another_incident():
    text = "A car bomb wounded 20 people outside the embassy. Thirteen hours later, a second office was bombed."
    assert opens_another_incident(text, text.index("Thirteen"))
    text = "A car bomb wounded 20 people outside the embassy. A few hours later, gunmen raided a bank."
    assert opens_another_incident(text, text.index("A few"))
