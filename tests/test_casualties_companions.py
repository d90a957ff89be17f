"""A group counted once, then told again as one of its people "along with" the others ("Three activists were
killed. Ruiz was shot dead along with two other activists." = 3; casualties/companions.py): sentences written
for these tests."""

import pytest

from incident_extractor.casualties.headline import headline_count
from incident_extractor.casualties.finder import find_casualties

COMPANIONS = [
    # sentences, killed
    (("Three activists of the party were killed by soldiers in the city.",
      "Ruiz was shot dead along with two other activists whose names were not released."), 3),
    (("FOUR FARMERS HAVE BEEN MURDERED NEAR THE BORDER.",
      "JUAN RUIZ WAS KILLED TOGETHER WITH THREE OTHER FARMERS."), 4),
    # the companions make up no earlier group: they add on top of it
    (("Three activists were killed in the city.", "Ruiz was shot dead along with four other activists."), 7),
    (("Three soldiers were killed in the city.", "Ruiz was shot dead along with two other activists."), 5),
]


def _headline(sentences):
    mentions, offset = [], 0
    for sentence in sentences:
        mentions += find_casualties(sentence, offset)
        offset += len(sentence) + 1
    return headline_count(mentions, "killed")


@pytest.mark.parametrize("sentences, expected", COMPANIONS)
def test_companions(sentences, expected):
    assert _headline(sentences) == expected
