import pytest

from incident_extractor.geo.finder import find_dateline, find_name_mentions, is_all_caps

KNOWN = {"yerevan", "san salvador", "usulutan", "tripoli", "lebanon", "deir ez zor", "washington", "police"}


def is_known(text):
    from incident_extractor.geo.names import name_key

    return name_key(text) in KNOWN


def names(text, ents=(), all_caps=None):
    caps = is_all_caps(text) if all_caps is None else all_caps
    return find_name_mentions(text, list(ents), is_known, caps)


def test_capitalised_names_are_found_with_their_cue():
    text = "The ministry in Yerevan said talks in Washington would go ahead."
    found = names(text)
    assert [(m.text, m.cue) for m in found] == [("Yerevan", True), ("Washington", True)]


def test_possessive_is_not_part_of_the_name():
    found = names("Yerevan's response came late.")
    assert [(m.text, m.end_char) for m in found] == [("Yerevan", 7)]


def test_lower_case_words_are_not_names_in_mixed_case_text():
    assert names("the police said the tripoli office was closed.") == []


def test_all_caps_text_is_matched_case_insensitively_with_admin_suffix():
    text = "CLASHES WERE REPORTED IN USULUTAN DEPARTMENT YESTERDAY."
    found = names(text)
    assert [(m.text, m.kind_hint, m.cue) for m in found] == [("USULUTAN", "admin1", True)]
    assert text[found[0].start_char:found[0].extended_end] == "USULUTAN DEPARTMENT"


def test_multiword_name_with_lowercase_connector():
    found = names("Rockets fell on Deir ez-Zor at dawn.")
    assert [m.text for m in found] == ["Deir ez-Zor"]


def test_the_village_of_gives_a_place_hint():
    found = names("Gunmen raided the town of Tripoli, Lebanon.")
    assert [(m.text, m.kind_hint) for m in found] == [("Tripoli", "place"), ("Lebanon", None)]


def test_ner_label_is_attached():
    text = "Officials in Yerevan denied it."
    found = names(text, ents=[(13, 20, "PERSON")])
    assert found[0].ner_label == "PERSON"


@pytest.mark.parametrize(
    "text, name",
    [
        ("   SAN SALVADOR, 3 JAN 90 -- [REPORT] THE ARMY SAID", "SAN SALVADOR"),
        ("KABUL, Afghanistan (Reuters) - A bomb exploded", "KABUL"),
        ("A bomb exploded in the capital, officials said.", None),
    ],
)
def test_find_dateline(text, name):
    span = find_dateline(text)
    assert (text[span[0]:span[1]] if span else None) == name


@pytest.mark.parametrize(
    "text, caps", [("SAN SALVADOR, 3 JAN 90 -- THE ARMY SAID", True), ("Armenian forces opened fire.", False)]
)
def test_is_all_caps(text, caps):
    assert is_all_caps(text) is caps


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed two men south of al-Hasakah city.", "al-Hasakah"),
    ("Militants shot a man in el-Arish on Sunday.", "el-Arish"),
])
def test_a_lower_case_arabic_article_may_open_a_name(text, expected):
    mentions = find_name_mentions(text, [], lambda name: name.lower() in ("al-hasakah", "el-arish"), False)
    assert [m.text for m in mentions] == [expected]


def test_a_lower_case_word_without_the_joined_article_opens_no_name():
    assert find_name_mentions("fighters of al qaeda left", [], lambda name: True, False) == []


@pytest.mark.parametrize("text, known, expected", [
    # the level word after a name is part of its mention, never a name of its own (some town is called so)
    ("Shelling hit the western Daraa Countryside on Monday.", {"daraa", "countryside"}, [("Daraa", "admin1")]),
    ("Gunmen struck in Kunar District yesterday.", {"kunar", "district"}, [("Kunar", "place")]),
    # negative: a name after the level word is still found
    ("Shelling hit the Daraa Countryside Monday and Homs later.", {"daraa", "countryside", "homs"},
     [("Daraa", "admin1"), ("Homs", None)]),
    # a level word of several words, or its acronym: a town's area, the whole phrase part of the mention
    ("Herders attacked farmers in the Obi Local Government Area of Nasarawa State.", {"obi", "nasarawa", "area"},
     [("Obi", "place", "Obi Local Government Area"), ("Nasarawa", "admin1", "Nasarawa State")]),
    ("Gunmen struck in Obi LGA on Friday.", {"obi"}, [("Obi", "place", "Obi LGA")]),
    # negative: only the words of the phrase, in its order
    ("Herders attacked farmers in the Obi Local Market on Friday.", {"obi"}, [("Obi", None, "Obi")]),
])
def test_a_level_word_after_a_name_is_no_name_of_its_own(text, known, expected):
    from incident_extractor.geo.names import name_key

    found = find_name_mentions(text, [], lambda name: name_key(name) in known, False)
    if expected and len(expected[0]) == 3:
        assert [(m.text, m.kind_hint, text[m.start_char:m.extended_end or m.end_char]) for m in found] == expected
    else:
        assert [(m.text, m.kind_hint) for m in found] == expected
