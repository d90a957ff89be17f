"""Dates of a text with no anchor (dating/unanchored.py): relative dates keep their order and distance against a
stand-in day but never reach a record as calendar days. Sentences written for these tests."""

import pytest

from incident_extractor.dating.unanchored import is_unanchored, unanchored_date_mentions


def dates_of(text):
    return {m.text: m for m in unanchored_date_mentions(text)}


def test_relative_dates_keep_their_order_without_an_anchor():
    found = dates_of("A bomb killed three soldiers on Sunday. In March, gunmen killed four farmers. Last year a guard died.")
    sunday, march, last_year = (found[t] for t in ("Sunday", "March", "Last year"))
    assert all(is_unanchored(m) for m in (sunday, march, last_year))
    assert last_year.end < march.start <= march.end < sunday.start


@pytest.mark.parametrize("text, phrase, method", [
    # a date that needs no anchor is found as usual
    ("Gunmen killed a judge on 3 June 1985.", "3 June 1985", "explicit"),
    # one that does is marked
    ("Gunmen killed a judge on Monday.", "Monday", "unanchored"),
    ("Gunmen killed a judge on September 13.", "September 13", "unanchored"),
])
def test_only_dates_that_need_an_anchor_are_marked(text, phrase, method):
    assert dates_of(text)[phrase].method == method


def test_an_unanchored_day_splits_incidents_but_reaches_no_record(incidents_of):
    records = incidents_of("A bomb killed three soldiers in Kunar on Sunday. In March, gunmen killed four farmers "
                           "near the river.")
    assert [(r.scope, r.killed, r.date) for r in records] == [("current", 3, None), ("background", 4, None)]


@pytest.mark.parametrize("text, earlier, later", [
    # the news comes after the dates the text states: its relative days fall after them
    ("The war began in March 2011. On Monday a bomb killed four.", "March 2011", "Monday"),
    ("In 2025, rebels attacked the town. Last month a bomb killed four.", "2025", "Last month"),
    ("In 1985, rebels attacked the town. Last month a bomb killed four.", "1985", "Last month"),
])
def test_relative_days_fall_after_the_stated_dates(text, earlier, later):
    found = dates_of(text)
    assert found[earlier].end < found[later].start
