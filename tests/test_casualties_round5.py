"""Round 5 casualty phrasings: nominal killings of a list of people, relative clauses and dash asides between a
subject and its verb, "among the dead were ..." before a new clause, "in addition to", the wounded who died."""

import pytest

from incident_extractor.casualties.asides import mask_asides, mask_relative_asides
from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.headline import headline_count
from casualty_helpers import headline


@pytest.mark.parametrize("text, killed", [
    # "the murder(s) / massacre / assassination of" a list of people, named or not
    ("THE PRESS CONDEMNED THE MURDERS OF THE MAYOR OF TUNJA, A JUDGE, AND THE LOCAL POLICE CHIEF.", 3),
    ("The killings of the governor of the province, another judge and a colonel were condemned.", 3),
    ("THEY DEMANDED A PROBE INTO THE ASSASSINATION OF UNION LEADER PEDRO SALAS AND OF LAWYER ANA MORA.", 2),
    ("He is linked to the murder of Judge Rosa Vidal, her husband, and two other people who were with them.", 4),
    ("THE ARMY WAS ACCUSED OF KILLING COUNCILMAN JUAN OSPINA AND TWO OTHER PARTY MEMBERS.", 3),
    ("The massacre of Luis Pardo, a teacher, and Rita Gomez shocked the valley.", 2),
    # one person stays one
    ("The murder of the mayor of the town shocked the region.", 1),
    ("THE ASSASSINATION OF THE FORMER MINISTER OF DEFENCE WAS CONDEMNED.", 1),
    # no people in the list: no figure from it
    ("The massacre of the village and the burning of its crops were condemned.", None),
])
def test_nominal_killing_of_a_list(text, killed):
    assert headline(text) == killed


@pytest.mark.parametrize("text, killed", [
    # a relative clause between commas, right before the verb
    ("Two officers, who were guarding the church, died after the blast.", 2),
    ("PEDRO ROJAS AND MARIO DIAZ, BOTH OF WHOM WERE UNION ORGANIZERS, WERE KILLED ON THE ROAD.", 2),
    ("Three engineers, who had arrived on Monday, were shot dead at the site.", 3),
    # a short relative clause with no commas before a plural verb
    ("FOUR NUNS AND TWO NURSES WHO WORKED AT THE CLINIC WERE MURDERED.", 6),
    ("Two guards who manned the gate were shot dead.", 2),
    # never a clause with a subordinate clause of its own: its verb is not the subject's
    ("Two gunmen who stormed the school where pupils were killed were arrested.", None),
    # a negation before the clause is read by the rule for "none"
    ("None of the five monks, who had been praying, was hurt.", None),
])
def test_relative_clause_before_the_verb(text, killed):
    assert headline(text) == killed


@pytest.mark.parametrize("text, killed, injured", [
    # asides between dashes, as between brackets
    ("THREE BOYS -- 9, 11 AND 14 YEARS OLD -- DIED IN THE EXPLOSION.", 3, None),
    ("Four people were killed – two tourists and two guides – and 30 were hurt.", 4, 30),
    ("Six guards — the whole night shift — were wounded.", None, 6),
    # an aside holding its own figure stays
    ("THE BOMBING -- WHICH KILLED 7 PEOPLE -- WAS CONDEMNED.", 7, None),
])
def test_dash_asides(text, killed, injured):
    assert headline(text) == killed
    assert headline(text, "injured") == injured


@pytest.mark.parametrize("text, injured", [
    # "among the dead were A and B" is its own clause; only the last item is the subject of the passive verb
    ("Among the 12 victims were nine pilgrims and three guards, and at least 40 others were wounded.", 40),
    ("Among the dead were two children and a nurse, and 15 others were injured.", 15),
    # no "among": the list is the subject
    ("Nine pilgrims and three guards were wounded.", 12),
])
def test_among_the_dead_were(text, injured):
    assert headline(text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # "in addition to" adds victims to the figure right before, like "as well as"
    ("One guard was killed and five were injured, in addition to 4 passers-by.", 1, 9),
    ("Two soldiers died in addition to three civilians.", 5, None),
    # not right after a figure: nothing to add to
    ("In addition to the two dead, 11 people were injured.", 2, 11),
    # the wounded who died: dead, not injured (local_news.drop_injuries_of_those_who_died)
    ("Police shot and wounded the gunman, who later died in hospital.", 1, None),
    ("The blast wounded two firemen who died of their injuries.", 2, None),
    ("Three people were injured and taken to hospital.", None, 3),
])
def test_additions_and_later_deaths(text, killed, injured):
    assert headline(text) == killed
    assert headline(text, "injured") == injured


@pytest.mark.parametrize("text, masked", [
    ("Two men, who were fishing, died.", "Two men                    died."),
    ("Two men, who were shot, died.", "Two men, who were shot, died."),
    ("Two men, who were fishing, fled.", "Two men, who were fishing, fled."),
])
def test_mask_relative_asides_keeps_offsets(text, masked):
    assert mask_relative_asides(text) == masked


@pytest.mark.parametrize("text, masked", [
    ("A -- B C -- D", "A" + " " * 11 + "D"),
    ("A – B – D", "A       D"),
    ("A -- killed 3 -- D", "A -- killed 3 -- D"),
    ("a well-known--and late--entry", "a well-known--and late--entry"),
])
def test_mask_dash_asides_keeps_offsets(text, masked):
    assert mask_asides(text) == masked


@pytest.mark.parametrize("text, killed", [
    # household staff and companions are people in a list
    ("THE SQUAD KILLED 4 MONKS, A MAID, AND HER SON.", 6),
    ("The judge and his companion were shot dead.", 2),
    ("Gunmen killed a farmer and two servants.", 3),
])
def test_household_people_in_lists(text, killed):
    assert headline(text) == killed


@pytest.mark.parametrize("text, killed, injured", [
    # an age before its noun is no count and no break in the list
    ("The shell killed a 9-year-old boy and his grandmother.", 2, None),
    ("THE SHELL KILLED A 9-YEAR-OLD BOY AND HIS GRANDMOTHER.", 2, None),
    ("Three 19-year-old conscripts were shot dead at the post.", 3, None),
    ("The mother and 12 year old son were wounded.", None, 2),
    ("A 5-month-old baby died in the fire.", 1, None),
    # the ages of a pair between commas
    ("Two sisters, aged 8 and 11, were killed by the shell.", 2, None),
    ("TWO GUARDS, 30 AND 41, WERE WOUNDED.", None, 2),
    # an age that is the noun itself stays readable
    ("A 17-year-old was killed and two others were hurt.", 1, 2),
])
def test_age_before_a_noun(text, killed, injured):
    assert headline(text) == killed
    assert headline(text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # an elliptical second figure borrows the noun of the first
    ("The fighting caused 6 deaths of the police and 9 of the attackers.", 15, None),
    ("There were 3 deaths among soldiers and 5 among villagers.", 8, None),
    ("The raid left 10 injuries among the guards and 4 among the workers.", None, 14),
    # no number after "and": nothing to add
    ("The blast caused 9 deaths of civilians and damage of buildings.", 9, None),
])
def test_elliptical_second_figure(text, killed, injured):
    assert headline(text) == killed
    assert headline(text, "injured") == injured


@pytest.mark.parametrize("text, killed, injured", [
    # "among the dead were ...", "the wounded included ...": people of a toll
    ("Among the dead were a nurse and three children.", 4, None),
    ("Among those killed were two policemen.", 2, None),
    ("THE WOUNDED INCLUDED TWO POLICEMEN AND A CHILD.", None, 3),
    # a sub-group of the toll told before it: never added
    ("Twelve people were killed; among the dead were a nurse and three children.", 12, None),
    ("Five were wounded, and the wounded included two guards.", None, 5),
    # "victims" may be wounded or dead: no figure
    ("Among the victims were two policemen.", None, None),
])
def test_among_the_dead(text, killed, injured):
    assert headline(text) == killed
    assert headline(text, "injured") == injured


def test_among_the_dead_after_a_toll_of_an_earlier_sentence():
    mentions = find_casualties("Nine people were killed.") + find_casualties("Among the dead were two guards.", offset=25)
    assert headline_count(mentions, "killed") == 9
