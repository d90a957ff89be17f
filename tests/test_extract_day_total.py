"""The total of a short report's separate attacks (extract/day_total.py): hand-built drafts over sentences
written for these tests."""

import pytest

from incident_extractor.extract.day_total import with_day_total
from incident_extractor.extract.draft import IncidentDraft
from incident_extractor.mentions import TriggerMention


def drafts_of(text: str, tolls: list[tuple[int, int]], scope: str = "current") -> tuple[list[IncidentDraft], list]:
    """One draft per sentence (split on '. '), with (killed, injured) per sentence (0 = no figure)."""
    sentences, start = [], 0
    for piece in text.split(". "):
        sentences.append((start, start + len(piece)))
        start += len(piece) + 2
    drafts = []
    for (begin, end), (killed, injured) in zip(sentences, tolls):
        trigger = TriggerMention("Explosions/Remote violence", None, text[begin:begin + 5], begin, begin + 5)
        drafts.append(IncidentDraft(trigger, scope, "Explosions/Remote violence", None, begin, end,
                                    killed=killed or None, injured=injured or None))
    return drafts, sentences


def totals(text: str, tolls: list[tuple[int, int]]):
    drafts, sentences = drafts_of(text, tolls)
    extra = [d for d in with_day_total(drafts, text, sentences) if d.scope == "aggregate"]
    return (extra[0].killed, extra[0].injured) if extra else None


DAY_TOTALS = [
    # later incidents told as separate: their total
    ("A car bomb killed four people in Hilla. A second car bomb exploded, killing three more", [(4, 11), (3, 9)], (7, 20)),
    ("Gunmen killed 12 soldiers at a checkpoint. The same day militants killed four guards in Aden", [(12, 8), (4, 6)],
     (16, 14)),
    ("A roadside bomb killed two policemen. In another incident a farmer was shot dead", [(2, 0), (1, 0)], (3, None)),
    # no separate incident cue: the incidents stand alone
    ("A car bomb killed four people in Hilla. Gunmen killed three guards in Kirkuk", [(4, 0), (3, 0)], None),
    # the first sentence already tells a toll of several attacks, or a later one breaks it down
    ("A string of car bombings killed 33 people. Other bombings in Kirkuk killed 10", [(33, 0), (10, 0)], None),
    ("Four guards were killed in two attack. In the second attack two cooks were killed", [(4, 0), (2, 0)], None),
    ("Bombers killed 15 and injured 27 at the offices. In another blast four policemen died in the first attack",
     [(15, 27), (4, 5)], None),
    # several attacks told before, but every later incident opens as another one: a further attack, no part
    ("Multiple explosions hit the city, killing 3 people. After that a bomber killed 15 at a school", [(3, 0), (15, 0)],
     (18, None)),
    ("The explosions hit a market and a school, killing seven. In addition to this attack, gunmen killed four guards",
     [(7, 45), (4, 4)], (11, 49)),
    ("A string of car bombings killed 33 people. Moreover, other bombings in Kirkuk killed 10. Rockets killed two",
     [(33, 0), (10, 0), (2, 0)], None),
    # one incident with a figure: nothing to add up
    ("A car bomb killed four people in Hilla. Another blast damaged a school", [(4, 0), (0, 0)], None),
    # wire text in capitals: never
    ("A CAR BOMB KILLED FOUR PEOPLE. IN ANOTHER ATTACK GUNMEN KILLED TWO GUARDS", [(4, 0), (2, 0)], None),
]


@pytest.mark.parametrize("text, tolls, expected", DAY_TOTALS)
def test_day_total(text, tolls, expected):
    assert totals(text, tolls) == expected


def test_no_total_beside_an_aggregate_the_text_gives():
    text = "A car bomb killed four people. In another attack two died. A total of 6 were killed in the blasts"
    drafts, sentences = drafts_of(text, [(4, 0), (2, 0), (6, 0)])
    drafts[2].scope = "aggregate"
    assert [d.scope for d in with_day_total(drafts, text, sentences)] == ["current", "current", "aggregate"]


def test_no_total_for_a_long_article():
    text = ". ".join(["A car bomb killed four people"] + ["Police sealed off the area"] * 8
                     + ["In another attack gunmen killed two guards"])
    drafts, sentences = drafts_of(text, [(4, 0)] + [(0, 0)] * 8 + [(2, 0)])
    assert totals(text, [(4, 0)] + [(0, 0)] * 8 + [(2, 0)]) is None
    assert len(with_day_total(drafts, text, sentences)) == len(drafts)


def test_a_day_total_says_it_is_a_derived_sum():
    text = "A car bomb killed four people in Hilla. A second car bomb exploded, killing three more"
    drafts, sentences = drafts_of(text, [(4, 0), (3, 0)])
    total = [d for d in with_day_total(drafts, text, sentences) if d.scope == "aggregate"][0]
    assert any("sum of 2 incidents" in w for w in total.warnings)
    assert not any("sum of" in w for d in drafts for w in d.warnings)
