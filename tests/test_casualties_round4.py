"""Round 4 casualty phrasings: counterfactual deaths, victim lists whose tail is an occupation noun."""

import pytest

from incident_extractor.casualties.context import _compiled, sentence_cues
from incident_extractor.casualties.figures import Claims
from incident_extractor.casualties.finder import find_casualties
from incident_extractor.casualties.headline import headline_figures
from incident_extractor.casualties.unreal import counterfactual_pattern, mixed_pattern


def _counts(sentence: str, kind: str = "killed") -> list:
    return [m.count for m in find_casualties(sentence) if m.type == kind]


@pytest.mark.parametrize("sentence, kind", [
    ("The twins could have been killed when the shell hit their bedroom.", "killed"),
    ("Many more might have died if the device had gone off inside the hall.", "killed"),
    ("Had the timer worked, the bomb would have killed at least 300 people.", "killed"),
    ("The blast could've killed dozens of shoppers.", "killed"),
    ("Two guards narrowly escaped being killed when the truck exploded.", "killed"),
    ("Scores of pupils could easily have been injured by the flying glass.", "injured"),
    ("Twelve passengers would not have been hurt had the driver stopped.", "injured"),
    ("Five workers may have been killed if the roof had fallen in.", "killed"),
    ("THE FOUR NUNS COULD HAVE BEEN KILLED.", "killed"),
])
def test_counterfactual_deaths_are_no_figure(sentence, kind):
    assert _counts(sentence, kind) == []


@pytest.mark.parametrize("sentence, kind, expected", [
    # the real toll stays, the unreal one is dropped
    ("Two people were killed, and many more could have died if the roof had collapsed.", "killed", [2]),
    ("It could have been much worse: three guards were wounded.", "injured", [3]),
    # a hedged report of real deaths is a figure ("may have" with no "if")
    ("As many as 40 villagers may have been killed in the raid, a witness said.", "killed", [40]),
    # "would have died instantly" infers how real victims died
    ("The six miners would have died instantly, the coroner said.", "killed", [6]),
    ("Four pilgrims escaped unhurt, but two were killed.", "killed", [2]),
    # a guess about who killed real victims
    ("Asked about the possibility that the three monks could have been murdered by troops, he said nothing.",
     "killed", [3]),
    ("Police believe the two hikers might have been killed by bandits.", "killed", [2]),
])
def test_real_figures_next_to_modals_stay(sentence, kind, expected):
    assert _counts(sentence, kind) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Gunmen opened fire on the farm, killing 6 guards and a gardener.", 7),
    ("The blast killed two soldiers, a passer-by and three shoppers.", 6),
    ("The militants shot dead 4 policemen and a street vendor near the market.", 5),
    ("Attackers stormed the bus, killing 11 pilgrims and the driver.", 12),
    ("A mortar round killed three fishermen and a shepherd.", 4),
])
def test_a_list_keeps_its_occupation_tail(sentence, expected):
    assert sum(_counts(sentence)) == expected


@pytest.mark.parametrize("sentence", [
    "Dozens more might have died if the bomb had gone off inside.",
    "The bomb could've killed dozens.",
    "Two guards narrowly escaped being killed.",
    "Five workers may have been killed if the roof had fallen in.",
])
def test_counterfactual_gate_stays_open_where_the_pattern_matches(sentence):
    for text in (sentence, sentence.upper()):
        claims = Claims(text)
        assert counterfactual_pattern().search(text), "the example must match the pattern"
        assert claims.may_match("counterfactual")
        assert [m.span() for m in claims.scan(counterfactual_pattern(), text)]


@pytest.mark.parametrize("sentence", ["Three soldiers were killed in the ambush on Monday.",
                                      "Police said they had arrested two men."])
def test_counterfactual_gate_closes_without_its_words(sentence):
    assert not Claims(sentence).may_match("counterfactual")


@pytest.mark.parametrize("sentence", [
    "Fifteen border guards were killed or wounded in the assault.",
    "The shelling killed and injured 40 villagers.",
    "Nine pilgrims were killed and injured when the roof fell.",
    "THE MORTAR FIRE WOUNDED OR KILLED 30 SOLDIERS.",
])
def test_killed_and_injured_in_one_number_is_neither_toll(sentence):
    assert _counts(sentence, "killed") == [] and _counts(sentence, "injured") == []


@pytest.mark.parametrize("sentence, killed, injured", [
    ("The shelling killed 3 and injured 12 villagers.", [3], [12]),
    ("Three people were killed and 12 injured.", [3], [12]),
    ("Two nurses were wounded and later died.", [2], []),  # the wounded who died are dead, not injured
])
def test_separate_tolls_joined_by_and_stay(sentence, killed, injured):
    assert _counts(sentence, "killed") == killed and _counts(sentence, "injured") == injured


@pytest.mark.parametrize("sentence", ["Fifteen border guards were killed or wounded in the assault.",
                                      "The shelling killed and injured 40 villagers."])
def test_mixed_casualties_gate_stays_open_where_the_pattern_matches(sentence):
    for text in (sentence, sentence.upper()):
        claims = Claims(text)
        assert mixed_pattern().search(text), "the example must match the pattern"
        assert claims.may_match("mixed_casualties")


def test_mixed_casualties_gate_closes_without_an_injury_word():
    assert not Claims("Three soldiers were killed and two were captured.").may_match("mixed_casualties")


def test_dead_after_an_object_is_no_mixed_toll():
    assert headline_figures(find_casualties("Bandits shot a herder dead and injured another near the well.")) == (1, 1)


@pytest.mark.parametrize("sentence, expected", [
    ("SOLDIERS KILLED TWO LOCAL JOURNALISTS, PEDRO LARA AND TOMAS VEGA, AT A CHECKPOINT.", [2]),
    ("THREE MONKS, JUAN SOTO, LUIS PAZ AND ANDRES MOLINA, WERE KILLED.", [3]),
    # names on top of a counted group are more people
    ("TWO GUARDS AND MAYOR RAUL DIAZ WERE KILLED.", [3]),
])
def test_names_after_a_counted_group_say_who_they_were(sentence, expected):
    assert [sum(_counts(sentence))] == expected


@pytest.mark.parametrize("sentence", [
    "A member of the Popular Defence Forces was shot dead at the checkpoint.",
    "A senior commander of the Eastern Border Guard units was killed in the ambush.",
    "The mayor of the province and his brother were gunned down.",  # one + one
])
def test_one_person_named_with_an_of_phrase(sentence):
    expected = 2 if "brother" in sentence else 1
    assert sum(_counts(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("A family of 6 was gunned down by the raiders.", 6),  # the of-phrase's number counts the people
    ("The clash left a total of four rebels killed.", 4),
    ("A blast at the funeral of a slain tribal chief killed 9 mourners.", 9),  # "a" ends no of-phrase
    ("Two guards and an employee of a cement factory were killed by the gunmen.", 3),
    ("A police officer of 52 years was shot dead at the gate.", 1),
])
def test_an_of_phrase_with_a_number_or_an_article_is_no_single_person(sentence, expected):
    assert sum(_counts(sentence)) == expected


def test_killed_and_wounding_in_two_clauses_is_no_mixed_toll():
    sentence = "The bomb killed 12 people, among them one guard killed and wounding another 30."
    assert _counts(sentence, "injured") == [30]


def _headline(text: str):
    return headline_figures([m for sentence in text.split(". ") for m in find_casualties(sentence)])


@pytest.mark.parametrize("text, expected", [
    ("A mine slightly injured three guards. The rebels falsely claimed that 25 guards were killed in the blast.",
     (None, 3)),
    ("Gunmen shot dead two farmers. The group later made exaggerated claims that 40 soldiers had been killed.",
     (2, None)),
])
def test_a_toll_called_false_never_counts(text, expected):
    assert _headline(text) == expected


def _ungated_cues(text: str) -> set:
    tables = _compiled()
    return ({name for name, p in tables["sentence"].items() if p.search(text)}
            | {name for name, _, p in tables["sentence_more"] if p.search(text)})


@pytest.mark.parametrize("cue, sentence", [
    ("disputed", "The rebels falsely claimed that 25 guards were killed in the blast."),
    ("background", "Rebels shelled the camp, where last week nine peacekeepers died in a clash."),
    ("aggregate", "Militants have attacked schools in the past six month, killing 120 people."),
])
def test_new_sentence_cues_and_their_gates(cue, sentence):
    for text in (sentence, sentence.upper()):
        assert cue in _ungated_cues(text)
        assert set(sentence_cues(text)) == _ungated_cues(text)


@pytest.mark.parametrize("sentence, expected", [
    ("MOURNERS ATTENDED THE FUNERAL OF THE 10 UNION LEADERS WHO WERE KILLED ON FRIDAY.", 10),
    ("He condemned the slayers of the six monks murdered in the capital.", 6),
])
def test_a_number_inside_an_of_phrase_stays_the_count(sentence, expected):
    assert sum(_counts(sentence)) == expected


def test_hostage_takers_killed_after_an_attack_add_to_its_victims():
    text = "Two guards were shot dead at the gate. Police later killed three hostage-takers."
    assert _headline(text) == (5, None)


@pytest.mark.parametrize("text, expected", [
    ("Two suicide bombers struck a mosque, killing five, including the two bombers, and wounding nine.", (5, 9)),
    ("A suicide bomber killed 14 people, including the bomber.", (14, None)),
    ("A suicide bomber killed 14 people, including two children.", (15, None)),
])
def test_bombers_named_inside_the_toll_are_not_added_again(text, expected):
    assert _headline(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("THE GUARD OF THE ANTENNA FOR CHANNEL 9 RADIO WAS KILLED BY A BOMB.", [1]),  # not nine
    ("A minibus carrying 30 pilgrims was blown up on the highway.", []),  # the bus was
    ("A truck transporting 12 workers was hit by a shell and four were killed.", [4]),
    ("Forty were killed, with 120 wounded.", [40]),  # "with" may start a list: "with 120 wounded"
    ("The monitor said 14 government soldiers was killed in the ambush.", [14]),  # a plural noun keeps its number
])
def test_a_number_that_is_no_victim_count(sentence, expected):
    assert _counts(sentence) == expected


@pytest.mark.parametrize("text, killed", [
    ("The gunmen killed three Americans and a Briton.", 4),
    ("Two Germans, a Briton and an Italian were killed in the blast.", 4),
    ("THE BOMB KILLED TWO CANADIANS AND A SPANIARD.", 3),
])
def test_a_nationality_ends_a_victim_list(text, killed):
    assert _headline(text) == (killed, None)


@pytest.mark.parametrize("text, expected", [
    ("Three soldiers died in the raid, as did five rebels.", (8, None)),
    ("Two nurses were injured, as were four patients.", (None, 6)),
    ("A guard was killed, as was a passer-by.", (2, None)),
    ("The commander fled, as did his deputy.", (None, None)),  # no figure before: nothing to add to
])
def test_as_did_adds_victims_of_the_same_kind(text, expected):
    assert _headline(text) == expected


def test_as_did_gate_stays_open_where_the_pattern_matches():
    from incident_extractor.casualties.lexicon import patterns
    for text in ("Three soldiers died in the raid, as did five rebels.", "TWO GUARDS WERE HURT, AS WERE 4 PATIENTS."):
        claims = Claims(text)
        assert claims.may_match("as_did")
        assert [m.span() for m in claims.scan_rule("as_did", text)] == [m.span() for m in claims.scan(patterns()["as_did"], text)]
        assert list(claims.scan_rule("as_did", text))
    assert not Claims("Three soldiers died in the raid on Monday.").may_match("as_did")


def test_an_uncounted_plural_after_the_count_adds_nothing():
    assert _headline("At least 14 miners and co-workers were killed in the raid.") == (14, None)


@pytest.mark.parametrize("text, expected", [
    ("The shelling left 6 villagers including a baby dead and 4 others hurt.", (6, 4)),
    ("The blast left 9 people, among them two guards, dead.", (9, None)),
])
def test_a_subgroup_inside_a_left_dead_list(text, expected):
    assert _headline(text) == expected


@pytest.mark.parametrize("sentence", [
    "More than 5,000 people have died in the region during 12 years of insurgency.",
    "Over 300 officials have been murdered since the cartel began its campaign.",
    "In March alone, the rebels' actions claimed 90 lives.",
    "During May more than 150 people were killed across the country.",
    "In this decade, 80 reporters have been killed by gangs.",
    "The army's offensive has left 400 dead, officials said.",
    "In the past few days more than 60 people have died in the fighting.",
    "A decade-long war that has left 20,000 dead is winding down.",
    "Of those, 300 have died during 2019.",
])
def test_tolls_of_a_period_are_aggregate(sentence):
    for text in (sentence, sentence.upper()):
        assert "aggregate" in _ungated_cues(text)
        assert set(sentence_cues(text)) == _ungated_cues(text)


@pytest.mark.parametrize("sentence", [
    "Twelve people were killed on Monday when a bomb exploded during morning prayers.",
    "During the October 3 attack, four guards were killed.",
    "Since Monday, two soldiers have been killed in the town.",
])
def test_tolls_of_one_incident_are_not_aggregate(sentence):
    assert "aggregate" not in sentence_cues(sentence)


@pytest.mark.parametrize("sentence, kind, expected", [
    ("Six other guards in the convoy were wounded.", "injured", [6]),
    ("Two more pilgrims on their way home were killed.", "killed", [2]),
])
def test_other_or_more_before_a_distant_verb(sentence, kind, expected):
    assert _counts(sentence, kind) == expected


@pytest.mark.parametrize("rule, sentence", [
    ("counterfactual", "Two were killed; the bomb could have killed dozens and the guards narrowly escaped being hurt."),
    ("mixed_casualties", "Nine were killed or wounded, and the shelling wounded and killed 12 more."),
])
def test_unreal_scans_at_start_words_find_every_match(rule, sentence):
    from incident_extractor.casualties.unreal import _start_words
    pattern = counterfactual_pattern() if rule == "counterfactual" else mixed_pattern()
    for text in (sentence, sentence.upper()):
        claims = Claims(text)
        assert claims.may_match(rule)
        full = [m.span() for m in claims.scan(pattern, text)]
        assert len(full) >= 2
        assert [m.span() for m in claims.scan_from(pattern, text, _start_words()[rule])] == full


@pytest.mark.parametrize("sentence, expected", [
    ("Ten of the 18 officers were killed, as well as four clerks of the registry.", [10, 4]),
    ("The bomb killed two soldiers as well as a shepherd.", [2, 1]),
    ("A guard was killed along with two visitors.", [1, 2]),
    ("Two people were killed in the blast, as well as several shops destroyed.", [2]),  # shops are no victims
])
def test_as_well_as_adds_victims_to_the_figure_before(sentence, expected):
    assert _counts(sentence) == expected
