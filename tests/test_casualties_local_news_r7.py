"""Local crime news, round 7: dates, restated victims and the injured of the dead (sentences written for these tests)."""

import re

import pytest

from casualty_helpers import headline as count
from incident_extractor.casualties.across_sentences import set_apart_from_the_dead_before
from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.found_state import drop_the_found_dead
from incident_extractor.casualties.headline import headline_count


def story(text: str, casualty_type: str):
    """The headline figure of a few sentences, each read on its own as the casualty component reads them."""
    sentences = [find_casualties(sentence.group(0), sentence.start()) for sentence in re.finditer(r"[^.]+(?:\.|$)", text)]
    return headline_count(set_apart_from_the_dead_before(sentences), casualty_type)


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


SET_APART_ACROSS_SENTENCES = [
    # the first paragraph's toll, then the dead told again, then "other" / "more victims" set apart from them
    ("Five men were killed and three others hurt at a bar. Four men died at the scene. Three other people were "
     "treated at a hospital.", "injured", 3),
    ("Two people were killed and two wounded. Officers found the bodies of a man and a woman. Two more victims were "
     "taken to hospital.", "injured", 2),
    ("A man died and a woman was hurt. A boy was killed in the crossfire. Another woman was wounded.", "injured", 2),
    # the sentence before told the same type: "more" and "other" stay on top
    ("Two people were injured on Friday. Three more people were injured on Saturday.", "injured", 5),
    ("Two guards were wounded. Four other guards were hurt later.", "injured", 6),
    ("A car bomb killed three police officers and wounded a driver. Two other officers died in a second blast.",
     "killed", 5),
    # too far from the dead: on top of the earlier injured figure
    ("Two people were hurt. A man died in the blast. " + "Police closed the road and diverted traffic for hours. " * 6
     + "Three other people were wounded.", "injured", 5),
]


@pytest.mark.parametrize("text, kind, expected", SET_APART_ACROSS_SENTENCES)
def test_other_people_set_apart_from_the_dead_before(text, kind, expected):
    assert story(text, kind) == expected


WOUNDED_PERSON_WHO_DIED = [
    # the wounded person of the clause is the one who died: one dead, no injured
    ("The cashier was shot in the back and later died at a hospital.", 1, None),
    ("A teenager who was stabbed outside a chip shop on Friday has died in hospital.", 1, None),
    ("The driver was taken to hospital in a serious condition and died two days later.", 1, None),
    ("The boy was rushed to a trauma centre and died that evening.", 1, None),
    # someone else was hurt: the injured figure stays
    ("A guard was shot and died, and a driver was hurt.", 1, 1),
    ("A woman was stabbed on Saturday and a man died.", 1, 1),
    ("The driver was taken to hospital with minor injuries.", None, 1),
]


@pytest.mark.parametrize("text, killed, injured", WOUNDED_PERSON_WHO_DIED)
def test_the_wounded_person_who_died_is_not_injured(text, killed, injured):
    assert (count(text, "killed"), count(text, "injured")) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("The explosion wounded three workers who later died in hospital.", 3, None),
    ("Two brothers were stabbed and later died.", 2, None),
    # other people died: the wounded stay injured
    ("The explosion wounded four workers and killed two others.", 2, 4),
    ("Two guards were wounded and a driver died.", 1, 2),
])
def test_the_wounded_who_died_are_not_injured(text, killed, injured):
    assert (count(text, "killed"), count(text, "injured")) == (killed, injured)


SHOT_IN_A_LIMB = [
    ("A 15-year-old girl was shot in the leg outside a corner shop.", 1),
    ("Two men were shot in the arm during the robbery.", 2),
    ("Okafor was shot in the left shoulder, police said.", 1),
    # a vital part says nothing about survival; a limb hit then death is no injury
    ("A man was shot in the head on Friday night.", None),
    ("The clerk was shot in the leg and died at the scene.", None),
    ("Officers shot in the air to disperse the crowd.", None),
]


@pytest.mark.parametrize("text, injured", SHOT_IN_A_LIMB)
def test_shot_in_a_limb_is_injured(text, injured):
    assert count(text, "injured") == injured


RELATIVE_CLAUSE_AND_INJURIES = [
    # a relative clause between the person and suffered / sustained
    ("A 40-year-old woman who was walking with the victim suffered head injuries and a broken arm.", 1),
    ("Two officers who tried to stop the van sustained minor injuries.", 2),
    # the injuries told inside the relative clause
    ("At least three other passengers who sustained gunshot wounds were taken to a clinic.", 3),
    ("The man who suffered burns was airlifted to a specialist unit.", 1),
    # a casualty word inside the clause keeps it: that clause is read by its own rule
    ("A man who was stabbed suffered serious injuries.", 1),
    # no injuries
    ("A neighbour who heard the shots suffered no harm.", None),
]


@pytest.mark.parametrize("text, injured", RELATIVE_CLAUSE_AND_INJURIES)
def test_relative_clause_before_or_holding_injuries(text, injured):
    assert count(text, "injured") == injured


PARTLY_FATAL = [
    ("Three people were shot, one fatally, near a skate park on Sunday.", 1, 2),
    ("Six people were shot overnight, two of them fatally.", 2, 4),
    ("A man and his nephew were stabbed, one fatally, after a row.", 1, 1),
    ("Four teenagers were wounded in the attack, one of whom later died.", 1, 3),
    ("Two women were shot, both fatally.", 2, None),
    # no fatal part: the passive rule alone
    ("Three people were stabbed, one seriously.", None, 3),
    ("Two people were shot, one in the arm.", None, None),
]


@pytest.mark.parametrize("text, killed, injured", PARTLY_FATAL)
def test_people_wounded_together_of_whom_some_died(text, killed, injured):
    assert (count(text, "killed"), count(text, "injured")) == (killed, injured)


CONDITION_OF_THE_WOUNDED = [
    ("A cyclist is in critical condition after a hit-and-run on Main Street.", 1),
    ("Two women remain in hospital in a serious but stable condition.", 2),
    ("Both teenagers were later listed in stable condition.", 2),
    ("Three were in fair condition, a hospital spokesman said.", 3),
    ("She is in a life-threatening condition.", 1),
    ("Two men are in hospital after the fight.", 2),
    # a state told of people already counted never adds to them
    ("Nine guards were wounded, three of the guards are in grave condition.", 9),
    # things, and the dead, are not injured
    ("The building was in good condition before the fire.", None),
    ("He remained in a critical condition until Tuesday, when he died.", None),
    ("Four patients in hospital were killed.", None),
]


@pytest.mark.parametrize("text, injured", CONDITION_OF_THE_WOUNDED)
def test_the_condition_of_the_wounded_is_an_injured_figure(text, injured):
    assert count(text, "injured") == injured


AGE_AS_A_NOUN = [
    ("A 16-year-old and a 21-year-old were wounded outside the cinema.", "injured", 2),
    ("Two 15-year-olds were stabbed near the station.", "injured", 2),
    ("A 30-year-old and her 8-month-old were killed in the fire.", "killed", 2),
    ("The 44-year-old was pronounced dead at the scene.", "killed", 1),
    # an age before its noun is still blanked: one person per noun
    ("A 16-year-old girl and her 50-year-old mother were injured.", "injured", 2),
    # a number of years is no person
    ("The 20-year-old building was damaged and a guard was hurt.", "injured", 1),
]


@pytest.mark.parametrize("text, kind, expected", AGE_AS_A_NOUN)
def test_an_age_used_as_a_noun_is_a_person(text, kind, expected):
    assert count(text, kind) == expected


AGE_SPAN_AFTER_THE_PERSON = [
    ("A man in his 30s was stabbed to death in a park.", "killed", 1),
    ("A woman in her early sixties was seriously injured.", "injured", 1),
    ("Two men in their twenties were hurt and a boy in his teens was killed.", "injured", 2),
    ("A MAN IN HIS 40S WAS SHOT DEAD.", "killed", 1),
    # not a person's age span: the sentence reads as before
    ("She was in her 30s when she was wounded in 1998.", "injured", 1),
]


@pytest.mark.parametrize("text, kind, expected", AGE_SPAN_AFTER_THE_PERSON)
def test_an_age_span_after_the_person_is_read_through(text, kind, expected):
    assert count(text, kind) == expected


HOSPITAL_DEATHS = [
    ("The man was taken to hospital, where he died.", 1, None),
    ("The boy was taken to the hospital where he was pronounced dead.", 1, None),
    ("She was taken to hospital but died a short time later.", 1, None),
    ("Three people were taken to hospital, where one of them died.", 1, 2),
    ("Two nurses were wounded and later died.", 2, None),
    # someone else died: the injured stay
    ("Three people were injured and one man died.", 1, 3),
    ("A guard was taken to hospital and a soldier died.", 1, 1),
]


@pytest.mark.parametrize("text, killed, injured", HOSPITAL_DEATHS)
def test_the_wounded_who_died_in_hospital(text, killed, injured):
    assert (count(text, "killed"), count(text, "injured")) == (killed, injured)


TAKEN_TO_A_HOSPITAL = [
    ("A teenager was airlifted to hospital after the crash.", 1),
    ("Two men were rushed to a local hospital with stab wounds.", 2),
    ("Four people were taken to area hospitals.", 4),
    ("The driver was flown to a trauma centre after being stabbed.", 1),
    ("Two men were rushed to a hospital, where one died.", 1),
    # no people: no figure
    ("The bodies were taken to a hospital mortuary.", None),
    ("Supplies were rushed to a hospital in the north.", None),
]


@pytest.mark.parametrize("text, injured", TAKEN_TO_A_HOSPITAL)
def test_people_taken_to_a_hospital_are_injured(text, injured):
    assert count(text, "injured") == injured


WOUNDS_OF_ONE_KIND = [
    ("The courier suffered a stab wound to the thigh.", 1),
    ("A pensioner sustained a serious head injury in the attack.", 1),
    ("Three people were struck by gunfire outside the club.", 3),
    ("A toddler was hit by a stray bullet.", 1),
    ("A man has been left fighting for his life after the attack.", 1),
    ("Two girls are fighting for their lives in hospital.", 2),
    # things hit, and wounds of no kind said, give nothing
    ("The bus was hit by gunfire.", None),
    ("He suffered a setback in the attack.", None),
]


@pytest.mark.parametrize("text, injured", WOUNDS_OF_ONE_KIND)
def test_one_wound_gunfire_and_fighting_for_life(text, injured):
    assert count(text, "injured") == injured


FOUND_STATE = [
    # one person found wounded, then one death: the same person
    ("Officers found a man suffering from a gunshot wound. He was pronounced dead at the scene.", 1, None),
    ("Police were called to reports of a woman lying injured in a car park. She died in hospital.", 1, None),
    # no death told, or someone else: the found person stays injured
    ("Officers found a man suffering from a stab wound. He is expected to survive.", None, 1),
    ("A man was shot dead on Friday. Officers found a second man suffering from gunshot wounds.", 1, 1),
    ("Officers found two men suffering from gunshot wounds. One man died in hospital.", 1, 2),
]


@pytest.mark.parametrize("text, killed, injured", FOUND_STATE)
def test_a_person_found_wounded_whose_death_is_told(text, killed, injured):
    sentences = [find_casualties(s.group(0), s.start()) for s in re.finditer(r"[^.]+(?:\.|$)", text)]
    mentions = set_apart_from_the_dead_before(drop_the_found_dead(sentences))
    assert (headline_count(mentions, "killed"), headline_count(mentions, "injured")) == (killed, injured)


RELATIVE_CLAUSE_SUBJECT = [
    # the person before "who" is the subject of the main passive verb; the clause's own victim is someone else
    ("A man who stabbed his brother to death was shot dead by officers.", "killed", 2),
    ("A driver who had shot and killed a cashier was himself shot and killed by a guard.", "killed", 2),
    ("A gunman who opened fire at a bus stop was killed by police.", "killed", 1),
    ("A neighbour who tried to help was stabbed in the struggle.", "injured", 1),
    # a passive relative clause, or two people: the list rules as before
    ("A man who was shot in the arm and a woman who was shot in the leg were taken to hospital.", "injured", 2),
    ("The officer who arrested him was not hurt.", "injured", 0),
]


@pytest.mark.parametrize("text, kind, expected", RELATIVE_CLAUSE_SUBJECT)
def test_the_person_before_who_is_the_subject(text, kind, expected):
    assert count(text, kind) == expected


DATED_CLAUSES = [
    # a clause that opens with a date of its own is another incident: its toll is not added
    ("Last Friday gunmen killed three traders in Tsafe, and in April, 14 miners were killed near Dansadau.", 14),
    ("Four guards were killed on Monday; on Thursday, two drivers died in a second ambush.", 4),
    # one clause, or a date only at the end: one toll of different people
    ("Three soldiers were killed and two attackers died.", 5),
    ("Three guards were killed, and two drivers died in the same ambush on Monday.", 5),
    # "may" is a verb here, not a month
    ("Two guards were killed, and two porters may have died too.", 2),
]


@pytest.mark.parametrize("text, killed", DATED_CLAUSES)
def test_tolls_of_clauses_with_their_own_dates_are_not_added(text, killed):
    assert count(text, "killed") == killed
