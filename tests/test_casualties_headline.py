"""headline_figures over hand-built figures of one incident."""

import pytest

from incident_extractor.casualties.headline import headline_count, headline_figures
from incident_extractor.mentions import CasualtyMention


def fig(count, start, type_="killed", cues=(), victims=None):
    return CasualtyMention(type=type_, count=count, low=count, high=count, qualifier="exact", text="x",
                           start_char=start, end_char=start + 1, victims=victims, cues=tuple(cues))


@pytest.mark.parametrize(
    "figures, expected",
    [
        ([], None),
        ([fig(12, 0)], 12),
        ([fig(12, 0), fig(15, 50, cues=("update",))], 15),
        ([fig(12, 0, cues=("update",)), fig(15, 50, cues=("update",)), fig(20, 90)], 15),
        ([fig(3, 0, cues=("group@0",)), fig(2, 10, cues=("group@0",))], 5),
        ([fig(3, 0, cues=("group@0",)), fig(2, 10, cues=("group@0",)), fig(3, 60, cues=("group@60",))], 5),
        ([fig(12, 0), fig(3, 20, cues=("subgroup",))], 12),
        ([fig(3, 20, cues=("subgroup",))], 3),
        ([fig(12, 0), fig(6500, 50, cues=("aggregate",))], 12),
        ([fig(6500, 50, cues=("aggregate",))], 6500),
        ([fig(12, 0), fig(40, 50, cues=("background",))], 12),
        ([fig(100, 0, cues=("threat",))], None),
        ([fig(5, 0), fig(2, 40, cues=("more",), victims="attackers")], 7),
        ([fig(5, 0), fig(2, 40, cues=("more",), victims="attackers"), fig(2, 80, cues=("more",), victims="attackers")], 7),
        ([fig(1, 0, cues=("more",), victims="suicide bombers"), fig(5, 40)], 6),
        ([fig(12, 0), fig(9, 50)], 12),
        ([fig(0, 0), fig(4, 30)], 4),
        ([fig(0, 0)], 0),
    ],
)
def test_headline_count(figures, expected):
    assert headline_count(figures, "killed") == expected


def test_headline_figures_splits_killed_and_injured():
    figures = [fig(4, 0), fig(20, 10, type_="injured"), fig(3, 30, type_="kidnapped")]
    assert headline_figures(figures) == (4, 20)
