"""Assembly on plain data: hand-built mentions, the sentences split by hand, no pipeline."""

import datetime as dt
import re

import pytest

from incident_extractor.events.triggers import find_triggers
from incident_extractor.extract.assemble import assemble_from_mentions
from incident_extractor.extract.merging import dates_compatible, places_compatible
from incident_extractor.mentions import (
    ActorMention, CasualtyMention, DateMention, DocMentions, DocumentMeta, PlaceMention,
)

PUBLISHED = dt.date(2023, 6, 14)


def sentences_of(text):
    return [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]?", text) if m.group().strip()]


def at(text, phrase, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def killed(text, phrase, count, cues=(), qualifier="exact", kind="killed"):
    start, end = at(text, phrase)
    return CasualtyMention(kind, count, None, None, qualifier, phrase, start, end, cues=cues)


def date(text, phrase, day, precision="day"):
    start, end = at(text, phrase)
    return DateMention(day, day, precision, "explicit", phrase, start, end)


def place(text, phrase, country, kind="place"):
    start, end = at(text, phrase)
    return PlaceMention(phrase, kind, phrase, start, end, country_code=country, countries=(country,))


def actor(text, phrase, kind, armed, role=None, country=None):
    start, end = at(text, phrase)
    return ActorMention(phrase, phrase, start, end, kind, country, role, armed)


def assemble(text, **mentions):
    sentences = sentences_of(text)
    found = DocMentions(triggers=find_triggers(text, [s for s, _ in sentences], [e for _, e in sentences]), **mentions)
    return assemble_from_mentions(text, sentences, found, DocumentMeta(doc_id="t", published=PUBLISHED))


def test_one_incident_told_in_three_sentences_is_one_record():
    text = ("Gunmen attacked a village in the hills on Monday. Six villagers were killed in the attack. "
            "The governor condemned the raid.")
    drafts = assemble(
        text,
        casualties=[killed(text, "Six villagers were killed", 6)],
        dates=[date(text, "Monday", dt.date(2023, 6, 12))],
        actors=[actor(text, "Gunmen", "political_militia", True, "perpetrator"),
                actor(text, "villagers", "civilians", False, "target")],
    )
    assert len(drafts) == 1
    assert drafts[0].event_type == "Violence against civilians"
    assert drafts[0].killed == 6
    assert drafts[0].scope == "current"
    assert drafts[0].date.start == dt.date(2023, 6, 12)


def test_incidents_on_different_days_stay_apart_and_keep_their_own_figures():
    text = ("Rebels and soldiers clashed near the dam on June 13, leaving four dead. "
            "In March, fighting at the same dam killed 30 people.")
    drafts = assemble(
        text,
        casualties=[killed(text, "four dead", 4), killed(text, "killed 30 people", 30)],
        dates=[date(text, "June 13", dt.date(2023, 6, 13)), date(text, "March", dt.date(2023, 3, 1), "month")],
    )
    assert [(d.killed, d.scope) for d in drafts] == [(4, "current"), (30, "background")]


def test_a_tally_of_the_year_refers_back_and_an_older_killing_is_recalled():
    text = ("A gunman shot two men dead outside a bar on June 13. It was the city's fourth fatal shooting this year. "
            "In February, a teenager was shot dead near the station.")
    this_year = DateMention(dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year", "relative", "this year",
                            *at(text, "this year"))
    drafts = assemble(
        text,
        casualties=[killed(text, "shot two men dead", 2), killed(text, "teenager was shot dead", 1)],
        dates=[date(text, "June 13", dt.date(2023, 6, 13)), this_year,
               date(text, "February", dt.date(2023, 2, 1), "month")],
    )
    assert [(d.killed, d.scope) for d in drafts] == [(2, "current"), (1, "background")]


def test_a_toll_recalled_beside_todays_is_its_own_background_incident():
    text = ("Gunmen killed two farmers in a village on June 13. "
            "The attack comes weeks after six guards and two drivers were killed in raids nearby.")
    drafts = assemble(
        text,
        casualties=[killed(text, "killed two farmers", 2),
                    killed(text, "six guards", 6, cues=("recalled", "group@70")),
                    killed(text, "two drivers were killed", 2, cues=("recalled", "group@70"))],
        dates=[date(text, "June 13", dt.date(2023, 6, 13))],
    )
    assert [(d.killed, d.scope) for d in drafts] == [(2, "current"), (8, "background")]


def test_a_toll_without_a_trigger_belongs_to_the_incident_before_it():
    text = "A car bomb exploded outside the ministry. There were no casualties."
    drafts = assemble(text, casualties=[killed(text, "no casualties", 0, qualifier="none")])
    assert len(drafts) == 1
    assert drafts[0].killed == 0
    assert drafts[0].sub_event_type == "Remote explosive/landmine/IED"


def test_a_war_toll_is_an_aggregate_incident_of_its_own():
    text = "Troops clashed with rebels on Tuesday. The war has claimed more than 5,000 lives since 2015."
    drafts = assemble(
        text,
        casualties=[killed(text, "more than 5,000 lives", 5000, cues=("aggregate",), qualifier="more_than")],
        dates=[date(text, "Tuesday", dt.date(2023, 6, 13))],
    )
    assert [d.scope for d in drafts] == ["current", "aggregate"]
    assert drafts[0].killed is None and drafts[1].killed == 5000


def test_talks_and_a_clash_in_one_article_are_two_records():
    text = "Border guards exchanged fire on Tuesday. Hours later, the foreign ministers met for peace talks in Geneva."
    drafts = assemble(text, dates=[date(text, "Tuesday", dt.date(2023, 6, 13))],
                      places=[place(text, "Geneva", "CH")])
    assert [d.event_type for d in drafts] == ["Battles", "Strategic developments"]
    assert drafts[1].locations[0].name == "Geneva"
    assert drafts[0].locations == []


def test_talks_in_two_countries_are_two_records():
    text = "Peace talks opened in Geneva. Separate talks were held in Doha."
    drafts = assemble(text, places=[place(text, "Geneva", "CH"), place(text, "Doha", "QA")])
    assert len(drafts) == 2


def test_captions_and_negated_phrases_are_not_incidents():
    text = "Police officers (L) stand guard at a protest in the capital. (Image Credit: Agency)\nNo attack took place."
    assert assemble(text) == []


def test_opinion_without_an_event_is_not_an_incident():
    text = "The minister said the economy should grow next year. Investors welcomed the budget."
    assert assemble(text) == []


def test_a_weak_cue_alone_still_makes_the_only_incident_of_a_short_report():
    text = "Killing of a shepherd by unknown men near the border."
    drafts = assemble(text)
    assert len(drafts) == 1 and drafts[0].scope == "current"


def test_battles_between_two_sides_without_roles_make_participants():
    text = "Army troops and rebel fighters clashed in the north."
    drafts = assemble(text, actors=[actor(text, "Army troops", "state_forces", True),
                                    actor(text, "rebel fighters", "rebel_group", True)])
    assert drafts[0].event_type == "Battles"
    assert {a.role for a in drafts[0].actors} == {"participant"}


def test_a_current_incident_after_publication_is_warned_about():
    text = "Gunmen attacked a bus on June 20."
    drafts = assemble(text, dates=[date(text, "June 20", dt.date(2023, 6, 20))])
    assert "current incident dated after publication" in drafts[0].warnings


def test_a_single_sided_battle_is_warned_about():
    text = "Soldiers clashed near the border."
    drafts = assemble(text, actors=[actor(text, "Soldiers", "state_forces", True, "participant")])
    assert any("Battles" in w for w in drafts[0].warnings)
    assert 0.0 < drafts[0].confidence < 1.0


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (None, dt.date(2023, 1, 1), True),
        (dt.date(2023, 1, 1), dt.date(2023, 1, 1), True),
        (dt.date(2023, 1, 1), dt.date(2023, 1, 2), False),
    ],
)
def test_dates_compatible(a, b, expected):
    def mention(day):
        return None if day is None else DateMention(day, day, "day", "explicit", "x", 0, 1)

    assert dates_compatible(mention(a), mention(b)) is expected


def test_places_compatible():
    kabul = PlaceMention("Kabul", "place", "Kabul", 0, 5, "AF", ("AF",))
    kandahar = PlaceMention("Kandahar", "place", "Kandahar", 0, 8, "AF", ("AF",))
    afghanistan = PlaceMention("Afghanistan", "country", "Afghanistan", 0, 11, "AF", ("AF",))
    border = PlaceMention("border", "border", "border", 0, 6, "AM", ("AM", "AZ"))
    azerbaijan = PlaceMention("Azerbaijan", "country", "Azerbaijan", 0, 10, "AZ", ("AZ",))
    assert places_compatible([kabul], [afghanistan])
    assert not places_compatible([kabul], [kandahar])
    assert places_compatible([border], [azerbaijan])
    assert not places_compatible([azerbaijan], [kabul])


def test_a_sentence_that_refers_back_adds_no_second_place():
    text = "Militants shelled a school in Harbor Town. Officials in Capital City condemned the attack."
    drafts = assemble(text, places=[place(text, "Harbor Town", "XA"), place(text, "Capital City", "XA")])
    assert len(drafts) == 1
    assert [p.name for p in drafts[0].locations] == ["Harbor Town"]


def test_victims_counted_but_not_named_are_the_civilian_target():
    text = "Gunmen opened fire at a bus stop, killing two."
    drafts = assemble(text, casualties=[killed(text, "killing two", 2)],
                      actors=[actor(text, "Gunmen", "political_militia", True, "perpetrator")])
    assert drafts[0].event_type == "Violence against civilians"
    assert [(a.kind, a.role, a.text) for a in drafts[0].actors] == [
        ("political_militia", "perpetrator", "Gunmen"), ("civilians", "target", "killing two")]


def test_a_clause_with_a_date_of_its_own_is_another_incident():
    text = ("Raiders killed nine herders near the river on June 13. Last Friday, gunmen killed three traders at a "
            "market in Tsafe, and in April, 14 miners were killed in an attack near Dansadau.")
    drafts = assemble(
        text,
        casualties=[killed(text, "killed nine herders", 9), killed(text, "killed three traders", 3),
                    killed(text, "14 miners were killed", 14)],
        dates=[date(text, "June 13", dt.date(2023, 6, 13)), date(text, "Last Friday", dt.date(2023, 6, 9)),
               date(text, "April", dt.date(2023, 4, 1), "month")],
        places=[place(text, "Tsafe", "NG"), place(text, "Dansadau", "NG")],
    )
    assert [(d.killed, d.scope, d.date.start) for d in drafts] == [
        (9, "current", dt.date(2023, 6, 13)), (3, "background", dt.date(2023, 6, 9)),
        (14, "background", dt.date(2023, 4, 1))]
    assert [[p.name for p in d.locations][:1] for d in drafts[1:]] == [["Tsafe"], ["Dansadau"]]


def test_a_clause_without_a_date_of_its_own_stays_in_its_incident():
    text = "Gunmen killed three traders at a market on June 13, and then they killed two guards at a bank."
    drafts = assemble(text, casualties=[killed(text, "killed three traders", 3), killed(text, "killed two guards", 2)],
                      dates=[date(text, "June 13", dt.date(2023, 6, 13))])
    assert len(drafts) == 1


def test_an_undated_lead_takes_the_day_of_the_sentence_after_it():
    text = ("Six officers were injured when a crowd threw stones at them in the town centre. "
            "Trouble began at around 10pm on Saturday near the bus station.")
    drafts = assemble(text, casualties=[killed(text, "Six officers were injured", 6, kind="injured")],
                      dates=[date(text, "Saturday", dt.date(2023, 6, 10))])
    assert [(d.injured, d.date.start, d.summary_start) for d in drafts] == [(6, dt.date(2023, 6, 10), 0)]


@pytest.mark.parametrize("second, expected", [
    # two different days, or a day on a reporting verb: nothing sure, the publication day stays
    ("Trouble began on Saturday and ended on Sunday morning.", PUBLISHED),
    ("Police said on Monday the crowd had dispersed.", PUBLISHED),
])
def test_an_undated_lead_takes_no_unsure_day(second, expected):
    text = "Six officers were injured when a crowd threw stones at them in the town centre. " + second
    dates = [date(text, w, dt.date(2023, 6, d)) for w, d in (("Saturday", 10), ("Sunday morning", 11), ("Monday", 12))
             if w in text]
    drafts = assemble(text, casualties=[killed(text, "Six officers were injured", 6, kind="injured")], dates=dates)
    assert drafts[0].date.start == expected
