from incident_extractor.geo.main_location import main_locations
from incident_extractor.mentions import PlaceMention


def place(name, kind, start, code="SY"):
    return PlaceMention(name=name, kind=kind, text=name, start_char=start, end_char=start + len(name), country_code=code,
                        countries=(code,))


def test_specific_tied_place_comes_first():
    # "Syria: a car bomb exploded in Azaz, Aleppo province"  trigger at 16..31
    syria, azaz, aleppo = place("Syria", "country", 0), place("Azaz", "place", 45), place("Aleppo", "admin1", 51)
    assert main_locations([syria, aleppo, azaz], 16, 31) == [azaz, aleppo, syria]


def test_far_away_place_ranks_after_tied_ones():
    near = place("Syria", "country", 40)
    far = place("Paris", "place", 2000, "FR")
    assert main_locations([far, near], 10, 20) == [near, far]


def test_repeated_place_is_kept_once_at_its_nearest_mention():
    first, second = place("Homs", "place", 500), place("Homs", "place", 30)
    assert main_locations([first, second], 10, 20) == [second]


def test_empty_input():
    assert main_locations([], 0, 5) == []
