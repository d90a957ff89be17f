"""Properties that hold for any text: evidence slices the text, intervals are ordered, nothing crashes."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from incident_extractor.dating import find_date_mentions, publication_anchor

# fragments that look like dates mixed with noise, so the generated texts exercise the resolvers
FRAGMENTS = ["on Monday", "7 November 2022", "Nov. 7", "LAST NIGHT", "9 JAN 90", "2020", "since 2019", "the 5th",
             "3-4 May", "11/07/22", "two days ago", "last week", "hours before the talks on Friday", "May", "may",
             "Copyright 2014-2025", "\n", ". ", ", ", "killed", "THE", "31 February", "29 Feb 2023", "0", "12"]

texts = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=25).map(" ".join)
anchors = st.none() | st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))


@settings(max_examples=120, deadline=None)
@given(text=texts, anchor=anchors, offset=st.integers(0, 50), order=st.sampled_from(["MDY", "DMY"]))
def test_mentions_are_well_formed(text, anchor, offset, order):
    for mention in find_date_mentions(text, anchor, offset=offset, date_order=order):
        assert text[mention.start_char - offset:mention.end_char - offset] == mention.text
        assert mention.start <= mention.end
        assert mention.precision in {"day", "week", "month", "year", "range"}
        assert mention.method in {"explicit", "relative", "year_inferred", "dateline"}


@settings(max_examples=80, deadline=None)
@given(text=texts)
def test_anchor_never_invents_a_date(text):
    day, source = publication_anchor(text, None, None)
    assert (day is None) == (source is None)
    if day is not None:
        assert source in {"dateline", "text"}
