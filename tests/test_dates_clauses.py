"""The incident date across false sentence boundaries (all-caps wire wraps lines mid-sentence), dates that
name streets, "THE MARCH" in all caps, and the reporting-verb date as a fallback before other incidents' dates."""

import datetime as dt

import pytest

from incident_extractor.dating import choose_incident_date, find_date_mentions
from incident_extractor.dating.incident_date import (
    clause_bounds, date_in_sentence, event_date_in_sentence, report_date_in_sentence,
)
from incident_extractor.mentions import DateMention, DocumentMeta

D = dt.date
ANCHOR = D(1991, 4, 10)  # a Wednesday
META = DocumentMeta(doc_id="t", published=ANCHOR, published_from="dateline")


def false_split(text: str, at: str) -> tuple[int, int]:
    """The sentence a parser would give when it splits `text` at the line break before `at`."""
    return 0, text.index(at)


@pytest.mark.parametrize(
    "text, split_at, expected",
    [
        # the parser cut at a line break mid-sentence: widen to the real full stop
        ("REBELS AMBUSHED A TRUCK NEAR THE\nBRIDGE ON 8 APRIL. TROOPS LATER ARRIVED.", "BRIDGE", "REBELS AMBUSHED A TRUCK NEAR THE\nBRIDGE ON 8 APRIL."),
        # a real full stop before the boundary: nothing to widen
        ("REBELS AMBUSHED A TRUCK. TROOPS ARRIVED ON 8 APRIL.", "TROOPS", "REBELS AMBUSHED A TRUCK."),
        ("Gunmen shot a guard. Police came on Monday.", "Police", "Gunmen shot a guard."),
    ],
)
def test_clause_bounds_widens_only_false_boundaries(text, split_at, expected):
    start, end = clause_bounds(text, *false_split(text, split_at))
    assert text[start:end].strip() == expected


def test_clause_bounds_widens_backwards_to_the_previous_full_stop():
    text = "TROOPS ARRIVED. ON 8 APRIL GUERRILLAS\nAMBUSHED A TRUCK NEAR THE BRIDGE."
    sentence_start = text.index("AMBUSHED")
    start, end = clause_bounds(text, sentence_start, len(text))
    assert text[start:end].strip() == "ON 8 APRIL GUERRILLAS\nAMBUSHED A TRUCK NEAR THE BRIDGE."


def test_clause_bounds_without_text_keeps_the_sentence():
    assert clause_bounds(None, 5, 20) == (5, 20)


@pytest.mark.parametrize(
    "text, trigger, split_at, expected_start",
    [
        ("GUERRILLAS AMBUSHED AN ARMY PATROL NEAR THE RIVER AT\n1700 ON 8 APRIL THAT WAS HEADING NORTH.", "AMBUSHED", "1700", D(1991, 4, 8)),
        ("POLICE REPORTED TODAY THAT YESTERDAY ARMED MEN OVERPOWERED\nTHE GUARDS AND BURNED THE TOWN HALL.", "BURNED", "THE GUARDS", D(1991, 4, 9)),
        ("Militants attacked a checkpoint near the\nborder late on Monday, officials said.", "attacked", "border", D(1991, 4, 8)),
    ],
)
def test_incident_date_is_found_across_a_false_boundary(text, trigger, split_at, expected_start):
    dates = find_date_mentions(text, ANCHOR)
    start = text.index(trigger)
    if start < text.index(split_at):
        sentence = false_split(text, split_at)
    else:
        sentence = (text.index(split_at), len(text))
    chosen = choose_incident_date(start, start + len(trigger), *sentence, dates, META, text=text)
    assert chosen.start == expected_start


@pytest.mark.parametrize(
    "text, trigger, expected_event, expected_report",
    [
        ("OFFICIALS REPORTED TODAY THAT A JUDGE WAS KILLED ON 2 APRIL.", "KILLED", D(1991, 4, 2), D(1991, 4, 10)),
        ("Police said on Monday that a judge was killed.", "killed", None, D(1991, 4, 8)),
        ("A judge was killed on Monday.", "killed", D(1991, 4, 8), None),
        ("A JUDGE WAS KILLED, THE ARMY ANNOUNCED TODAY.", "KILLED", None, D(1991, 4, 10)),
    ],
)
def test_event_and_report_dates_of_a_sentence(text, trigger, expected_event, expected_report):
    dates = find_date_mentions(text, ANCHOR)
    start = text.index(trigger)
    event = event_date_in_sentence(start, start + len(trigger), 0, len(text), dates, text)
    report = report_date_in_sentence(start, start + len(trigger), 0, len(text), dates, text)
    assert (event and event.start, report and report.start) == (expected_event, expected_report)
    combined = date_in_sentence(start, start + len(trigger), 0, len(text), dates, text)
    assert combined.start == (expected_event or expected_report)


def test_the_report_day_of_the_sentence_beats_another_incidents_date():
    text = "Police said on Monday that a judge was killed."
    previous = DateMention(D(1991, 3, 1), D(1991, 3, 31), "month", "year_inferred", "March", 0, 0)
    start = text.index("killed")
    chosen = choose_incident_date(start, start + 6, 0, len(text), find_date_mentions(text, ANCHOR), META,
                                  previous, text=text)
    assert chosen.start == D(1991, 4, 8)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("THE BLAST OCCURRED ON BOYACA AND 9 OCTOBER AVENUES.", []),
        ("The bomb went off on 9 October Street.", []),
        ("The bomb went off near the 28 July Squares.", []),
        ("THE BOMB WENT OFF ON 9 OCTOBER NEAR THE AVENUE.", [D(1990, 10, 9)]),
        ("THE MARCH ORGANIZED BY STUDENTS ENDED PEACEFULLY.", []),
        ("THE MAY PROTESTS ENDED PEACEFULLY.", []),
        ("Elections held in the March of that year were calm.", [D(1991, 3, 1)]),
        ("THE ATTACK TOOK PLACE IN MARCH.", [D(1991, 3, 1)]),
    ],
)
def test_dates_naming_things_and_all_caps_processions_are_not_dates(text, expected):
    assert [m.start for m in find_date_mentions(text, ANCHOR)] == expected


@pytest.mark.parametrize(
    "text, trigger, expected_start, expected_method",
    [
        # a rolling window is the toll's period, not the incident's day: the news is of the publication day
        ("At least 40 people were killed in air strikes over the past three days.", "killed", ANCHOR, "published"),
        ("THE ARMY HAS KILLED 12 REBELS IN THE LAST 8 DAYS.", "KILLED", ANCHOR, "published"),
        # another date of the sentence still wins
        ("Air strikes killed 9 people on Monday, the deadliest of the past ten days.", "killed", D(1991, 4, 8), "relative"),
        # "overnight" is the night ending on the publication day
        ("Rebels shelled the town overnight, residents said.", "shelled", ANCHOR, "relative"),
        ("REBELS SHELLED THE TOWN LAST NIGHT.", "SHELLED", D(1991, 4, 9), "relative"),
    ],
)
def test_rolling_windows_do_not_date_incidents(text, trigger, expected_start, expected_method):
    dates = find_date_mentions(text, ANCHOR)
    start = text.index(trigger)
    chosen = choose_incident_date(start, start + len(trigger), 0, len(text), dates, META, text=text)
    assert (chosen.start, chosen.method) == (expected_start, expected_method)


@pytest.mark.parametrize(
    "text, trigger, previous_day, expected_start",
    [
        # the meeting is named inside "one week after ...": a week before the incident the text spoke of
        ("The latest clash came only one week after the two leaders met in Geneva.", "met", D(1991, 4, 9), D(1991, 4, 2)),
        # the clause's own day is the reference when it has one
        ("Rebels shelled the port on 9 April, two days after negotiators met in Geneva.", "met", None, D(1991, 4, 7)),
        ("A week after rebels attacked the town, troops retook it on Monday.", "attacked", None, D(1991, 4, 1)),
        # "hours before the talks": the offset is zero days
        ("The clash on 8 April came hours before the ministers met in Geneva.", "met", None, D(1991, 4, 8)),
        # the trigger outside the phrase keeps its own date
        ("Rebels shelled the port on 9 April, two days after negotiators met in Geneva.", "shelled", None, D(1991, 4, 9)),
    ],
)
def test_an_incident_named_in_an_event_relative_phrase_is_dated_from_its_clause(text, trigger, previous_day, expected_start):
    dates = find_date_mentions(text, ANCHOR)
    previous = previous_day and DateMention(previous_day, previous_day, "day", "explicit", "x", 0, 1)
    start = text.index(trigger)
    chosen = choose_incident_date(start, start + len(trigger), 0, len(text), dates, META, previous, text=text)
    assert chosen.start == expected_start


def test_without_a_reference_day_the_phrase_gives_no_date():
    text = "The latest clash came only one week after the two leaders met in Geneva."
    start = text.index("met")
    chosen = choose_incident_date(start, start + 3, 0, len(text), find_date_mentions(text, None),
                                  DocumentMeta(doc_id="t"), None, text=text)
    assert chosen is None


@pytest.mark.parametrize(
    "text, trigger, expected_start",
    [
        # the day of a reaction (promise, offer, order, reference) dates the reaction, not the crime it names
        ("THE GOVERNMENT TODAY PROMISED TO INVESTIGATE THE MURDER OF TWO JUDGES WHO WERE KILLED ON 16 NOVEMBER.", "MURDER", D(1990, 11, 16)),
        ("THE MINISTER REFERRED TODAY TO THE BOMBING OF THE EMBASSY ON 2 APRIL.", "BOMBING", D(1991, 4, 2)),
        ("The police offered on Monday a reward for the killers of a mayor shot on 1 April.", "shot", D(1991, 4, 1)),
        # alone in its sentence the reaction's day still dates the incident (nothing better is written)
        ("THE GOVERNMENT TODAY PROMISED TO INVESTIGATE THE MURDER OF TWO JUDGES.", "MURDER", ANCHOR),
    ],
)
def test_reaction_days_yield_to_the_days_of_the_crimes_they_name(text, trigger, expected_start):
    dates = find_date_mentions(text, ANCHOR)
    start = text.index(trigger)
    chosen = choose_incident_date(start, start + len(trigger), 0, len(text), dates, META, text=text)
    assert chosen.start == expected_start
