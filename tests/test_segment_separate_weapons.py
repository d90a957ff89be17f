"""A later weapon of the same kind starts another incident: "A second grenade", "another rocket", and "a second"
with its noun left out before an explosion verb ("A second exploded at the bus stop"). Phrases written for these
tests."""

import pytest

from incident_extractor.events.tables import separate_incident_pattern


@pytest.mark.parametrize(
    "before_trigger, separate",
    [
        ("A second grenade", True),
        ("Another rocket", True),
        ("A third mortar", True),
        ("Another explosive device", True),
        ("A second IED", True),
        ("A second exploded", True),
        ("The third went off", True),
        ("A second detonated", True),
        # still no other incident
        ("A second government official said the", False),
        ("A second man", False),
        ("The second was", False),
    ],
)
def test_separate_weapon_words(before_trigger, separate):
    assert bool(separate_incident_pattern().search(before_trigger)) is separate
