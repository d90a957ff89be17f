import pytest

from incident_extractor.io.cleaner import clean_with_offsets, is_byline, is_furniture_line

BODY = (
    "Gunmen attacked a police post in the north of the province on Sunday, officials said.\n\n"
    "Three officers were wounded and taken to the regional hospital, a spokesman told reporters.\n\n"
    "The attack came a day after talks between the two sides broke down without agreement.\n\n"
    "Residents said the shooting lasted for about an hour before reinforcements arrived."
)


@pytest.mark.parametrize(
    "line, furniture",
    [
        ("Related Articles", True),
        ("RELATED POSTS:", True),
        ("Leave a comment", True),
        ("Leave a Reply", True),
        ("Back to Top", True),
        ("Copyright © 2019-2024 Some Media Group", True),
        ("Some Media Ltd. All rights reserved.", True),
        ("Subscribe to our newsletter", True),
        ("Enter your email address:", True),
        ("Home » World » Middle East", True),
        ("World, News No Comments on Talks stall as fighting resumes", True),
        ("Tags: conflict, border, ceasefire", True),
        ("Share this article", True),
        ("Reporting by Jane Roe; Editing by John Doe", True),
        ("Posted on March 3, 2021 at 10:15 am", True),
        ("Read more: Why the ceasefire failed", True),
        ("3 min read", True),
        # article text, including hard-wrapped all-caps wire lines, must stay
        ("RELATED TO THE ATTACK ON THE TOWN HALL, THE ARMY SAID THAT", False),
        ("PUBLISHED IN THE CAPITAL ON 5 MAY BY THE MINISTRY OF DEFENSE, THE", False),
        ("REGISTER OF VICTIMS WAS OPENED BY THE OFFICE OF THE ATTORNEY", False),
        ("Subscribers to the local paper were among the victims of the blast in the market.", False),
        ("News of the attack spread quickly through the town.", False),
        ("The copyright holder was not named.", False),
    ],
)
def test_furniture_lines(line, furniture):
    assert is_furniture_line(line) is furniture


@pytest.mark.parametrize(
    "line, byline",
    [
        ("By Maria Lopez", True),
        ("By MARIA LOPEZ, Reuters", True),
        ("Written by Ahmed Al-Sayed", True),
        ("By the end of the day, rebels held the bridge.", False),
        ("BY THE SO-CALLED COMMITTEE OF ELDERS, WHOSE MEMBERS ARE", False),
        ("BY REACHING THE AGREEMENT, BOTH PARTIES HAVE TAKEN A STEP", False),
    ],
)
def test_bylines(line, byline):
    assert is_byline(line) is byline


def test_a_text_dump_loses_its_furniture_but_no_article_line():
    title = "Police post attacked in northern province"
    dump = (
        f"{title}\r\n\r\n{title}\r\n\r\nWorld, News No Comments on {title}\r\n\r\nBy Sam Writer\r\n\r\n"
        f"{BODY}\r\n\r\nRelated Articles\r\n\r\nOther story about the region\r\n\r\nLeave a comment\r\n\r\n"
        "Copyright © 2024 Example News\r\n\r\nSubscribe to Example News\r\n"
        "Enter your email address:\r\n\r\nBack to Top\r\n"
    )
    cleaned = clean_with_offsets(dump).text
    assert cleaned == f"{title}\n\n{BODY}"


def test_footer_markers_in_the_first_half_only_drop_their_own_line():
    text = "Related Articles\n\n" + BODY
    assert clean_with_offsets(text).text == BODY


def test_repeated_long_lines_are_dropped_short_ones_kept():
    text = "Officials said\n\nOfficials said\n\n" + BODY + "\n\n" + BODY.split("\n\n")[0]
    cleaned = clean_with_offsets(text).text
    assert cleaned.count("Officials said") == 2
    assert cleaned.count("Gunmen attacked") == 1


def test_offsets_map_back_to_the_original_text():
    original = "Menu\r\n\r\n\r\nBy Sam Writer\r\n" + BODY.replace("\n\n", "\r\n   \r\n\r\n") + "\r\nBack to Top"
    cleaned = clean_with_offsets(original)
    for word in ("Gunmen", "Three officers", "regional hospital", "reinforcements arrived"):
        at = cleaned.text.index(word)
        start = cleaned.original_offset(at)
        assert original[start : start + len(word)] == word


def test_control_characters_become_spaces_one_for_one():
    cleaned = clean_with_offsets("Two\x07people were hurt.\x0bNobody died.")
    assert cleaned.text == "Two people were hurt. Nobody died."
    assert cleaned.original_offset(cleaned.text.index("Nobody")) == 22


def test_all_caps_wire_text_is_kept_whole():
    wire = (
        "   LIMA, 4 MAR 90 (EFE) -- [TEXT] A BOMB EXPLODED TODAY IN FRONT OF A\n"
        "BANK IN THE CENTER OF THE CITY, KILLING TWO PEOPLE AND WOUNDING FIVE,\n"
        "POLICE SOURCES REPORTED.\n\n"
        "   THE EXPLOSION, WHICH WAS HEARD MILES AWAY, DAMAGED THE FRONT OF THE\n"
        "BUILDING AND SEVERAL CARS PARKED NEARBY."
    )
    assert clean_with_offsets(wire).text == wire


def test_the_dropped_byline_lines_are_kept_as_the_header():
    title = "Police post attacked in northern province"
    cleaned = clean_with_offsets(f"{title}\n\nBy Sam Writer\nPublished March 9, 2025\n\n{BODY}\n\nCopyright 2025 Example News\n")
    assert cleaned.text == f"{title}\n\n{BODY}"
    assert cleaned.header == "By Sam Writer\nPublished March 9, 2025"  # the footer is no header


def test_an_article_without_furniture_has_no_header():
    assert clean_with_offsets(BODY).header == ""
