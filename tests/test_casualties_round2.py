"""Round-2 phrasings: bracketed asides, appositions that restate a total, all-caps lists, lone people named by
a person-shaped noun, "managed to kill", "cut down". All sentences are written for this project."""

import pytest

from incident_extractor.casualties.finder import mask_asides
from casualty_helpers import headline


@pytest.mark.parametrize("text, killed", [
    # a bracketed breakdown restates the total; it never adds to it
    ("Nine people (six pilgrims and three guards) were killed near the shrine.", 9),
    ("At least five people (four farmers and a herder) have been killed in the raid.", 5),
    ("Eleven workers (mostly miners) died in the blast.", 11),
    # a bracketed name inside the victim phrase
    ("14 Border Security Force (BSF) troopers were killed in the ambush.", 14),
    ("THREE NATIONAL POLICE (PN) AGENTS WERE KILLED IN THE ATTACK.", 3),
    ("Six villagers [names withheld] were murdered overnight.", 6),
    # an apposition between commas restates the total
    ("Six people, four soldiers and two teachers, were killed when the bus was hit.", 6),
    ("Two men, a shop owner and his nephew, were shot dead outside the store.", 2),
    ("Three people, the mayor, his driver and a guard, were killed in the ambush.", 3),
    ("Eight people, seven border police officers and the District Highway Police Chief, were killed.", 8),
    # all-caps lists add up
    ("GUNMEN MURDERED FOUR TEACHERS AND TWO STUDENTS IN THE SCHOOL.", 6),
    ("THE REBELS KILLED 3 SOLDIERS AND 2 POLICEMEN NEAR THE BRIDGE.", 5),
    ("THE ASSASSINATION OF FIVE PRIESTS AND THEIR DRIVER SHOCKED THE NATION.", 6),
    # a lone person in a list, named by a noun shaped like a person noun
    ("A parking attendant and two visitors were killed in the shooting.", 3),
    ("A lab technician and three nurses were killed when the clinic was shelled.", 4),
    ("A trustee and four pupils died in the fire set by the attackers.", 5),
    # "managed to kill" reports deaths; "plans to kill" does not
    ("The device only managed to kill one guard before it was defused.", 1),
    ("The gunmen were able to kill two sentries before fleeing.", 2),
    ("The cell planned to kill five officials.", None),
    # less common verbs of killing
    ("Eight shepherds were cut down by machine-gun fire.", 8),
    ("Gunmen mowed down 12 worshippers at the gate.", 12),
    ("Four prisoners were starved to death in the camp.", 4),
    ("Two youths were clubbed to death by the mob.", 2),
    # brackets that hold their own figure are kept
    ("Attacks across the province (12 killed) were blamed on the rebels.", 12),
])
def test_killed_headline(text, killed):
    assert headline(text) == killed


@pytest.mark.parametrize("text, killed, injured", [
    # "another" / "one other" after a figure: one more person, of the verb's type
    ("A ranger was killed and another wounded when the patrol was ambushed.", 1, 1),
    ("Raiders shot a farmer dead and injured another in the field.", 1, 1),
    ("The gunman killed one guard and wounded another, police said.", 1, 1),
    ("TWO POLICEMEN WERE KILLED AND ANOTHER WOUNDED IN THE ATTACK.", 2, 1),
    ("One miner died and one other was hurt in the blast.", 1, 1),
    ("Two soldiers were killed and another was later killed by a sniper.", 3, None),
    # "the same number" repeats the figure stated just before it
    ("The bombing killed nine people and wounded the same number.", 9, 9),
    ("Shelling killed at least 15 and injured the same number of residents.", 15, 15),
    # intensifiers between the auxiliary and the verb
    ("Three porters were very seriously injured by the blast.", None, 3),
])
def test_another_and_same_number(text, killed, injured):
    assert (headline(text), headline(text, "injured")) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    # one named person's murder: capitalised name in mixed case, any content word in all-caps wire text
    ("Crowds mourned after the assassination of Mayor Tomas Ferro.", 1),
    ("The assassination of Ana Lindqvist stunned the region.", 1),
    ("Lawyers marched to protest Ortega's murder.", 1),
    ("THE UNION CONDEMNED THE MURDER OF PEDRO SALAZAR ON MONDAY.", 1),
    ("STUDENTS STRUCK AFTER PROFESSOR RAMON VEGA'S MURDER.", 1),
    ("THE KILLING OF THE ENGINEER WAS BLAMED ON THE REBELS.", 1),
    # no person, a plural, or a counted group
    ("They feared the murder of democracy itself.", None),
    ("The killing of protesters went on for days.", None),
    ("THE MERCHANTS' MURDERS WERE NEVER SOLVED.", None),
    ("THE KILLING OF FOUR FARMERS WAS CONDEMNED.", 4),
])
def test_murder_of_a_named_person(text, killed):
    assert headline(text) == killed


@pytest.mark.parametrize("text, injured", [
    ("Seven bystanders [not identified] were also injured in the blast.", 7),
    ("Five people (three of them children) were wounded by shrapnel.", 5),
])
def test_injured_headline(text, injured):
    assert headline(text, "injured") == injured


@pytest.mark.parametrize("text, masked", [
    ("Ten (ten) men", "Ten       men"),
    ("a [b] c", "a     c"),
    ("no brackets", "no brackets"),
    ("Raids (12 killed) went on", "Raids (12 killed) went on"),
    ("unclosed (bracket", "unclosed (bracket"),
])
def test_mask_asides_keeps_offsets(text, masked):
    result = mask_asides(text)
    assert result == masked
    assert len(result) == len(text)


@pytest.mark.parametrize("text, killed", [
    # a named murder restates the death reported beside it: it never adds to it
    ("GUNMEN KILLED ONE OF THE GUARDS AFTER JUDGE RUIZ'S MURDER.", 1),
    ("Police said Mayor Okafor was shot dead; the assassination of Okafor drew protests.", 1),
])
def test_restated_murder_never_adds(text, killed):
    assert headline(text) == killed
