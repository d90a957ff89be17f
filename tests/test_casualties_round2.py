"""Round-2 phrasings: bracketed asides, appositions that restate a total, all-caps lists, lone people named by
a person-shaped noun, "managed to kill", "cut down". All sentences are written for this project."""

import pytest

from incident_extractor.casualties.finder import find_casualties, mask_asides
from incident_extractor.casualties.headline import headline_count


def headline(text: str, casualty_type: str = "killed"):
    return headline_count(find_casualties(text), casualty_type)


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
