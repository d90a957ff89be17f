import pytest

from incident_extractor.geo.main_location import main_locations, town_first
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


def located(name, kind, start, code="SY", admin1=None, point=True, score=1.0):
    return PlaceMention(name=name, kind=kind, text=name, start_char=start, end_char=start + len(name), country_code=code,
                        countries=(code,), admin1=admin1, latitude=1.0 if point else None,
                        longitude=1.0 if point else None, score=score)


@pytest.mark.parametrize("places, expected_first", [
    # "In Ostrava, Czechia, gunmen held ten hostages": the country is nearer to the trigger, the town tells more
    ([located("Czechia", "country", 40, "CZ", point=False), located("Ostrava", "place", 3, "CZ")], "Ostrava"),
    # "students of the University of Jos in central Nigeria": a weak reading still beats a region with no point
    ([located("central Nigeria", "region", 50, "NG", point=False), located("Jos", "place", 30, "NG", score=0.4)], "Jos"),
    # a town inside the first-level region that leads
    ([located("Sindh", "admin1", 20, "PK", admin1="Sindh"), located("Sukkur", "place", 90, "PK", admin1="Sindh")],
     "Sukkur"),
    # negative: a town of another region of the country does not replace the region
    ([located("Sindh", "admin1", 20, "PK", admin1="Sindh"), located("Quetta", "place", 90, "PK", admin1="Balochistan")],
     "Sindh"),
    # negative: a weak reading (a street's namesake) inside the region does not either
    ([located("Sindh", "admin1", 20, "PK", admin1="Sindh"), located("Hala", "place", 90, "PK", admin1="Sindh", score=0.4)],
     "Sindh"),
    # negative: a town of another country does not replace the country
    ([located("Chad", "country", 20, "TD", point=False), located("Kano", "place", 90, "NG")], "Chad"),
    # negative: a town that leads stays first
    ([located("Gao", "place", 20, "ML"), located("Timbuktu", "place", 90, "ML")], "Gao"),
])
def test_a_town_comes_before_the_wider_place_that_contains_it(places, expected_first):
    assert town_first(places)[0].name == expected_first
    assert sorted(p.name for p in town_first(places)) == sorted(p.name for p in places)
