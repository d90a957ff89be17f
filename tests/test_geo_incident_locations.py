"""Every incident carries its country: own places first, else the dateline city or the main country."""

import re

import pytest

from incident_extractor.extract.assemble import assemble_from_mentions
from incident_extractor.events.triggers import find_triggers
from incident_extractor.extract.locations import incident_locations
from incident_extractor.mentions import DocMentions, DocumentMeta, PlaceMention


def place(text, phrase, code, kind="place", occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return PlaceMention(phrase, kind, phrase, start, start + len(phrase), country_code=code, countries=(code,))


def trigger_span(text, phrase):
    start = text.index(phrase)
    return start, start + len(phrase)


def locate(text, trigger, own, doc, context):
    start, end = trigger_span(text, trigger)
    return incident_locations(own, doc, context, start, end, text)


WIRE = "QUITO, 4 MAR 91 (EFE) -- [TEXT] A BOMB EXPLODED AT A BANK.  NOBODY WAS HURT."
MIXED = "Rebels shelled Marib on Monday. A day later a bomb exploded at a checkpoint."


@pytest.mark.parametrize("text, trigger, doc_places, context, expected", [
    # the dateline city of the main country stands for the incident, with its point
    (WIRE, "EXPLODED", [("QUITO", "EC", "place")], ["EC"], ("QUITO", "place", "EC", "QUITO")),
    # a dateline abroad is not the incident's place: the main country's own mention is the evidence
    ("LIMA, 2 MAY 90 (EFE) -- GUERRILLAS ATTACKED A POST IN BOLIVIA.  A SOLDIER DIED IN THE ATTACK.",
     "DIED", [("LIMA", "PE", "place"), ("BOLIVIA", "BO", "country")], ["BO", "PE"],
     ("Bolivia", "country", "BO", "BOLIVIA")),
    # a place named in an earlier sentence gives the country, not its point
    (MIXED, "exploded", [("Marib", "YE", "place")], ["YE"], ("Yemen", "country", "YE", "Marib")),
])
def test_an_incident_without_own_places_borrows_the_main_country(text, trigger, doc_places, context, expected):
    doc = [place(text, phrase, code, kind) for phrase, code, kind in doc_places]
    found = locate(text, trigger, [], doc, context)
    assert [(p.name, p.kind, p.country_code, p.text) for p in found] == [expected]
    assert text[found[0].start_char:found[0].end_char] == found[0].text  # evidence offsets point at the mention


def test_own_places_win_over_the_fallback():
    text = "Clashes in Aden. Later a bomb exploded in Taiz."
    taiz = place(text, "Taiz", "YE")
    assert locate(text, "exploded", [taiz], [place(text, "Aden", "YE"), taiz], ["YE"]) == [taiz]


@pytest.mark.parametrize("text, context, expected_text", [
    ("Two Afghan soldiers were killed when a bomb exploded.", ["AF"], "Afghan"),
    ("A bomb exploded near a school; the Taliban denied any role.", ["AF"], "Taliban"),
    ("A bomb exploded near a school.", [], None),  # nothing tells the country: no guess
])
def test_people_give_the_country_when_no_place_does(text, context, expected_text):
    found = locate(text, "exploded", [], [], context)
    assert [p.text for p in found] == ([expected_text] if expected_text else [])
    assert all(p.kind == "country" and p.latitude is None for p in found)


def test_the_nearest_mention_before_the_trigger_is_the_evidence():
    text = "Peru and Chile signed a deal. In Peru, a bomb exploded. Chile said Peru would help."
    doc = [place(text, "Peru", "PE", "country"), place(text, "Chile", "CL", "country"),
           place(text, "Peru", "PE", "country", 1), place(text, "Peru", "PE", "country", 2)]
    found = locate(text, "exploded", [], doc, ["PE", "CL"])
    assert found[0].start_char == text.index("Peru", 5)


def test_a_clash_does_not_borrow_the_venue_of_talks_abroad():
    text = "Soldiers exchanged fire with Kurdish militants on Tuesday. Hours later, ministers met for talks in Geneva."
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    found = DocMentions(triggers=find_triggers(text, [s for s, _ in sentences], [e for _, e in sentences]),
                        places=[place(text, "Geneva", "CH")], country_context=["CH"])
    drafts = assemble_from_mentions(text, sentences, found, DocumentMeta(doc_id="t"))
    clash = next(d for d in drafts if d.event_type == "Battles")
    assert clash.locations == []


@pytest.mark.parametrize("own, expected", [
    # only a foreign country beside the incident ("Spain condemned"): the main country's dateline city follows it
    ([("SPAIN", "ES", "country")], [("SPAIN", "ES"), ("QUITO", "EC")]),
    # a named town abroad is the incident's own place: nothing is added
    ([("PASTO", "CO", "place")], [("PASTO", "CO")]),
])
def test_an_incident_naming_only_foreign_countries_also_gets_the_main_country(own, expected):
    text = "QUITO, 4 MAR 91 (EFE) -- SPAIN CONDEMNED THE ATTACK IN PASTO THAT KILLED TWO PRIESTS."
    own_places = [place(text, phrase, code, kind) for phrase, code, kind in own]
    doc = [place(text, "QUITO", "EC")] + own_places
    found = locate(text, "ATTACK", own_places, doc, ["EC", "ES"])
    assert [(p.text, p.country_code) for p in found] == expected


@pytest.mark.parametrize("own, expected", [
    # a surname read as a region abroad (weak, 0.4): the main country's dateline city follows it
    ([("GUERRERO", "MX", "admin1", 0.4)], [("GUERRERO", "MX"), ("SAN SALVADOR", "SV")]),
    # a place abroad found with a place label and a cue (0.9) is the incident's place
    ([("GUERRERO", "MX", "admin1", 0.9)], [("GUERRERO", "MX")]),
    # a weak place in the main country is the incident's own place
    ([("SOYAPANGO", "SV", "place", 0.4)], [("SOYAPANGO", "SV")]),
])
def test_only_doubtful_places_abroad_also_get_the_main_country(own, expected):
    text = "SAN SALVADOR, 4 MAR 90 (RADIO) -- THE MURDER OF JUDGE GUERRERO NEAR SOYAPANGO SHOCKED THE COUNTRY."
    own_places = []
    for phrase, code, kind, score in own:
        found = place(text, phrase, code, kind)
        own_places.append(PlaceMention(found.name, kind, phrase, found.start_char, found.end_char, country_code=code,
                                       countries=(code,), score=score))
    doc = [place(text, "SAN SALVADOR", "SV")] + own_places
    found = locate(text, "MURDER", own_places, doc, ["SV", "MX"])
    assert [(p.text, p.country_code) for p in found] == expected
