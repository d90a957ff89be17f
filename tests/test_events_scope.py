import datetime as dt

import pytest

from incident_extractor.extract.scope import has_aggregate_cue, incident_scope
from incident_extractor.mentions import DateMention

PUBLISHED = dt.date(2023, 5, 10)


def day(y, m, d, method="explicit", precision="day"):
    return DateMention(dt.date(y, m, d), dt.date(y, m, d), precision, method, "x", 0, 1)


@pytest.mark.parametrize(
    "sentence, cues, date, casualty_cues, aggregate, strength, family, expected",
    [
        ("Gunmen attacked a bus on Tuesday.", (), day(2023, 5, 9), (), False, 0.9, "violence", "current"),
        ("Gunmen attacked a bus in March.", (), day(2023, 3, 1, precision="month"), (), False, 0.9, "violence", "background"),
        # "last month" in a story of 10 May: the whole of April, which ended ten days earlier
        ("Last month a bomb killed nine.", (), DateMention(dt.date(2023, 4, 1), dt.date(2023, 4, 30), "month", "relative", "Last month", 0, 10),
         (), False, 0.9, "violence", "background"),
        # "this year": its middle is still ahead
        ("It was the third attack this year.", (), DateMention(dt.date(2023, 1, 1), dt.date(2023, 12, 31), "year", "relative", "this year", 0, 9),
         (), False, 0.9, "violence", "current"),
        ("The bus was attacked on Monday.", (), day(2023, 5, 8), (), False, 0.9, "violence", "current"),
        ("The militia had attacked the village before.", ("past_perfect",), None, (), False, 0.9, "violence", "background"),
        ("The war has claimed 500 lives since 2019.", (), None, (), True, 0.4, "violence", "aggregate"),
        ("The death toll rose to 40 on Wednesday.", (), None, ("update",), False, 0.4, "violence", "update"),
        ("The group threatened to attack the capital.", ("threat",), None, (), False, 0.9, "violence", "threat"),
        ("Rebels will attack the town, a commander said.", ("future",), None, (), False, 0.9, "violence", "threat"),
        ("The ministry denied reports of an attack on the village.", ("denied",), None, (), False, 0.9, "violence", "denied"),
        ("Talks will open in Geneva on Friday.", ("future",), day(2023, 5, 12), (), False, 0.85, "strategic", "current"),
        ("Fighting broke out again years ago.", (), None, (), False, 0.9, "violence", "background"),
        ("It came ten days after another ambush that killed 20.", (), None, (), False, 0.9, "violence", "background"),
        # "earlier in" a past time is background, "earlier in the day" the day of the news
        ("Earlier in 2019 a bomb killed nine.", (), None, (), False, 0.9, "violence", "background"),
        ("A bomb killed nine earlier in the day.", (), None, (), False, 0.9, "violence", "current"),
        ("Earlier in the morning gunmen shot dead a guard.", (), None, (), False, 0.9, "violence", "current"),
        ("An IED exploded earlier in the evening, killing two.", (), None, (), False, 0.9, "violence", "current"),
    ],
)
def test_incident_scope(sentence, cues, date, casualty_cues, aggregate, strength, family, expected):
    scope = incident_scope(sentence, cues, date, PUBLISHED, casualty_cues, aggregate=aggregate,
                           strongest_trigger=strength, family=family)
    assert scope == expected


@pytest.mark.parametrize(
    "published, expected",
    [
        (dt.date(2023, 5, 2), "background"),  # April ended two days before, but "last month" is recalled
        (dt.date(2023, 4, 10), "current"),  # "this month", told in its first half
    ],
)
def test_a_month_counts_from_its_middle(published, expected):
    april = DateMention(dt.date(2023, 4, 1), dt.date(2023, 4, 30), "month", "relative", "April", 0, 5)
    assert incident_scope("A bomb killed nine in April.", (), april, published) == expected


@pytest.mark.parametrize(
    "sentence, dates, expected",
    [
        ("The conflict has resulted in thousands of deaths.", [], True),
        ("More than 300 people have been killed since the fighting began.", [], True),
        ("A total of 40 soldiers died in the offensive.", [], True),
        ("Five people were killed in the attack.", [], False),
        ("Rebels have been attacking convoys in the last six months, killing 90 people.", [], True),
        ("The bombing on Monday was the deadliest since 2019.", [day(2023, 5, 8)], False),
    ],
)
def test_aggregate_cue(sentence, dates, expected):
    assert has_aggregate_cue(sentence, dates) is expected
