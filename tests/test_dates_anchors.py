"""Publication anchor: metadata > --published > dateline > latest full date in the text."""

import datetime as dt

import pytest

from incident_extractor.dating import find_dateline, latest_full_date, publication_anchor

D = dt.date


@pytest.mark.parametrize(
    "text, expected_date, expected_text",
    [
        ("   BOGOTA, 9 JAN 90 (EFE) -- [TEXT] A BOMB EXPLODED.", D(1990, 1, 9), "9 JAN 90"),
        ("   PORT TOWN (COUNTRYLAND), 28 FEB 89 -- [TEXT] SHOTS WERE FIRED.", D(1989, 2, 28), "28 FEB 89"),
        ("   RIVERTON, 18 APRIL 89 (AFP) -- [TEXT] TALKS OPENED.", D(1989, 4, 18), "18 APRIL 89"),
        ("Wed 05 Apr 2017 Villagers fled the shelling on Tuesday.", D(2017, 4, 5), "Wed 05 Apr 2017"),
        ("Thu Jul 7 2016 Two commanders were killed.", D(2016, 7, 7), "Thu Jul 7 2016"),
        ("Monday 15 February 2016 A clinic was hit.", D(2016, 2, 15), "Monday 15 February 2016"),
        ("Rebels seize hilltop Monitor AFP Saturday 21 Jun 2014 Rebels seized a hilltop.", D(2014, 6, 21),
         "Saturday 21 Jun 2014"),
        ("Date of publication 7 July 2016 More than 30 people died.", D(2016, 7, 7), "7 July 2016"),
        ("Published October 3 2016 Fighters clashed near the river.", D(2016, 10, 3), "October 3 2016"),
        ("Posted on July 20 2016 by A Writer Strikes hit the market.", D(2016, 7, 20), "July 20 2016"),
        ("23-04-2016 A child was hurt in shelling.", D(2016, 4, 23), "23-04-2016"),
        ("01.10.2017Get short URL Twelve people were hurt.", D(2017, 10, 1), "01.10.2017"),
        ("Last updated at Jan 202015 Beirut Strikes hit two towns.", D(2015, 1, 20), "Jan 202015"),
        ("2017-04-05\nA market was shelled.", D(2017, 4, 5), "2017-04-05"),
    ],
)
def test_find_dateline(text, expected_date, expected_text):
    match = find_dateline(text)
    assert match is not None and match.date == expected_date
    assert text[match.start_char:match.end_char] == expected_text


@pytest.mark.parametrize(
    "text",
    [
        "Border forces exchanged fire on November 7, 2022, the ministry said.",  # a date governed by "on"
        "A bomb exploded in the market. Nobody was hurt.",
        "   CLANDESTINE, NO DATE (RADIO) -- [TEXT] THE STRUGGLE CONTINUES.",
    ],
)
def test_no_dateline(text):
    assert find_dateline(text) is None


def test_yearless_dateline_borrows_the_year_from_the_text():
    text = "KABUL, March 3 (Reuters) - A blast hit the city. A report dated 28 February 2019 warned of attacks."
    match = find_dateline(text)
    assert match is not None and match.date is None and (match.month, match.day) == (3, 3)
    assert publication_anchor(text, None, None) == (D(2019, 3, 3), "dateline")


def test_yearless_dateline_without_any_year_gives_no_anchor():
    assert publication_anchor("   HARBOUR CITY, 7 FEB (REUTER) -- [TEXT] A BOMB EXPLODED TODAY.", None, None) == (None, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Clashes on November 7, 2022 followed a meeting on Nov. 26, 2021.", D(2022, 11, 7)),
        ("Clashes on 7 November 2022.\nCopyright 2014-2025 Example News. Updated 1 January 2025", D(2022, 11, 7)),
        ("Clashes in 2020 and in September.", None),  # no full date
        ("THE ATTACK OF 12 MAR 89 AND THE ONE OF 2 APR 89.", D(1989, 4, 2)),
    ],
)
def test_latest_full_date(text, expected):
    assert latest_full_date(text) == expected


@pytest.mark.parametrize(
    "metadata, option, text, expected",
    [
        (D(2022, 11, 8), D(2000, 1, 1), "Wed 05 Apr 2017 Text.", (D(2022, 11, 8), "metadata")),
        (None, D(2022, 11, 9), "Wed 05 Apr 2017 Text.", (D(2022, 11, 9), "option")),
        (None, None, "Wed 05 Apr 2017 Text.", (D(2017, 4, 5), "dateline")),
        (None, None, "Troops left on 3 March 2016 and returned on 9 March 2016.", (D(2016, 3, 9), "text")),
        (None, None, "Troops left yesterday.", (None, None)),  # never today's date by accident
    ],
)
def test_publication_anchor_precedence(metadata, option, text, expected):
    assert publication_anchor(text, metadata, option) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By A Writer | Nov 8, 2022\nPolice said a man was hurt on 3 November 2022.", (D(2022, 11, 8), "dateline")),
        ("Nov 8 (Reuters) - Police said a man was hurt on 3 November 2022.", (D(2022, 11, 8), "dateline")),
        # a future date stated in the text is not when the story was written
        ("A man was hurt on 3 November 2022. The trial is set for 12 December 2022.", (D(2022, 11, 3), "text")),
    ],
)
def test_bylines_and_future_dates(text, expected):
    assert publication_anchor(text, None, None) == expected


def test_updated_label_with_a_time_is_a_dateline():
    text = "Local man hurt\nUpdated 10:42 AM EST, November 8, 2022\nPolice said a man was shot on Nov. 3, 2022."
    assert publication_anchor(text, None, None) == (D(2022, 11, 8), "dateline")


@pytest.mark.parametrize(
    "header, text, expected",
    [
        # the cleaner took the byline off the top: its date still anchors the article
        ("By Staff Reporter\nPublished March 9, 2025", "Two men were shot on Saturday.", (D(2025, 3, 9), "dateline")),
        ("Updated 10:42 AM EST, November 8, 2022", "A man was hurt yesterday.", (D(2022, 11, 8), "dateline")),
        # a dateline in the text itself comes first
        ("Published March 9, 2025", "KABUL, March 3, 2025 (Reuters) - A bomb went off.", (D(2025, 3, 3), "dateline")),
        # a header with no date changes nothing
        ("By Staff Reporter", "Troops left on 3 March 2016.", (D(2016, 3, 3), "text")),
        ("", "Troops left yesterday.", (None, None)),
    ],
)
def test_a_date_in_the_dropped_header_anchors_the_text(header, text, expected):
    assert publication_anchor(text, None, None, header=header) == expected
