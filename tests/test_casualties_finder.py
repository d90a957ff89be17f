"""Per-figure fields of the finder: victims, side, claimant, qualifier, cues and offsets."""

import pytest

from incident_extractor.casualties.finder import find_casualties


def only(text, casualty_type="killed"):
    found = [m for m in find_casualties(text) if m.type == casualty_type]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text, victims",
    [
        ("Three Armenian soldiers were killed.", "soldiers"),
        ("The blast killed 12 civilians.", "civilians"),
        ("A policeman was shot dead.", "policeman"),
        ("Twelve people died.", "people"),
        ("12 were killed.", None),
    ],
)
def test_victims_are_the_head_noun(text, victims):
    assert only(text).victims == victims


@pytest.mark.parametrize(
    "text, side",
    [
        ("Three Armenian soldiers were killed.", "AM"),
        ("Two Azerbaijani servicemen were killed.", "AZ"),
        ("The strike killed four Syrian troops.", "SY"),
        ("The strike killed four soldiers.", None),
    ],
)
def test_side_comes_from_a_demonym_of_the_victims(text, side):
    assert only(text).side == side


@pytest.mark.parametrize(
    "text, claimant",
    [
        ("Twelve people were killed, the ministry said.", "the ministry"),
        ("According to local police, five people died.", "local police"),
        ("The army said four soldiers were killed.", "The army"),
        ("Five people died in the fire.", None),
    ],
)
def test_claimant(text, claimant):
    assert only(text).claimant == claimant


@pytest.mark.parametrize(
    "text, qualifier, low, high",
    [
        ("At least 12 people were killed.", "at_least", 12, None),
        ("Between 10 and 15 people were killed.", "range", 10, 15),
        ("Up to 30 people died.", "at_most", None, 30),
        ("Dozens of people were killed.", "vague", 12, None),
        ("No one was killed.", "none", 0, 0),
        ("Seven people were killed.", "exact", 7, 7),
    ],
)
def test_qualifier_low_high(text, qualifier, low, high):
    figure = only(text)
    assert (figure.qualifier, figure.low, figure.high) == (qualifier, low, high)


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The war has killed more than 6,500 people since 2020.", "aggregate"),
        ("The insurgency has claimed 40,000 lives over the past decade.", "aggregate"),
        ("So far this year 300 people have been killed.", "aggregate"),
        ("A similar attack last year killed 40 people.", "background"),
        ("The conflict between the two states has resulted in hundreds of deaths.", "aggregate"),
        ("A six-week-long war in 2016 claimed more than 3,000 lives.", "aggregate"),
        ("The death toll rose to 15.", "update"),
        ("The blast killed 12 people, including 3 children.", "subgroup"),
        ("Two more people died in hospital.", "more"),
    ],
)
def test_cues(text, cue):
    assert any(cue in m.cues for m in find_casualties(text) if m.type == "killed")


@pytest.mark.parametrize("text", ["The group threatened to kill 100 hostages.", "They plotted to murder two judges.",
                                  "The rebels would kill 20 hostages unless paid."])
def test_unreal_killings_are_no_figures(text):
    assert [m for m in find_casualties(text) if m.type == "killed"] == []


def test_subgroup_is_its_own_figure_but_tagged():
    figures = [m for m in find_casualties("Fifteen people died, including 3 children who were killed at school.")
               if m.type == "killed"]
    assert [m.count for m in figures if "subgroup" not in m.cues] == [15]


def test_offsets_are_shifted_and_text_is_exact():
    sentence = "The bomb killed 12 people and injured 30."
    prefix = "Earlier text. "
    for mention in find_casualties(sentence, offset=len(prefix)):
        document = prefix + sentence
        assert document[mention.start_char:mention.end_char] == mention.text


def test_listed_groups_share_a_group_cue():
    figures = find_casualties("A soldier and two civilians were killed.")
    groups = {c for m in figures for c in m.cues if c.startswith("group@")}
    assert sorted(m.count for m in figures) == [1, 2] and len(groups) == 1


def test_zero_for_hurt_covers_killed_and_injured():
    assert sorted(m.type for m in find_casualties("No one was hurt.")) == ["injured", "killed"]


def test_empty_and_irrelevant_text():
    assert find_casualties("") == []
    assert find_casualties("The minister opened a new bridge on Monday.") == []
