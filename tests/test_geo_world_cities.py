"""Round-4 rules: a very large city keeps its name against a small namesake of the story's country, and
"in the Sinai" is a cue like "in Sinai". Candidates written for these tests."""

import pytest

from incident_extractor.geo.disambiguate import choose_candidate
from incident_extractor.geo.finder import find_name_mentions
from incident_extractor.geo.gazetteer import Candidate
from incident_extractor.geo.names import name_key

LONDON = Candidate("London", "place", "GB", "England", 51.5, -0.1, 8_900_000)
LONDON_OHIO = Candidate("London", "place", "US", "Ohio", 39.9, -83.4, 10_000)
LONDON_ONTARIO = Candidate("London", "place", "CA", "Ontario", 43.0, -81.2, 420_000)
PARIS = Candidate("Paris", "place", "FR", "Île-de-France", 48.9, 2.3, 2_100_000)
PARIS_TEXAS = Candidate("Paris", "place", "US", "Texas", 33.7, -95.6, 25_000)
SANTIAGO = Candidate("Santiago", "place", "CL", "Santiago Metropolitan", -33.4, -70.6, 4_800_000)
SANTIAGO_PH = Candidate("Santiago", "place", "PH", "Cagayan Valley", 16.7, 121.5, 130_000)
TEXAS = Candidate("Texas", "admin1", "US", "Texas", 31.0, -99.0, 25_000_000)


@pytest.mark.parametrize(
    "candidates, context, within_country, expected",
    [
        # some US evidence in the story does not move a world city to a town 900 times smaller
        ([LONDON, LONDON_OHIO], {"US": 1.0}, None, LONDON),
        ([PARIS, PARIS_TEXAS], {"US": 0.7, "FR": 0.3}, None, PARIS),
        # a namesake of the story's country that is large itself keeps the context's choice
        ([LONDON, LONDON_ONTARIO], {"CA": 1.0}, None, LONDON_ONTARIO),
        ([SANTIAGO, SANTIAGO_PH], {"PH": 1.0}, None, SANTIAGO_PH),
        # "Paris, Texas": the pair decides
        ([PARIS, PARIS_TEXAS], {"US": 1.0}, "US", PARIS_TEXAS),
        # no context: population decides anyway
        ([LONDON_OHIO, LONDON], {}, None, LONDON),
    ],
)
def test_a_world_city_keeps_its_name(candidates, context, within_country, expected):
    assert choose_candidate(candidates, "London" if "London" in candidates[0].name else candidates[0].name,
                            context, within_country=within_country) == expected


@pytest.mark.parametrize(
    "text, cue",
    [
        ("Militants attacked a convoy in the Sinai on Monday.", True),
        ("Militants attacked a convoy in Sinai on Monday.", True),
        ("Militants praised the Sinai fighters on Monday.", False),
        # not in capitals: "AT THE AIR FORCE HOSPITAL" is no place
        ("MILITANTS ATTACKED A CONVOY IN THE SINAI ON MONDAY.", False),
        ("MILITANTS ATTACKED A CONVOY IN SINAI ON MONDAY.", True),
    ],
)
def test_an_article_between_cue_and_name_keeps_the_cue(text, cue):
    mentions = find_name_mentions(text, [], lambda name: name_key(name) == "sinai", text.isupper())
    assert mentions[0].cue is cue
