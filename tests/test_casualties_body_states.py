"""A counted group of bodies with the state they were found in ("40 CHARRED BODIES"): the participle is a modifier
before "bodies" / "corpses" (casualty_lexicon.json "body_states"). Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

BODY_STATES = [
    ("FIREMEN PULLED 23 CHARRED BODIES FROM THE BUS.", 23),
    ("Villagers found seven mutilated corpses near the river.", 7),
    ("THE SEARCH TEAM RECOVERED 15 DISFIGURED BODIES.", 15),
    ("Rescuers found five tortured bodies and two survivors.", 5),
    # the participle is still a verb before other words
    ("The rebels burned 12 houses in the village.", None),
    ("Two tortured prisoners were freed on Monday.", None),
]


@pytest.mark.parametrize("text, killed", BODY_STATES)
def test_body_states(text, killed):
    assert count(text, "killed") == killed
