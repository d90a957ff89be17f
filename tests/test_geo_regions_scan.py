import pytest

from incident_extractor.geo.regions import _DIRECTION_THEN_NAME, _direction_matches


@pytest.mark.parametrize("text", [
    "Shelling hit north-east Syria and NORTHERN IRAQ while Eastern  Ghouta was calm.",
    "the x-east Iraq road, a -west Bank detour, upper Egypt and Lower Egypt, lowerCase words",
    "southwestern Syria, the Mid-west, midwest Ohio, north-north-west Iraq, northnorth Iraq",
    "ſouth Sudan and İstanbul: letters whose lower case is not a plain shift",
    "no direction here at all",
    "",
])
def test_direction_matches_are_those_of_a_full_scan(text):
    assert [m.span() for m in _direction_matches(text)] == [m.span() for m in _DIRECTION_THEN_NAME.finditer(text)]


@pytest.mark.parametrize("text, countries", [
    ("Shells fell near Turkey's border with Syria on Monday.", [("TR", "SY")]),
    ("Shells fell near Turkey's BORDER WITH Syria on Monday.", [("TR", "SY")]),
    ("Clashes on the border between Armenia and Azerbaijan.", [("AM", "AZ")]),
    ("Clashes on the Frontier  Between Armenia and Azerbaijan.", [("AM", "AZ")]),
    ("Clashes on the border, between Armenia and Azerbaijan.", []),
    ("ſome clashes on the border with Syria near İdlib.", [("SY",)]),  # the full scan
])
def test_borders_after_the_cheap_pre_check(text, countries):
    from incident_extractor.geo.regions import find_borders

    assert [border.countries for border in find_borders(text)] == countries
