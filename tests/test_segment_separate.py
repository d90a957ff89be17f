"""Words that start another incident, and "other" victims that add to the incident told before."""

import pytest

from incident_extractor.casualties.victims import victim_groups
from incident_extractor.events.tables import separate_incident_pattern


@pytest.mark.parametrize(
    "before_trigger, separate",
    [
        ("In another attack, gunmen", True),
        ("Another bombing", True),
        ("In a separate incident, police", True),
        ("Meanwhile, in the north, rebels", True),
        ("In other parts of the province, soldiers", True),
        ("A second car bomb", True),
        ("Four other soldiers", False),  # more victims of the incident told before
        ("Two other civilians", False),
        ("A second government official said the", False),
        ("The other victims of the", False),
    ],
)
def test_separate_incident_words(before_trigger, separate):
    assert bool(separate_incident_pattern().search(before_trigger)) is separate


@pytest.mark.parametrize(
    "phrase, additional",
    [
        ("Four other soldiers", True),
        ("two more policemen", True),
        ("another civilian", True),
        ("five others", False),  # "killing one and injuring five others": apart from the dead, not on top
        ("three soldiers", False),
    ],
)
def test_other_victims_are_on_top(phrase, additional):
    groups = victim_groups(phrase, 0, len(phrase))
    assert [g.additional for g in groups] == [additional]
