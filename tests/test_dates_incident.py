"""choose_incident_date: sentence date > previous date of the incident > publication date (said so)."""

import datetime as dt

import pytest

from incident_extractor.dating import choose_incident_date, find_date_mentions
from incident_extractor.mentions import DateMention, DocumentMeta

D = dt.date
TUE = D(2022, 11, 8)
META = DocumentMeta(doc_id="t", published=TUE, published_from="metadata")


def incident_date_for(text, trigger, meta=META, previous=None):
    dates = find_date_mentions(text, meta.published)
    start = text.index(trigger)
    sentence_start = text.rfind(". ", 0, start) + 1
    sentence_end = text.find(". ", start)
    sentence_end = len(text) if sentence_end == -1 else sentence_end + 1
    return choose_incident_date(start, start + len(trigger), sentence_start, sentence_end, dates, meta, previous)


@pytest.mark.parametrize(
    "text, trigger, expected_start, expected_method",
    [
        ("Rebels attacked a base on Monday. Talks were held on Friday.", "attacked", D(2022, 11, 7), "relative"),
        ("Talks were held on Friday. Rebels attacked a base.", "attacked", TUE, "published"),
        ("A bomb exploded on 3 November, a week after talks in 2021.", "exploded", D(2022, 11, 3), "year_inferred"),
        ("In 2020 a six-week war killed thousands.", "killed", D(2020, 1, 1), "explicit"),
        ("Gunmen killed two guards on Sunday, ahead of talks on Friday.", "killed", D(2022, 11, 6), "relative"),
        ("Gunmen who will face trial next month killed two guards.", "killed", TUE, "published"),  # future only
        ("Forces exchanged fire hours before the talks on November 7.", "exchanged fire", D(2022, 11, 7), "relative"),
        ("The fighting, the worst since 2020, killed ten.", "killed", TUE, "published"),  # "since" frames, not dates
    ],
)
def test_choose_incident_date(text, trigger, expected_start, expected_method):
    chosen = incident_date_for(text, trigger)
    assert (chosen.start, chosen.method) == (expected_start, expected_method)


def test_previous_date_of_the_same_incident_beats_publication():
    previous = DateMention(D(2022, 11, 2), D(2022, 11, 2), "day", "relative", "Wednesday", 0, 9)
    chosen = incident_date_for("Wednesday: talks. The attackers fled.", "fled", previous=previous)
    assert chosen == previous


def test_publication_fallback_points_at_the_dateline_when_there_is_one():
    text = "   LIMA, 8 NOV 22 (EFE) -- [TEXT] GUERRILLAS ATTACKED A POST."
    meta = DocumentMeta(doc_id="t", published=TUE, published_from="dateline")
    chosen = incident_date_for(text, "ATTACKED", meta)
    assert (chosen.start, chosen.method, chosen.text) == (TUE, "dateline", "8 NOV 22")


def test_publication_fallback_without_dateline_has_empty_evidence():
    chosen = incident_date_for("Rebels attacked a base.", "attacked")
    assert (chosen.method, chosen.text, chosen.start_char, chosen.end_char) == ("published", "", 0, 0)


def test_no_date_at_all_gives_none():
    meta = DocumentMeta(doc_id="t")
    assert incident_date_for("Rebels attacked a base.", "attacked", meta) is None


def date_of_trigger(text, trigger):
    """The date chosen for the trigger word of a one-sentence text read on Tuesday 8 November 2022."""
    start = text.index(trigger)
    return choose_incident_date(start, start + len(trigger), 0, len(text), find_date_mentions(text, TUE), META, text=text)


@pytest.mark.parametrize(
    "text, trigger, expected_start",
    [
        # the date on the reporting verb dates the report; the event's own date wins
        ("Officials said on Monday that gunmen killed a judge on 2 November.", "killed", D(2022, 11, 2)),
        ("OFFICIALS TODAY REPORTED THAT GUNMEN KILLED A JUDGE ON 2 NOVEMBER.", "KILLED", D(2022, 11, 2)),
        # without the reporting verb the nearest date wins
        ("Gunmen killed a judge on Monday, two weeks after threats on 24 October.", "killed", D(2022, 11, 7)),
    ],
)
def test_dates_on_reporting_verbs_yield(text, trigger, expected_start):
    assert date_of_trigger(text, trigger).start == expected_start


@pytest.mark.parametrize(
    "text, trigger, expected_start",
    [
        # a possessive day names an event of its own: it dates that noun, not another trigger of the sentence
        ("In October a guard was wounded at a depot, a mile from Sunday's shooting.", "wounded", D(2022, 10, 1)),
        ("Last month a van driver was stabbed, near the scene of Friday's attack.", "stabbed", D(2022, 10, 1)),
        # the possessive's own noun is the trigger: it dates it
        ("Police said Sunday's shooting was linked to a feud.", "shooting", D(2022, 11, 6)),
        ("Sunday's deadly shooting was the third this month.", "shooting", D(2022, 11, 6)),
    ],
)
def test_a_possessive_day_dates_its_own_event(text, trigger, expected_start):
    assert date_of_trigger(text, trigger).start == expected_start
