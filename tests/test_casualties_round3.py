"""Round-3 phrasings: lists after a preposition, "killed 43 soldiers, nine were wounded", dotted abbreviations,
"along with", "three of their colleagues", "suffered minor injuries", "the injury of 13", ages and animals that
are no casualties. All sentences are written for this project."""

import pytest

from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.headline import headline_count
from incident_extractor.casualties.numbers import parse_number
from casualty_helpers import headline


@pytest.mark.parametrize("text, killed, injured", [
    # a victim list never starts right after a preposition: "In addition to the driver, 12 ..." is no list
    ("In addition to the driver, 12 passengers were killed in the crash of the bus.", 12, None),
    ("According to the governor, 14 villagers were killed and 6 were wounded.", 14, 6),
    # ... but "after" opens a clause of its own: "charged with murder after two people were stabbed to death"
    ("A man was charged with murder after two people were stabbed to death at a flat.", 2, None),
    ("Shops closed after three guards were shot dead outside the bank.", 3, None),
    # an age between commas is no count and does not break the list
    ("A woman, 41, and a man, 45, were pronounced dead at the scene.", 2, None),
    ("A teacher, aged 52, was shot dead and his son, 19, was wounded.", 1, 1),
    # a toll named by its incident: "the death toll in the attack rose to 12", however long the name
    ("The death toll in the attack rose to 12.", 12, None),
    ("The death toll from the bombing of a crowded bus station in the northern city rose to 63 on Sunday.", 63, None),
    ("The toll of the blast in the market now stands at 30.", 30, None),
    # a bare comma after an object starts a new clause
    ("The raid killed 31 soldiers, eight were wounded, two went missing.", 31, 8),
    ("Rebels killed twenty villagers, eleven were injured in the shelling.", 20, 11),
    ("Gunmen killed two officers and another two were injured.", 2, 2),
    # dotted abbreviations inside a victim phrase
    ("Three U.S. soldiers were killed and two U.N. workers were wounded.", 3, 2),
    ("A U.S. contractor was killed near the base.", 1, None),
    # "along with" / "together with" after a figure adds its victims
    ("A police officer was killed along with three civilians at the checkpoint.", 4, None),
    ("The district chief was shot dead, along with two bodyguards, outside his home.", 3, None),
    ("Two nurses died together with a patient when the clinic was shelled.", 3, None),
    ("The mayor arrived along with two aides and was later killed.", 1, None),
    ("Nine guards were killed along with fourteen others wounded.", 9, 14),
    ("Forty were killed, with two hundred and six wounded.", 40, 206),
    # "N of their / his ..." is a counted group, not a sub-group of a figure
    ("Four miners were killed and three of their colleagues were injured in the blast.", 4, 3),
    ("A boy was killed and two of his cousins were wounded by the mine.", 1, 2),
    # suffered / sustained / received ... injuries
    ("Two watchmen suffered minor injuries when the grenade went off.", None, 2),
    ("Five soldiers were killed and seven others received injuries in the ambush.", 5, 7),
    ("Nine passengers sustained serious burns in the fire.", None, 9),
    ("Eleven pupils received various degrees of injuries in the stampede.", None, 11),
    ("The troops suffered heavy losses in the battle.", None, None),
    # "the injury of N" next to "the deaths of N"
    ("The blast resulted in the deaths of 4 people and the injury of 15.", 4, 15),
    ("The blast caused the death of a teacher and the injury of 7 pupils.", 1, 7),
])
def test_round3_headlines(text, killed, injured):
    assert headline(text) == killed
    assert headline(text, "injured") == injured


@pytest.mark.parametrize("text, killed", [
    # animals killed in an attack are no casualties
    ("Twelve people were killed. Seven horses were also killed in the blast.", 12),
    ("Four camels were killed when the convoy hit a mine.", None),
    ("Two farmers and their dogs were shot dead.", 2),
    # an age is never a count
    ("A man, aged 67, was killed in the attack.", 1),
    ("Three people aged 20 to 30 were killed.", 3),
    # dying of one person, told with an adverb or "passed away"
    ("The victim was taken to hospital where he sadly passed away.", 1),
    ("THE JUDGE UNFORTUNATELY DIED ON THE WAY TO THE CLINIC.", 1),
    # "X, who was murdered"; "took the life of"
    ("The party chose a new leader to replace Ortega, who was murdered last week.", 1),
    ("THE ATTACK THAT TOOK THE LIFE OF PRESIDENTIAL CANDIDATE RUIZ SHOCKED THE COUNTRY.", 1),
])
def test_round3_killed(text, killed):
    assert headline(text) == killed


@pytest.mark.parametrize("text, value", [
    ("67", 67),
    ("aged 67", None),
])
def test_age_is_no_number(text, value):
    number = parse_number(text)
    assert (number.value if number else None) == value


@pytest.mark.parametrize("text, killed", [
    # lists of named people before a plural passive verb, in wire capitals and in mixed case
    ("REPORTER JUAN PEREZ AND CARLOS MENA WERE KILLED BY UNIDENTIFIED MEN.", 2),
    ("THE MINISTER DIED IN AN AMBUSH IN WHICH HIS BODYGUARD AND DRIVER WERE ALSO KILLED.", 3),
    ("A POLICE MAJOR, A JUDGE, AND SENATOR PEDRO LUNA WERE MURDERED LAST MONTH.", 3),
    ("ARMY CAPTAIN LUIS ORTEGA AND ONE CORPORAL WERE KILLED NEAR THE RIVER.", 2),
    ("Teacher Maria Soto and Jorge Rivas were shot dead outside the school.", 2),
    ("His bodyguard and driver were also killed.", 2),
    ("Ana Ruiz, 42, and her son were killed when the bomb went off.", 2),
    ("THE POLICE SAID THAT FARM MANAGER JOSE ROSALES AND HIS SON WERE MURDERED.", 2),
    # not lists of people
    ("The bus and two passengers were burned.", None),
    ("Soldiers and police were killed in the fighting.", None),
    ("Two soldiers and a civilian were killed.", 3),
    # a subject with a relative clause, or a second verb, before its passive verb
    ("Eight fighters who were crossing the border at night were killed by a patrol.", 8),
    ("Two attackers stormed the gate and were shot dead by guards.", 2),
    ("Three gunmen who stormed the hotel where guests were killed were arrested.", None),
    # the same people, a second type: "kidnapped ... and later executed", "killing them both"
    ("Four engineers were abducted on Monday, and were later executed by their captors.", 4),
    ("Two herders were kidnapped from their village and subsequently beheaded.", 2),
    ("The group abducted 15 truck drivers and executed them two days later.", 15),
    ("Gunmen fired on two brothers outside the shop, killing them both.", 2),
    ("Five men were arrested and later released.", None),
    ("Forty migrants were rounded up by the militia and executed.", 40),
    ("A reporter was kidnapped and killed by unknown gunmen.", 1),
    # adverbs between the auxiliary and the verb
    ("Three farmers were mistakenly killed in the air strike.", 3),
    ("Six prisoners were summarily executed at dawn.", 6),
    ("Two guards were fatally wounded.", 2),
])
def test_round3_lists_and_repeats(text, killed):
    assert headline(text) == killed


@pytest.mark.parametrize("text, killed", [
    # the attacker who killed himself with his victims counts once
    ("A bomber set off his vest at the gate that killed himself and six others.", 7),
    ("A suicide bomber blew up a car that kills himself and four guards.", 5),
    # an attacker who killed and was then killed counts too
    ("The gunman killed 12 shoppers before being shot dead by police.", 13),
    ("He stabbed two guards to death and injured a cook before he was killed.", 3),
    # ... but not a victim killed after some other harm
    ("Two hostages were tortured before being killed.", None),
])
def test_round3_attacker_deaths(text, killed):
    assert headline(text) == killed


@pytest.mark.parametrize("text, killed", [
    # a list of named people after an active verb or "the murders of"
    ("THE ATTACKS CLAIMED THE LIVES OF A JUDGE, A POLICE CAPTAIN, AND PRESIDENTIAL CANDIDATE PEDRO LUNA.", 3),
    ("THE GOVERNOR CONDEMNED THE MURDERS OF JUAN ROSALES, MAJOR LUIS VEGA, AND SENATOR ANA MORA.", 3),
    ("Gunmen killed Juan Ruiz, a farmer, and his son.", 2),
    ("Gunmen killed Ana Ruiz, 42, and her son near the market.", 2),
    ("Guerrillas killed Jose Ruiz and wounded two peasants.", 1),
    ("Police killed two gunmen and the driver of the car.", 3),
    # one named person, then an apposition, then "was killed"
    ("PEDRO MOLINA, A SHOPKEEPER CROSSING THE SQUARE, WAS KILLED.", 1),
    ("Former mayor Luis Vera, 51, was shot dead by two men on a motorbike.", 1),
    ("The plane, with 90 passengers aboard, was hijacked.", None),
])
def test_round3_named_objects_and_appositions(text, killed):
    assert headline(text) == killed


@pytest.mark.parametrize("text, killed, injured", [
    # a passive subject never takes in the objects or the sub-group of the clause before it
    ("The blast killed a teacher and a guard and 6 were injured.", 2, 6),
    ("Nine people were killed, including two boys, and another 15 people wounded.", 9, 15),
    ("Three people died including a nurse and 27 others were injured.", 3, 27),
    ("Five were killed in the raid, including a woman and a child, and two others were injured.", 5, 2),
    ("A soldier and two others were killed in the ambush.", 3, None),
    # "shot and injured" with an object is active
    ("Masked men shot and injured four workers at the depot.", None, 4),
    # uncounted groups after a counted one; an ordinal inside the subject; "found injured"; "sent ... to hospital"
    ("Two were killed and about 60 men, women and children were injured.", 2, 60),
    ("Three soldiers of the 5th Mountain Brigade were wounded in the ambush.", None, 3),
    ("Four hikers were found badly injured near the pass.", None, 4),
    ("The blasts killed six people and sent another 41 to hospital.", 6, 41),
])
def test_round3_clause_boundaries(text, killed, injured):
    assert headline(text) == killed
    assert headline(text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # an apposition after a name is the same person (one death: casualties/death_of_name.py)
    ("THE CARTEL DENIED ANY ROLE IN THE DEATH OF PEDRO LUNA, PARTY LEADER AND FORMER MAYOR.", 1, None),
    ("THE MURDERS OF JUAN ROSALES, COLONEL LUIS VEGA, AND SENATOR ANA MORA SHOCKED THE NATION.", 3, None),
    # punctuation ends a list of names
    ("The blast injured two people: Omar Haddad and Karim Said.", None, 2),
    # nobody hurt is no casualty, however long the subject
    ("NONE OF THE 3 NUNS AND THE 40 CHILDREN, WHO HAD BEEN SLEEPING, WAS HURT.", None, None),
    # "shot and killed" with an object is active; one name alone at the end of the phrase
    ("A guard shot and killed Haddad.", 1, None),
    ("Two soldiers shot and wounded Said near the gate.", None, 1),
    ("Artillery fire killed Aleppo residents.", None, None),
])
def test_round3_appositions_and_names(text, killed, injured):
    assert headline(text) == killed
    assert headline(text, "injured") == injured


def _document_headline(text: str, casualty_type: str = "killed"):
    """Figures of every sentence of a short report, as the component finds them sentence by sentence."""
    import re
    mentions, offset = [], 0
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        start = text.index(sentence, offset)
        mentions += find_casualties(sentence, start)
        offset = start + len(sentence)
    return headline_count(mentions, casualty_type)


@pytest.mark.parametrize("text, killed", [
    # a later update supersedes the first toll, across sentences, whichever way it moves
    ("Nine people died in the fire. Two more died overnight, bringing the total number of dead to 11.", 11),
    ("Twenty people were reported dead. Police later revised the death toll to 17.", 17),
    ("Six people were killed. The total death toll now stands at 8.", 8),
    ("Four people were killed at first. The number of people killed had risen to 7 by Monday.", 7),
    ("Bombs killed forty people. Three of the injured died later, bringing the death toll up to 43.", 43),
    # "also" on a subject apart from its verb: people on top of the first toll
    ("Nine miners were shot dead in their camp. Two guards posted at the gate were also killed.", 11),
])
def test_round3_updates_across_sentences(text, killed):
    assert _document_headline(text) == killed


def test_a_toll_since_a_founding_is_an_aggregate():
    text = "Since the party was founded in 1990, about 400 of its members have been murdered."
    assert [m.cues for m in find_casualties(text)] == [("aggregate",)]


@pytest.mark.parametrize("text, killed", [
    # "the murder of X, who was killed ..." is one person, told twice
    ("THE MAYOR CONDEMNED THE MURDER OF POLICE CHIEF COLONEL JUAN MORA, WHO WAS KILLED IN AN AMBUSH TODAY.", 1),
    ("Leaders condemned the killing of judge Ana Ruiz, who was shot dead outside the court.", 1),
])
def test_round3_the_murder_of_someone_who_was_killed(text, killed):
    assert headline(text) == killed
