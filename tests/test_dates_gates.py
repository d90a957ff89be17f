"""The cheap gates in dating/resolve.py must never close on a text where their kind of phrase occurs."""

import pytest

from incident_extractor.dating.resolve import _candidate_kinds, _gate_open, collect_candidates


@pytest.mark.parametrize(
    "text",
    [
        "The office reopened on 2021-03-04 after repairs.",
        "Filed on 2019/7/1, the claim was rejected.",
        "Shops shut on 04/05/2020 and on 4.5.20 as well.",
        "Posted Jan 202015 by the desk editor.",
        "POSTED MAR 031999 BY THE DESK.",
        "Fighting raged in 2014-2016 and again in 2018 – 19.",
        "The vote was moved to the afternoon on the 5th.",
        "THE VOTE WAS HELD ON THE 21ST.",
        "Tuesday 3 May 2022, two people were hurt.",
        "No date at all, only 12 people and 3.5 kilometres.",
    ],
)
def test_a_gate_opens_wherever_its_pattern_matches(text):
    lowered = text.lower()
    for pattern, _twin, resolver, gate in _candidate_kinds():
        if pattern.search(text):
            assert _gate_open(gate, text, lowered), (resolver.__name__, text)


@pytest.mark.parametrize(
    "text, resolver_name",
    [
        ("The office reopened on 2021-03-04 after repairs.", "resolve_iso"),
        ("Shops shut on 04/05/2020.", "resolve_numeric"),
        ("Fighting raged in 2014-2016.", "resolve_year_range"),
        ("The vote was moved to the afternoon on the 5th.", "resolve_day_of_month"),
    ],
)
def test_gated_kinds_still_find_their_phrases(text, resolver_name):
    assert resolver_name in {c.resolver.__name__ for c in collect_candidates(text)}


def test_a_closed_gate_skips_its_pattern():
    text = "Twelve people were hurt in the blast on Monday."
    kinds = {resolver.__name__: gate for _p, _t, resolver, gate in _candidate_kinds()}
    assert not _gate_open(kinds["resolve_iso"], text, text.lower())
    assert not _gate_open(kinds["resolve_numeric"], text, text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Two days after the election, the office was attacked.",
        "The blast came shortly before the vote.",
        "Troops moved in HOURS AHEAD OF THE SUMMIT.",
        "Moments after the sirens, a second bomb went off.",
        "The raid happened a week prior to the talks.",
        "Three minutes following the alarm the building collapsed.",
        "He was seen soon after the shooting.",
    ],
)
def test_event_relative_gate_opens_wherever_the_pattern_matches(text):
    from incident_extractor.dating.event_relative import _AMOUNT_THEN_LINK, _AMOUNT_THEN_LINK_ANY_CASE
    from incident_extractor.dating.tables import date_patterns

    assert date_patterns().event_relative.search(text), "the example must match the pattern"
    assert _AMOUNT_THEN_LINK.search(text.lower())
    for cased in (text, text.upper()):  # date_by_reference's gate reads the text itself
        match = date_patterns().event_relative.search(cased)
        assert _AMOUNT_THEN_LINK_ANY_CASE.search(cased, match.start(), match.end())


def test_event_relative_gate_closes_without_a_link():
    from incident_extractor.dating.event_relative import _AMOUNT_THEN_LINK

    assert not _AMOUNT_THEN_LINK.search("on monday, two days later, police arrested the men.")


@pytest.mark.parametrize("text", ["2021-03-04 (Reuters) - Two killed.", "04/05/2020 - Two killed.",
                                  "KABUL, Jan 202015 - Two killed."])
def test_dateline_full_dates_behind_gates_are_still_found(text):
    from incident_extractor.dating.anchors import _full_date_matches

    assert _full_date_matches(text)


@pytest.mark.parametrize("text, expected", [
    ("12 enero 1990", "12 enero 1990"),
    ("El 5 de mayo de 2016 hubo un ataque.", "5 de mayo de 2016"),
    ("Ref x12 enero 1990", None),  # a digit glued to a word is no day
    ("Version 2.5 mai 2015", None),  # nor one after a dot
    ("Code 123 mai 2015", None),
])
def test_foreign_day_month_year_needs_a_free_standing_day(text, expected):
    from incident_extractor.dating.foreign import _FOREIGN_DAY_MONTH_YEAR

    match = _FOREIGN_DAY_MONTH_YEAR.search(text)
    assert (match.group(0) if match else None) == expected
