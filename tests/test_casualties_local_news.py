"""Local crime news phrasings (casualties/local_news.py and the rules it touches): sentences written for these tests."""

import pytest

from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.headline import headline_count
from incident_extractor.casualties.local_news import other_sets_apart
from incident_extractor.casualties.figures import Figure
from incident_extractor.casualties.victims import SINGLE
from incident_extractor.casualties.numbers import ParsedNumber
from casualty_helpers import headline as count


WOUNDED_THEN_DIED = [
    ("Delgado was shot twice and died at the scene.", 1),
    ("The woman was stabbed in the neck and later died in hospital.", 1),
    ("He was struck by a pickup truck and died on the way to the trauma center.", 1),
    ("A cyclist was hit by a van and died.", 1),
    ("Officers said the teenager was shot and died hours later.", 1),
    # the wounding verb's own phrase between the person and "has died"
    ("A man stabbed in a park in Leeds on Friday has died in hospital.", 1),
    ("A teenager who was shot outside a takeaway last week has died, police said.", 1),
    ("The woman hit by a bus on Monday has since died.", 1),
    ("A PEDESTRIAN STRUCK BY A POLICE CAR HAS DIED.", 1),
    # not one person: a plural or a number is no single subject
    ("Three were shot and died.", None),
    ("The window was shattered and the suspect fled.", None),
    ("She was shot in the arm and survived.", None),
    ("A man stabbed in a park in Leeds on Friday has been discharged from hospital.", None),
]


@pytest.mark.parametrize("text, killed", WOUNDED_THEN_DIED)
def test_wounded_then_died(text, killed):
    assert count(text, "killed") == killed


DEAD_PERSONS_INJURIES = [
    ("An autopsy showed she had suffered blunt-force injuries to the head.", None),
    ("The medical examiner said he sustained multiple stab wounds.", None),
    ("A post-mortem found the boy had suffered head injuries.", None),
    ("The coroner said the driver suffered fatal injuries.", None),
    # no forensic word: a living person's injuries
    ("She had suffered blunt-force injuries to the head, police said.", 1),
    ("Two guards suffered minor injuries.", 2),
]


@pytest.mark.parametrize("text, injured", DEAD_PERSONS_INJURIES)
def test_injuries_found_on_the_dead(text, injured):
    assert count(text, "injured") == injured


ESCAPED_OR_TREATED = [
    ("A third resident escaped with minor burns.", 1),
    ("The bus driver was treated for minor injuries at the scene.", 1),
    ("Two firefighters were treated for minor injuries.", 2),
    ("The family escaped without injury.", None),
    ("The driver was treated for shock.", None),
    ("Three passengers were treated at a nearby hospital after the shooting.", 3),
    ("Police treated the shooting as targeted.", None),
]


@pytest.mark.parametrize("text, injured", ESCAPED_OR_TREATED)
def test_escaped_with_or_treated_for_injuries(text, injured):
    assert count(text, "injured") == injured


OTHER_SET_APART = [
    # a headline figure first, then the body's "other" people set apart from the dead: the same two people
    ("Jogger killed, two hurt as car mounts kerb. A jogger died and two other people were injured.", 2),
    ("One man died and three other people were hurt. Three people were taken to hospital.", 3),
    # "more" stays on top of the earlier figure of its type
    ("Two people were injured on Friday. Three more people were injured on Saturday.", 5),
]


@pytest.mark.parametrize("text, injured", OTHER_SET_APART)
def test_other_people_set_apart_from_the_dead(text, injured):
    mentions = [m for sentence in text.split(". ") for m in find_casualties(sentence)]
    assert headline_count(mentions, "injured") == injured


def _figure(kind, value, item_text, cues=("more",)):
    number = SINGLE if value == 1 else ParsedNumber(value, value, value, "exact")
    return Figure(kind, number, 0, 1, cues=cues, item_text=item_text)


@pytest.mark.parametrize("before, item_text, keeps_more", [
    ("killed", "two other people", False),  # after the dead of its sentence
    ("injured", "two other people", True),  # after injured people: on top of them
    (None, "two other people", True),  # nothing before it in the sentence
    ("killed", "two more people", True),  # "more" is on top whatever comes before
])
def test_other_sets_apart_table(before, item_text, keeps_more):
    figures = ([_figure(before, 1, "a man", cues=())] if before else []) + [_figure("injured", 2, item_text)]
    assert ("more" in other_sets_apart(figures)[-1].cues) == keeps_more


NAME_WITH_AND = [
    ("Four students from the Faculty of Law and Political Science were killed in the blast.", 4),
    ("Two workers of the Water and Sewage Authority were killed.", 2),
    # a plain "and" in the gap still joins a second clause or subject
    ("Two men entered the shop and the owner was killed.", 1),
]


@pytest.mark.parametrize("text, killed", NAME_WITH_AND)
def test_name_with_and_inside_a_subject(text, killed):
    assert count(text, "killed") == killed


FATALLY_SHOT_DOER = [
    # a person before an active "fatally shot" is the shooter; the object is the victim
    ("A woman fatally shot her husband and two neighbours on Sunday.", 3),
    ("Deputies say a man fatally stabbed his roommate.", 1),
    # with an auxiliary, or in a headline with no object, the person is the victim
    ("A delivery driver was fatally shot on Sunday.", 1),
    ("Driver fatally shot outside store", 1),
]


@pytest.mark.parametrize("text, killed", FATALLY_SHOT_DOER)
def test_fatally_shot_doer_and_victim(text, killed):
    assert count(text, "killed") == killed


@pytest.mark.parametrize("text, killed", [
    # "victim identified" follow-ups: the bare participle then a place or time phrase
    ("The woman killed in Friday's crash on Route 9 has been identified.", 1),
    ("A teenager fatally stabbed in Hull on Saturday has been named by police.", 1),
    ("The motorcyclist killed on the A40 was a local firefighter.", 1),
    # the participle before an object, or no person noun: no victim
    ("The man killed his former partner, police said.", 1),
    ("The storm killed in minutes what had taken years to build.", None),
])
def test_reduced_relative_victim(text, killed):
    assert count(text, "killed") == killed


@pytest.mark.parametrize("text, casualty_type, count_", [
    # only a killing participle: the man stabbed in the street may have died since
    ("A man stabbed in Leeds on Friday has died in hospital.", "injured", None),
    # words between the person and the participle: no reduced relative
    ("Dies a police inspector after being stabbed in clashes with protesters.", "injured", None),
])
def test_reduced_relative_limits(text, casualty_type, count_):
    assert count(text, casualty_type) == count_


@pytest.mark.parametrize("text, injured", [
    # the second participle borrows the first clause's auxiliary
    ("A guard was killed and a driver wounded in the ambush.", 1),
    ("A nurse was shot dead and another nurse injured at the clinic.", 1),
    # a clause of its own after "and": no shared auxiliary
    ("The guard was killed and police said a man wounded nobody.", None),
])
def test_shared_auxiliary(text, injured):
    assert count(text, "injured") == injured
