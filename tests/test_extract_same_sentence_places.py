"""An incident whose own words name no place takes the places of the other incidents told in its sentences
(extract/assemble._same_sentence_places), through the real pipeline on sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, sub_event, place", [
    # the arrest is told in the stabbing's sentence: it happened there
    ("Two men were arrested on Sunday after a teenager was stabbed to death in Croydon.", "Arrests", "Croydon"),
    # talks are held far from the fighting: neither borrows the other's place
    ("Officials signed a ceasefire agreement in Geneva on Monday while shelling killed four people.",
     "Shelling/artillery/missile attack", None),
])
def test_an_incident_without_places_takes_its_sentence_neighbours(incidents_of, text, sub_event, place):
    records = {r.sub_event_type: r for r in incidents_of(text)}
    assert sub_event in records
    assert [loc.text for loc in records[sub_event].locations][:1] == ([place] if place else [])
