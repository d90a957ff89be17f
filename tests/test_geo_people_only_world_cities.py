"""A context made of peoples' words and armed groups alone says who was there, not where: a world city keeps its
name against a namesake ten times smaller in the demonym's country. Candidates written for these tests."""

import pytest

from incident_extractor.geo.disambiguate import choose_candidate
from incident_extractor.geo.gazetteer import Candidate

WORLD_CITY = Candidate("Lisbon", "place", "PT", None, 38.7, -9.1, 550_000)
NAMESAKE = Candidate("Lisbon", "place", "US", None, 44.0, -70.1, 30_000)
TOWN = Candidate("Lisbon", "place", "US", None, 44.0, -70.1, 120_000)


@pytest.mark.parametrize(
    "candidates, people_only, expected",
    [
        ([NAMESAKE, WORLD_CITY], True, WORLD_CITY),  # "two American tourists were stabbed in Lisbon"
        ([NAMESAKE, WORLD_CITY], False, NAMESAKE),  # a US place or country named: the context stands
        ([TOWN, WORLD_CITY], True, TOWN),  # less than ten times smaller: the context stands
    ],
)
def test_people_only_context_and_world_cities(candidates, people_only, expected):
    assert choose_candidate(candidates, "Lisbon", {"US": 1.0}, people_only=people_only) == expected
