"""The word gates that let rare casualty rules and sentence cues skip their regex scans (speed only): a gate
may close only on a sentence where its pattern finds nothing."""

import pytest

from incident_extractor.casualties.context import _compiled, sentence_cues
from incident_extractor.casualties.figures import Claims
from incident_extractor.casualties.lexicon import patterns
from incident_extractor.casualties.finder import find_casualties

# (rule, a sentence its pattern matches)
MATCHING = [
    ("toll", "The death toll from the blast rose to 14 on Sunday."),
    ("toll", "The number of people killed has reached 30, officials said."),
    ("toll_raise", "A second blast killed four more, bringing the death toll to 19."),
    ("zero_subject", "Nobody was injured when the shell hit the empty school."),
    ("zero_subject", "No-one was hurt in the fire."),
    ("zero_subject", "None of the passengers were killed in the crash."),
    ("zero_noun", "The bomb went off without causing any casualties."),
    ("zero_noun", "There were no immediate reports of deaths, but no injuries either."),
    ("zero_negated", "The driver was not seriously injured in the attack."),
    ("zero_unhurt", "The governor escaped unhurt from the ambush."),
    ("to_death", "A mob beat two suspected thieves to death in the market."),
    ("to_death", "Gunmen shot a farmer dead outside his house."),
    ("leave", "The explosion left 12 people dead and dozens wounded."),
    ("leave", "Clashes on Friday leaving three protesters injured."),
    ("of_nominal", "Police confirmed the deaths of two fishermen off the coast."),
    ("of_nominal", "The bodies of four hikers were recovered near the pass."),
    ("titled_subject", "Colonel Pedro Alvarez was killed in the ambush."),
    ("titled_subject", "Attorney General Maria Lopez died in the attack."),
    ("titled_object", "The gang killed a local journalist on Monday."),
    ("titled_object", "The murder of a judge shocked the town."),
    ("singular_was", "Ruiz was shot dead in front of his home."),
    ("singular_was", "The mayor has been kidnapped by unknown gunmen."),
    ("bare_subject", "Soldier killed in roadside blast"),
    ("bare_subject", "Suspect dies, officer wounded in shootout"),
    ("singular_died", "He later died of his wounds in hospital."),
    ("singular_died", "The driver lost his life in the blast."),
    ("subgroup_list", "The blast killed 12 people, including three children."),
    ("subgroup_list", "Eight soldiers died, among them two officers."),
    ("named_object", "Militants killed opposition leader Sami Haddad on Tuesday."),
    ("active", "The bomb killed four soldiers and a civilian."),
]
ITEM_RULES = {"passive": "Three soldiers were killed in the ambush.",
              "distant_passive": "Six miners trapped underground since Monday were found dead."}


def _scan(rule: str, text: str) -> list:
    claims = Claims(text)
    if rule in ITEM_RULES:
        return list(claims.scan_items(patterns()[rule], text))
    return list(claims.scan(patterns()[rule], text))


@pytest.mark.parametrize("rule, sentence", MATCHING + list(ITEM_RULES.items()))
def test_gate_stays_open_where_the_pattern_matches(rule, sentence):
    assert _scan(rule, sentence), "the example must match the rule's pattern"
    assert Claims(sentence).may_match(rule)
    assert Claims(sentence.upper()).may_match(rule)  # all-caps wire text


@pytest.mark.parametrize("rule, sentence", MATCHING)
def test_gated_scan_finds_what_the_full_scan_finds(rule, sentence):
    claims = Claims(sentence)
    assert [m.span() for m in claims.scan_rule(rule, sentence)] == [m.span() for m in _scan(rule, sentence)]


@pytest.mark.parametrize("rule, sentence", [
    ("toll", "Three people were killed in the blast."),
    ("zero_unhurt", "Two guards were wounded."),
    ("titled_subject", "Three people were killed in the blast."),
    ("to_death", "Two people were killed in the crash."),
    ("singular_died", "Two people were killed in the crash."),
])
def test_gate_closes_where_its_words_are_missing(rule, sentence):
    claims = Claims(sentence)
    assert not claims.may_match(rule)
    assert list(claims.scan_rule(rule, sentence)) == []


def test_letters_ignorecase_folds_keep_every_gate_open():
    # a long s matches "s" case-insensitively, so word tests on the lower-cased text could miss "toll"-like words
    sentence = "The death toll of the \u017fhelling ro\u017fe to 14."
    assert Claims(sentence).may_match("zero_unhurt")


def test_substring_test_opens_for_folded_letters_only():
    assert not Claims("Three people were killed.").mentions_any(("suicide",))
    assert Claims("A \u017fuicide bomber killed three.").mentions_any(("suicide",))
    assert Claims("A suicide bomber killed three.").mentions_any(("suicide",))


CUE_SENTENCES = [
    ("aggregate", "Since 2015 the fighting has killed 300 people."),
    ("aggregate", "The conflict, which erupted in spring, has so far claimed 80 lives."),
    ("aggregate", "The violence in the region has already killed 40 people."),
    ("aggregate", "The insurgency, now in its second decade, had left 500 dead."),
    ("aggregate", "The crisis in the north has resulted in 20 deaths."),
    ("aggregate", "In the past three months 12 journalists were killed."),
    ("aggregate", "The years-long campaign cost 9 lives."),
    ("aggregate", "The cumulative toll stands at 70."),
    ("background", "A similar attack last year killed 11."),
    ("background", "Two years ago, a blast there killed 30."),
    ("threat", "The kidnappers threatened to kill the two hostages."),
    ("threat", "They said they would kill 10 prisoners."),
]


@pytest.mark.parametrize("cue, sentence", CUE_SENTENCES)
def test_sentence_cue_gates_keep_every_cue(cue, sentence):
    for text in (sentence, sentence.upper()):
        ungated = tuple(name for name, p in _compiled()["sentence"].items() if p.search(text))
        assert cue in ungated, "the example must match the cue's regexes"
        assert sentence_cues(text) == ungated


@pytest.mark.parametrize("sentence", ["Three soldiers were killed in an ambush on Monday.",
                                      "Police said two men were arrested."])
def test_sentence_without_cue_words_has_no_cue(sentence):
    assert sentence_cues(sentence) == ()


@pytest.mark.parametrize("rule, sentence", [
    ("active", "The blast killed two guards, and a second bomb killed three pilgrims near the gate."),
    ("named_object", "Gunmen killed Ana Ruiz on Monday and shot dead Jorge Perez, a lawyer, in the evening."),
    ("titled_subject", "Judge Elena Moreno died on Monday, and Captain Ivo Petrov was killed on Tuesday."),
    ("titled_object", "Rebels killed a priest and later kidnapped a nurse, after the murder of a judge."),
    ("named_list_head", "The gang killed Ana Ruiz and Jorge Perez and kidnapped the mayor and his driver."),
    ("passive_any", "Omar Haddad, who was kidnapped in May, and two guards were wounded and later died, and three more perished."),
])
def test_scan_at_start_words_finds_every_match(rule, sentence):
    claims = Claims(sentence)
    full = [m.span() for m in claims.scan(patterns()[rule], sentence)]
    assert len(full) >= 2
    assert [m.span() for m in claims.scan_rule(rule, sentence)] == full
    upper = sentence.upper()  # all-caps wire text
    assert ([m.span() for m in Claims(upper).scan_rule(rule, upper)]
            == [m.span() for m in Claims(upper).scan(patterns()[rule], upper)])


@pytest.mark.parametrize("rule, sentence", [
    ("passive", "Two soldiers were killed and three civilians were wounded when the rebels attacked the post."),
    ("passive", "The rebels attacked the post at dawn, and two soldiers were killed."),
    ("passive", "Forty men were rounded up in the raid, and six others were unaccounted for on the island."),
    ("nominal", "The attack left 12 dead and 30 injured in the town, the army said on Monday."),
    ("distant_passive", "Four miners trapped in the shaft were killed when the roof fell on the workers."),
])
def test_victim_lists_are_not_tried_after_the_last_verb_but_none_is_lost(rule, sentence):
    claims = Claims(sentence)
    full = [m.span() for m in claims.scan_items(patterns()[rule], sentence)]
    assert full
    assert [m.span() for m in Claims(sentence).scan_items(patterns()[rule], sentence, rule)] == full


@pytest.mark.parametrize(
    "sentence, kind, count",
    [
        ("Two soldiers were k\u0131lled in the attack.", "killed", 2),
        ("TWO SOLDIERS WERE K\u0130LLED IN THE ATTACK.", "killed", 2),
        ("Gunmen opened fire, k\u0131lling three villagers.", "killed", 3),
        ("The blast left four people \u0131njured.", "injured", 4),
        ("Five civilians were \u017fhot dead at the market.", "killed", 5),
    ],
)
def test_letters_that_fold_onto_ascii_are_read_not_crashed_on(sentence, kind, count):
    """The case-insensitive patterns match "kılled" as "killed"; the matched phrase must find its table entry."""
    figures = [f for f in find_casualties(sentence) if f.type == kind]
    assert [f.count for f in figures] == [count]
