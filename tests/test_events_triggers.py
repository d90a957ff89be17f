import pytest

from incident_extractor.events.classify import main_trigger
from incident_extractor.events.triggers import family_of, find_triggers, is_caption
from incident_extractor.mentions import TriggerMention


def typed(sentence):
    found = find_triggers(sentence, [0], [len(sentence)])
    return found


def main_type(sentence):
    found = [t for t in typed(sentence) if "negated" not in t.cues]
    if not found:
        return None
    best = main_trigger(found)
    return best.event_type or None, best.sub_event_type


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Rebels and soldiers exchanged fire near the river crossing.", ("Battles", "Armed clash")),
        ("Heavy fighting broke out between two militias on Sunday.", ("Battles", "Armed clash")),
        ("The army retook the town after a week.", ("Battles", "Government regains territory")),
        ("Artillery shelling hit the outskirts of the city overnight.", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("A drone strike destroyed a vehicle on the highway.", ("Explosions/Remote violence", "Air/drone strike")),
        ("Warplanes bombed a market in the north.", ("Explosions/Remote violence", "Air/drone strike")),
        ("A suicide bomber blew himself up at the checkpoint.", ("Explosions/Remote violence", "Suicide bomb")),
        ("A roadside bomb exploded as the bus passed.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("Someone threw a grenade into the crowded cafe.", ("Explosions/Remote violence", "Grenade")),
        ("Gunmen kidnapped four aid workers on the road.", ("Violence against civilians", "Abduction/forced disappearance")),
        ("Two women were raped by soldiers at the camp.", ("Violence against civilians", "Sexual violence")),
        ("The mayor was gunned down outside his home.", ("Violence against civilians", "Attack")),
        ("Hundreds of teachers protested outside parliament.", ("Protests", "Peaceful protest")),
        ("Rioters set cars ablaze and looted shops.", ("Riots", "Violent demonstration")),
        ("The two sides signed a ceasefire agreement in the capital.", ("Strategic developments", "Agreement")),
        ("Police arrested twelve suspects after the raid.", ("Strategic developments", "Arrests")),
        ("Delegations met for peace talks in the capital.", ("Strategic developments", "Other")),
        ("Unknown attackers struck the convoy at dawn.", (None, None)),
        ("Insurgents blew up a bridge on the main road.", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("Attackers burned two trucks at the quarry.", ("Strategic developments", "Looting/property destruction")),
        ("The house was set on fire by masked men.", ("Strategic developments", "Looting/property destruction")),
        ("Militants beheaded a farmer in the square.", ("Violence against civilians", "Attack")),
        ("Rebels occupied three villages in the valley.", ("Battles", "Non-state actor overtakes territory")),
    ],
)
def test_trigger_types(sentence, expected):
    assert main_type(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The finance minister presented the budget on Tuesday.",
        "Farmers expect a good harvest this year.",
        "The museum opened a new wing dedicated to modern art.",
        "Trade between the two countries grew by ten percent.",
    ],
)
def test_sentences_without_incident_have_no_trigger(sentence):
    assert [t for t in typed(sentence) if t.strength >= 0.5] == []


def test_a_month_is_not_a_march():
    assert main_type("The report was released on March 5 by the ministry.") is None
    assert main_type("Thousands marched through the city centre.") == ("Protests", "Peaceful protest")


@pytest.mark.parametrize(
    "sentence, phrase, cue",
    [
        ("Officials condemned the attack on Friday.", "attack", "anaphoric"),
        ("There were no casualties in the village.", "casualties", "negated"),
        ("The rebels threatened to attack the town.", "attack", "threat"),
        ("Talks will be held in Geneva next month.", "Talks", "future"),
        ("The army denied that any shelling had taken place.", "shelling", "denied"),
        ("The militia had attacked the village two years earlier.", "attacked", "past_perfect"),
        # a possessive between the article and the noun still refers back to the incident told before
        ("It was the town's second fatal shooting this month.", "shooting", "anaphoric"),
        ("Officials called it the region's deadliest attack in a decade.", "attack", "anaphoric"),
    ],
)
def test_trigger_cues(sentence, phrase, cue):
    trigger = next(t for t in typed(sentence) if t.text == phrase)
    assert cue in trigger.cues


@pytest.mark.parametrize(
    "sentence, phrase, future",
    [
        # what is thought of an incident ("believed to be", "reported to be") is no incident to come
        ("Gunmen believed to be rebels attacked the town.", "attacked", False),
        ("Up to 17 fighters were reported to be killed in the raid.", "killed", False),
        ("THE BODY FOUND IS SAID TO BE THAT OF A KIDNAPPED JUDGE WHO WAS MURDERED.", "MURDERED", False),
        # a cause ("due to"), the next day of a story told in the past, a place ("next to") neither
        ("Two policemen were killed due to a roadside blast.", "blast", False),
        ("The next day, a suicide bomber attacked a mosque.", "attacked", False),
        ("A bomb exploded next to the market.", "exploded", False),
        # a thing to be done still is
        ("The rebels ordered the bridge to be bombed.", "bombed", True),
        ("Opposition groups are due to hold a protest march in the capital.", "protest", True),
        ("The rebels will attack the town next week.", "attack", True),
        ("A protest rally is expected to be held in the capital.", "rally", True),
    ],
)
def test_what_is_no_future(sentence, phrase, future):
    trigger = next(t for t in typed(sentence) if t.text == phrase)
    assert ("future" in trigger.cues) is future


@pytest.mark.parametrize(
    "sentence, phrase",
    [
        ("Gunmen attacked the town's police station at dawn.", "attacked"),
        ("Pakistan's army shelled the border posts.", "shelled"),
    ],
)
def test_a_possessive_alone_does_not_refer_back(sentence, phrase):
    trigger = next(t for t in typed(sentence) if t.text == phrase)
    assert "anaphoric" not in trigger.cues


def test_caption_cues():
    assert is_caption("The two leaders (L) and (R) shake hands in the capital. (Image Credit: AFP)")
    assert not is_caption("The two leaders shook hands in the capital.")


def test_triggers_work_on_all_caps_wire_text():
    text = "GUERRILLAS AMBUSHED AN ARMY PATROL NEAR THE BORDER."
    assert main_type(text) == ("Battles", "Armed clash")


@pytest.mark.parametrize(
    "event_type, family",
    [("Battles", "violence"), ("", "violence"), ("Riots", "protest"), ("Protests", "protest"), ("Strategic developments", "strategic")],
)
def test_families(event_type, family):
    assert family_of(event_type) == family


def _weak(text: str, word: str, event_type: str = "") -> TriggerMention:
    start = text.index(word)
    return TriggerMention(event_type=event_type, sub_event_type=None, text=word, start_char=start,
                          end_char=start + len(word), cues=(), strength=0.5)


@pytest.mark.parametrize(
    "text, word, event_type, expected",
    [
        ("Nine people died when a minibus plunged into a gorge on Friday.", "died", "", True),
        ("Flash floods killed 14 villagers in the valley overnight.", "killed", "", True),
        ("Two miners were killed in a mine accident in the north.", "killed", "", True),
        ("Gunmen killed nine people on a minibus on Friday.", "killed", "", False),  # no accident word
        # a named act of violence anywhere keeps the document: "the bus hit a roadside bomb"
        ("A bus overturned after it hit a roadside bomb, killing nine.", "bomb", "Explosions/Remote violence", False),
    ],
)
def test_reports_only_accidents(text, word, event_type, expected):
    from incident_extractor.events.triggers import reports_only_accidents

    assert reports_only_accidents(text, [(0, len(text))], [_weak(text, word, event_type)], []) is expected


def test_an_accident_without_any_trigger_is_judged_by_its_figures():
    from incident_extractor.events.triggers import reports_only_accidents

    text = "The toll of the ferry that capsized on Sunday rose to 31."
    figure = (text.index("31"), text.index("31") + 2)
    assert reports_only_accidents(text, [(0, len(text))], [], [figure]) is True
    assert reports_only_accidents(text, [(0, len(text))], [], []) is False


def test_an_armed_group_makes_a_crash_no_accident():
    from incident_extractor.events.triggers import reports_only_accidents

    text = "Train crash: twelve people are killed when rebels cut the rails."
    killed = _weak(text, "killed")
    assert reports_only_accidents(text, [(0, len(text))], [killed], []) is True
    assert reports_only_accidents(text, [(0, len(text))], [killed], [], armed_groups=True) is False
