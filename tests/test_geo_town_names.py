"""'City' and 'Town' that belong to a town's own name, and a people's word inside one (geo/finder.py,
components/places.py), through the real pipeline on sentences written for these tests."""

import pytest


@pytest.mark.parametrize("text, expected", [
    # the whole is the town: never the country or the region its first word names
    ("A gunman killed two people in Mexico City on Sunday.", [("Mexico City", "place", "MX")]),
    ("Police shot dead a man in Kansas City on Friday.", [("Kansas City", "place", "US")]),
    ("A man was stabbed to death in Jersey City.", [("Jersey City", "place", "US")]),
    # a people's word inside the name is no evidence of that people's country
    ("A man was shot dead in Spanish Town on Sunday.", [("Spanish Town", "place", "JM")]),
    # a level word after a name the gazetteer does not know whole still hints the town
    ("A bomb exploded in Mosul city, killing three.", [("Mosul", "place", "IQ")]),
])
def test_a_town_keeps_its_own_name(incidents_of, text, expected):
    (record,) = incidents_of(text)
    assert [(loc.name, loc.kind, loc.country_code) for loc in record.locations] == expected
