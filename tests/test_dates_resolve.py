"""find_date_mentions with fixed anchors: explicit, relative, months and years, ALL-CAPS wire text."""

import datetime as dt

import pytest

from incident_extractor.dating import find_date_mentions

D = dt.date
TUE = D(2022, 11, 8)  # a Tuesday
JAN_WIRE = D(1990, 1, 3)  # a Wednesday early in January


def only_mention(text, anchor, **options):
    mentions = find_date_mentions(text, anchor, **options)
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    "text, anchor, phrase, start, end, precision, method",
    [
        # explicit days in the usual formats
        ("Fighting broke out on 7 November 2022 near the border.", TUE, "7 November 2022", D(2022, 11, 7), None, "day", "explicit"),
        ("Fighting broke out on November 7, 2022 near the border.", TUE, "November 7, 2022", D(2022, 11, 7), None, "day", "explicit"),
        ("Fighting broke out on Nov. 7 near the border.", TUE, "Nov. 7", D(2022, 11, 7), None, "day", "year_inferred"),
        ("Troops withdrew on the 3rd of November.", TUE, "the 3rd of November", D(2022, 11, 3), None, "day", "year_inferred"),
        ("Troops withdrew on November 3rd.", TUE, "November 3rd", D(2022, 11, 3), None, "day", "year_inferred"),
        ("The raid of 2022-11-05 left a crater.", TUE, "2022-11-05", D(2022, 11, 5), None, "day", "explicit"),
        ("The raid of 05/11/2022 left a crater.", TUE, "05/11/2022", D(2022, 5, 11), None, "day", "explicit"),
        ("The raid of 25/10/2022 left a crater.", TUE, "25/10/2022", D(2022, 10, 25), None, "day", "explicit"),  # only DMY fits
        ("The raid of 23-10-2022 left a crater.", TUE, "23-10-2022", D(2022, 10, 23), None, "day", "explicit"),
        ("The raid of 02.10.2022 left a crater.", TUE, "02.10.2022", D(2022, 10, 2), None, "day", "explicit"),  # dots are day-first
        ("The depot burned on Sept. 13.", TUE, "Sept. 13", D(2022, 9, 13), None, "day", "year_inferred"),
        ("The depot burned on September 13th, 2021.", TUE, "September 13th, 2021", D(2021, 9, 13), None, "day", "explicit"),
        ("Shelling resumed on Thu Nov 3 2022 at dawn.", TUE, "Thu Nov 3 2022", D(2022, 11, 3), None, "day", "explicit"),
        ("Shelling resumed on Monday, 7 November 2022.", TUE, "Monday, 7 November 2022", D(2022, 11, 7), None, "day", "explicit"),
        ("The bridge was hit on 30 December.", D(2023, 1, 4), "30 December", D(2022, 12, 30), None, "day", "year_inferred"),
        ("The bridge was hit on December 30.", D(2023, 1, 4), "December 30", D(2022, 12, 30), None, "day", "year_inferred"),
        ("The bridge was hit on 2 January.", D(2022, 12, 28), "2 January", D(2022, 1, 2), None, "day", "year_inferred"),
        ("Leaders will meet on 2 January.", D(2022, 12, 28), "2 January", D(2023, 1, 2), None, "day", "year_inferred"),
        ("The vote is scheduled for December 11.", TUE, "December 11", D(2022, 12, 11), None, "day", "year_inferred"),
        ("Police said the blast occurred on 5 Nov. 2022 at night.", TUE, "5 Nov. 2022", D(2022, 11, 5), None, "day", "explicit"),
        ("Markets reopened on Jan 202015 after the storm.", D(2015, 1, 25), "Jan 202015", D(2015, 1, 20), None, "day", "explicit"),
        # weekdays
        ("Gunmen opened fire on Monday.", TUE, "Monday", D(2022, 11, 7), None, "day", "relative"),
        ("Gunmen opened fire on Tuesday.", TUE, "Tuesday", D(2022, 11, 8), None, "day", "relative"),
        ("Gunmen opened fire on Wednesday.", TUE, "Wednesday", D(2022, 11, 2), None, "day", "relative"),
        ("Gunmen opened fire late Sunday.", TUE, "late Sunday", D(2022, 11, 6), None, "day", "relative"),
        ("Gunmen opened fire early Saturday.", TUE, "early Saturday", D(2022, 11, 5), None, "day", "relative"),
        ("Gunmen opened fire on Sunday night.", TUE, "Sunday night", D(2022, 11, 6), None, "day", "relative"),
        ("Gunmen opened fire last Tuesday.", TUE, "last Tuesday", D(2022, 11, 1), None, "day", "relative"),
        ("Envoys will meet on Friday.", TUE, "Friday", D(2022, 11, 11), None, "day", "relative"),
        ("Envoys meet next Monday.", TUE, "next Monday", D(2022, 11, 14), None, "day", "relative"),
        ("Residents described Sunday's blast.", TUE, "Sunday's", D(2022, 11, 6), None, "day", "relative"),
        ("Gunmen opened fire on Sunday.", D(2023, 1, 2), "Sunday", D(2023, 1, 1), None, "day", "relative"),
        ("Gunmen opened fire on Saturday.", D(2023, 1, 2), "Saturday", D(2022, 12, 31), None, "day", "relative"),
        # relative days and spans
        ("The convoy was ambushed yesterday.", TUE, "yesterday", D(2022, 11, 7), None, "day", "relative"),
        ("The convoy was ambushed last night.", TUE, "last night", D(2022, 11, 7), None, "day", "relative"),
        ("The convoy was ambushed this morning.", TUE, "this morning", D(2022, 11, 8), None, "day", "relative"),
        ("The convoy was ambushed today.", TUE, "today", D(2022, 11, 8), None, "day", "relative"),
        ("The convoy was ambushed two days ago.", TUE, "two days ago", D(2022, 11, 6), None, "day", "relative"),
        ("The convoy was ambushed 3 days ago.", TUE, "3 days ago", D(2022, 11, 5), None, "day", "relative"),
        ("The convoy was ambushed a week ago.", TUE, "a week ago", D(2022, 11, 1), None, "week", "relative"),
        ("The convoy was ambushed the day before yesterday.", TUE, "the day before yesterday", D(2022, 11, 6), None, "day", "relative"),
        # "overnight" in a day's news is the night ending that morning: the publication day
        ("The convoy was ambushed overnight.", TUE, "overnight", D(2022, 11, 8), None, "day", "relative"),
        ("The convoy was ambushed yesterday.", D(2023, 1, 1), "yesterday", D(2022, 12, 31), None, "day", "relative"),
        ("Talks resume tomorrow.", TUE, "tomorrow", D(2022, 11, 9), None, "day", "relative"),
        ("Clashes flared last week.", TUE, "last week", D(2022, 10, 31), D(2022, 11, 6), "week", "relative"),
        ("Clashes flared earlier this week.", D(2022, 11, 10), "earlier this week", D(2022, 11, 7), D(2022, 11, 9), "week", "relative"),
        ("Clashes flared earlier this month.", TUE, "earlier this month", D(2022, 11, 1), D(2022, 11, 7), "month", "relative"),
        ("Clashes flared last month.", TUE, "last month", D(2022, 10, 1), D(2022, 10, 31), "month", "relative"),
        ("Clashes flared last year.", TUE, "last year", D(2021, 1, 1), D(2021, 12, 31), "year", "relative"),
        ("Clashes flared over the weekend.", TUE, "over the weekend", D(2022, 11, 5), D(2022, 11, 6), "range", "relative"),
        ("Clashes flared in the past three days.", TUE, "the past three days", D(2022, 11, 5), D(2022, 11, 8), "range", "relative"),
        # months and years: the whole period, never a made-up day
        ("The offensive began in September.", TUE, "September", D(2022, 9, 1), D(2022, 9, 30), "month", "year_inferred"),
        ("The offensive began in December.", TUE, "December", D(2021, 12, 1), D(2021, 12, 31), "month", "year_inferred"),
        ("The offensive began in March 2021.", TUE, "March 2021", D(2021, 3, 1), D(2021, 3, 31), "month", "explicit"),
        ("A six-week war in 2020 claimed many lives.", TUE, "2020", D(2020, 1, 1), D(2020, 12, 31), "year", "explicit"),
        ("Under the 2020 deal, troops withdrew.", TUE, "2020", D(2020, 1, 1), D(2020, 12, 31), "year", "explicit"),
        ("The war of 2014-2016 emptied the valley.", TUE, "2014-2016", D(2014, 1, 1), D(2016, 12, 31), "range", "explicit"),
        ("Rebels have held the town since 2019.", TUE, "since 2019", D(2019, 1, 1), TUE, "range", "explicit"),
        # ALL-CAPS wire text
        ("THE BOMB EXPLODED LAST NIGHT IN THE CAPITAL.", JAN_WIRE, "LAST NIGHT", D(1990, 1, 2), None, "day", "relative"),
        ("THE BOMB EXPLODED TODAY IN THE CAPITAL.", JAN_WIRE, "TODAY", D(1990, 1, 3), None, "day", "relative"),
        ("THE BOMB EXPLODED YESTERDAY IN THE CAPITAL.", JAN_WIRE, "YESTERDAY", D(1990, 1, 2), None, "day", "relative"),
        ("THE BOMB EXPLODED ON 30 DECEMBER IN THE CAPITAL.", JAN_WIRE, "30 DECEMBER", D(1989, 12, 30), None, "day", "year_inferred"),
        ("THE BOMB EXPLODED ON 29 DEC 89 IN THE CAPITAL.", JAN_WIRE, "29 DEC 89", D(1989, 12, 29), None, "day", "explicit"),
        ("THE BOMB EXPLODED ON SUNDAY IN THE CAPITAL.", JAN_WIRE, "SUNDAY", D(1989, 12, 31), None, "day", "relative"),
        ("THE BOMB EXPLODED ON 5 SEPT 1989 IN THE CAPITAL.", JAN_WIRE, "5 SEPT 1989", D(1989, 9, 5), None, "day", "explicit"),
        ("THE BOMB EXPLODED THIS MORNING IN THE CAPITAL.", JAN_WIRE, "THIS MORNING", D(1990, 1, 3), None, "day", "relative"),
        ("THE BOMB EXPLODED TWO DAYS AGO IN THE CAPITAL.", JAN_WIRE, "TWO DAYS AGO", D(1990, 1, 1), None, "day", "relative"),
        ("THE BOMB EXPLODED IN DECEMBER IN THE CAPITAL.", JAN_WIRE, "DECEMBER", D(1989, 12, 1), D(1989, 12, 31), "month", "year_inferred"),
        ("THE BOMB EXPLODED LAST WEEK IN THE CAPITAL.", JAN_WIRE, "LAST WEEK", D(1989, 12, 25), D(1989, 12, 31), "week", "relative"),
        # foreign month words go to dateparser
        ("EL ATAQUE DEL 9 ENERO 1990 FUE GRAVE.", JAN_WIRE, "9 ENERO 1990", D(1990, 1, 9), None, "day", "explicit"),
    ],
)
def test_single_mention(text, anchor, phrase, start, end, precision, method):
    mention = only_mention(text, anchor)
    assert (mention.text, mention.start, mention.end, mention.precision, mention.method) == (
        phrase, start, end or start, precision, method)
    assert text[mention.start_char:mention.end_char] == phrase


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they may 5 times revisit the plan.",  # "may" the verb is not a month
        "The convoy carried 2000 people out of the city.",  # a count, not a year
        "Aid reached the 2000 families in the camp.",
        "Software version 1.2.10 was released.",
        "Gunmen opened fire on monday.",  # weekday names are capitalised in news text
        "He scored 12 points in 30 minutes.",
    ],
)
def test_not_a_date(text):
    assert find_date_mentions(text, TUE) == []


@pytest.mark.parametrize(
    "text, date_order, expected",
    [
        ("It happened on 11/07/2022.", "MDY", D(2022, 11, 7)),
        ("It happened on 11/07/2022.", "DMY", D(2022, 7, 11)),
        ("It happened on 11/07/22.", "MDY", D(2022, 11, 7)),
        ("It happened on 13/07/2022.", "MDY", D(2022, 7, 13)),  # an impossible month falls back
    ],
)
def test_date_order_option(text, date_order, expected):
    assert only_mention(text, TUE, date_order=date_order).start == expected


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        ("Without an anchor only stated days resolve: 7 November 2022.", None, [D(2022, 11, 7)]),
        ("Without an anchor nothing relative resolves: yesterday, on Monday, in May.", None, []),
        ("THE ATTACK TOOK PLACE ON 30 DECEMBER. THE PREVIOUS DAY, TROOPS ARRIVED.", JAN_WIRE,
         [D(1989, 12, 30), D(1989, 12, 29)]),
        ("Troops arrived on 3 November. The next day they left.", TUE, [D(2022, 11, 3), D(2022, 11, 4)]),
        ("Fire was exchanged hours before the talks on November 7.", TUE, [D(2022, 11, 7), D(2022, 11, 7)]),
        ("A week after the meeting on 1 November 2022, shelling resumed.", TUE, [D(2022, 11, 8), D(2022, 11, 1)]),
        ("Two days before Sunday's election, a bomb went off.", TUE, [D(2022, 11, 4), D(2022, 11, 6)]),
        ("Fire was exchanged hours before Washington talks.", TUE, []),  # the talks have no date: nothing inherited
        ("Copyright 2014-2025 Example Media. All rights reserved.", TUE, []),  # page furniture
        ("Shots were fired on Monday.\n© 2022 Example Media, updated 8 November 2022", TUE, [D(2022, 11, 7)]),
    ],
)
def test_document_mentions(text, anchor, expected):
    assert [m.start for m in find_date_mentions(text, anchor)] == expected


def test_offsets_shift_for_a_sentence_of_a_longer_text():
    mention = only_mention("Rockets hit the city yesterday.", TUE, offset=100)
    assert (mention.start_char, mention.end_char) == (121, 130)


def test_future_dates_are_flagged():
    mentions = find_date_mentions("Talks will be held on 20 November. Shelling began on 1 November.", TUE)
    assert [(m.start, m.is_future) for m in mentions] == [(D(2022, 11, 20), True), (D(2022, 11, 1), False)]


def test_dateline_mention_gets_dateline_method():
    text = "   LIMA, 9 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED YESTERDAY."
    methods = [(m.text, m.method) for m in find_date_mentions(text, D(1990, 1, 9))]
    assert methods == [("9 JAN 90", "dateline"), ("YESTERDAY", "relative")]


@pytest.mark.parametrize(
    "text, anchor, expected",
    [
        # spans of days within one month: the start is the first day
        ("Fighting raged on 3-4 November.", TUE, [(D(2022, 11, 3), D(2022, 11, 4), "range")]),
        ("Fighting raged between 3 and 5 November 2022.", TUE, [(D(2022, 11, 3), D(2022, 11, 5), "range")]),
        ("Fighting raged on Nov. 3 and 4.", TUE, [(D(2022, 11, 3), D(2022, 11, 4), "range")]),
        ("FIGHTING RAGED ON 30-31 DECEMBER.", JAN_WIRE, [(D(1989, 12, 30), D(1989, 12, 31), "range")]),
        ("The final score was 12-3 May wins.", TUE, [(D(2022, 5, 3), D(2022, 5, 3), "day")]),  # not a span
        # dates that name things, decades
        ('A group calling itself the "9 May" Forces claimed the attack.', TUE, []),
        ("Protesters gathered on 28 July Street.", TUE, []),
        ("Violence marked the 1990s.", TUE, []),
        # "N days after <something> on <date>": the event's date plus the offset
        ("He was killed 8 days after taking office on 1 June.", D(2022, 6, 20),
         [(D(2022, 6, 9), D(2022, 6, 9), "day"), (D(2022, 6, 1), D(2022, 6, 1), "day")]),
    ],
)
def test_spans_names_and_event_offsets(text, anchor, expected):
    assert [(m.start, m.end, m.precision) for m in find_date_mentions(text, anchor)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Police were called on the 5th.", [D(2022, 11, 5)]),
        ("Police were called on the 9th, officials said.", [D(2022, 10, 9)]),  # the 9th has not come yet this month
        ("He will appear in court on the 20th.", [D(2022, 11, 20)]),
        ("Smoke rose on the 5th floor.", []),
    ],
)
def test_day_of_month_alone(text, expected):
    assert [m.start for m in find_date_mentions(text, TUE)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shots were fired in the 2000 block of Main Street.", []),  # a street number, not a year
        ("Officers responded around 2 a.m. Sunday to the 1900 block of Elm Avenue.", [D(2022, 11, 6)]),
        ("The crash happened shortly after midnight Saturday.", [D(2022, 11, 5)]),
        ("A woman was stabbed early Sunday morning, police said Monday.", [D(2022, 11, 6), D(2022, 11, 7)]),
        ("The fire broke out at 2022-11-07T23:15:00Z.", [D(2022, 11, 7)]),
    ],
)
def test_local_news_phrasing(text, expected):
    assert [m.start for m in find_date_mentions(text, TUE)] == expected
