"""Round-2 phenomena of the events area, with sentences written for this project: insurgent names with
state-sounding heads, claims of responsibility, earlier-clause scope, locations of back-references,
armed groups counted as victims, and headline verbs that report violence."""

import pytest

from incident_extractor.events.actor_kinds import find_claimants, find_named_groups, kind_of_phrase
from incident_extractor.events.triggers import find_triggers, trigger_cues
from incident_extractor.extract.scope import incident_scope
from incident_extractor.extract.followups import is_locative


@pytest.mark.parametrize(
    "phrase, kind",
    [
        ("Northern Liberation Army", "rebel_group"),
        ("Coastal Patriotic Resistance Front", "rebel_group"),
        ("United Democratic Forces", "rebel_group"),
        ("Hill Country Volunteer Force", "rebel_group"),
        ("Kenyan Revolutionary Brigades", "rebel_group"),
        ("Kenyan Armed Forces", "state_forces"),  # a country's army keeps its kind
        ("Afghan Security Forces", "state_forces"),
        ("national army", "state_forces"),
        ("liberation forces", "state_forces"),  # no name in lower case: a plain description
        ("the Northgate Cartel", "political_militia"),
        ("drug traffickers", "political_militia"),
        ("Islamists", "rebel_group"),
        ("religious fundamentalists", "rebel_group"),
    ],
)
def test_kind_of_group_names(phrase, kind):
    assert kind_of_phrase(phrase.split())[0] == kind


@pytest.mark.parametrize(
    "text, names",
    [
        ("A bomb went off. The Free Valley Brigade later claimed responsibility.", ["Free Valley Brigade"]),
        ("The Sons of al-Harith claimed responsibility for the blast.", ["Sons of al-Harith"]),
        ("Red Dawn Commando has claimed responsibility.", ["Red Dawn Commando"]),
        ("No group claimed responsibility for the attack.", []),
        ("Nobody claimed responsibility.", []),
        ("They claimed responsibility on a website.", []),
        ("The attack was condemned by the mayor.", []),
    ],
)
def test_find_claimants(text, names):
    assert [text[start:end] for start, end, _ in find_claimants(text)] == names
    assert all(kind == "rebel_group" for _, _, kind in find_claimants(text))


def test_named_groups_with_a_typographic_apostrophe():
    text = "Fighters of the Lord’s Resistance Army raided the camp."
    assert [text[s:e] for s, e, _ in find_named_groups(text)] == ["Lord’s Resistance Army"]


@pytest.mark.parametrize(
    "sentence, phrase, earlier",
    [
        ("The clash came only a week after the two leaders met for peace talks.", "peace talks", True),
        ("Fighting resumed days after the ceasefire agreement was signed.", "ceasefire", True),
        ("Shortly after the summit ended, rebels shelled the town.", "shelled", False),  # the main clause is later
        ("The clash came only a week after the two leaders met for peace talks.", "clash", False),
        ("He died hours after being shot at a checkpoint.", "shot", False),  # the same incident
        ("Police arrested two men after the attack.", "arrested", False),
    ],
)
def test_earlier_clause_cue(sentence, phrase, earlier):
    start = sentence.index(phrase)
    cues = trigger_cues(sentence, start, start + len(phrase), 0, len(sentence), ())
    assert ("earlier" in cues) is earlier


def test_earlier_clause_makes_background():
    sentence = "The clash came a week after the leaders met for talks."
    assert incident_scope(sentence, ("earlier",), None, None, family="strategic") == "background"
    assert incident_scope(sentence, (), None, None, family="strategic") == "current"


@pytest.mark.parametrize(
    "text, place, expected",
    [
        ("Fighting broke out in Lanvia on Monday.", "Lanvia", True),
        ("The clash near the Lanvia border lasted hours.", "Lanvia", True),
        ("The conflict between Ostria and Lanvia has killed hundreds.", "Lanvia", True),
        ("Lanvia was the first country to respond to the conflict.", "Lanvia", False),
        ("Ostria condemned the attack.", "Ostria", False),
    ],
)
def test_is_locative(text, place, expected):
    assert is_locative(text, text.index(place)) is expected


@pytest.mark.parametrize(
    "text, found",
    [
        ("Double homicide reported in a suburb of the port city", True),
        ("Army retakes district centre from insurgents", True),
        ("Government troops recapture border town", True),
        ("Unknown militiamen targets rebels in the eastern city", True),
        ("Forty militants decimated by air force in the north", True),
        ("Charred remains of a man found by a roadside", True),
        ("Ten fishermen were cut down by gunmen on the lake.", True),
        ("The minister retired after a long career.", False),
    ],
)
def test_headline_verbs_are_triggers(text, found):
    violent = [t for t in find_triggers(text, [0], [len(text)]) if t.event_type != "Strategic developments"]
    assert bool(violent) is found


def kinds_and_roles(incidents):
    return {(a.kind.value, a.role.value) for i in incidents for a in i.actors if a.kind and a.role}


def test_a_claim_in_a_later_sentence_names_the_perpetrator(incidents_of):
    incidents = incidents_of("A bomb exploded near a bus station in the city, killing six people. "
                                  "The Free Valley Brigade later claimed responsibility.")
    assert len(incidents) == 1
    assert ("rebel_group", "perpetrator") in kinds_and_roles(incidents)


def test_a_suspected_group_in_a_later_sentence_is_the_perpetrator(incidents_of):
    incidents = incidents_of("Two policemen were killed when a roadside bomb hit their car. "
                                  "No group has claimed the attack, but the Taliban are suspected.")
    assert ("rebel_group", "perpetrator") in kinds_and_roles(incidents)


def test_an_armed_group_counted_by_a_headline_figure_is_a_target_not_civilians(incidents_of):
    incidents = incidents_of("12 Taliban killed in overnight operation, says ministry")
    assert {i.event_type.value for i in incidents} == {"Battles"}
    assert ("rebel_group", "target") in kinds_and_roles(incidents)
    assert "civilians" not in {a.kind.value for i in incidents for a in i.actors}


def test_an_insurgent_name_with_an_army_head_is_a_rebel_group(incidents_of):
    incidents = incidents_of("Fighters of the Northern Liberation Army ambushed a police patrol, killing three officers.")
    kinds = {a.kind.value for i in incidents for a in i.actors}
    assert {"rebel_group", "state_forces"} <= kinds


def test_a_group_hit_in_a_sentence_with_suspects_stays_a_target(incidents_of):
    incidents = incidents_of("Soldiers killed four militants suspected of planning attacks in the valley.")
    assert ("rebel_group", "target") in kinds_and_roles(incidents)
    assert ("rebel_group", "perpetrator") not in kinds_and_roles(incidents)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Gunmen shot dead Interior Minister Tomas Brel in the capital on Friday.", "Interior Minister Tomas Brel"),
        ("Masked men kidnapped the provincial governor on the highway.", "governor"),
    ],
)
def test_an_unarmed_official_who_is_attacked_counts_as_civilian(incidents_of, text, name):
    incidents = incidents_of(text)
    assert any(a.name == name and a.kind.value == "civilians" and a.role.value == "target" for i in incidents for a in i.actors)


def test_a_person_named_after_the_murder_of_is_the_civilian_target(incidents_of):
    incidents = incidents_of("Residents mourned after the murder of Jane Kirui in the market town.")
    assert any(a.name == "Jane Kirui" and a.kind.value == "civilians" for i in incidents for a in i.actors)


def test_a_minister_who_speaks_about_an_attack_is_not_its_target(incidents_of):
    incidents = incidents_of("Rebels attacked an army post near the river. The defence minister condemned the attack.")
    assert not any(a.kind.value == "civilians" and "minister" in a.name for i in incidents for a in i.actors)
