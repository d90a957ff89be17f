import pytest

from incident_extractor.events.classify import classify_event
from incident_extractor.mentions import ActorMention, TriggerMention


def trigger(event_type, sub=None, strength=0.9, text="x"):
    return TriggerMention(event_type, sub, text, 0, 1, (), strength)


def actor(kind, role, armed, country=None):
    return ActorMention(kind or "someone", kind or "someone", 10, 20, kind, country, role, armed)


SOLDIERS_A = actor("state_forces", "participant", True, "AM")
SOLDIERS_B = actor("state_forces", "participant", True, "AZ")
REBELS = actor("rebel_group", "perpetrator", True)
GUNMEN = actor("political_militia", "perpetrator", True)
VILLAGERS = actor("civilians", "target", False)
POLICE_TARGET = actor("state_forces", "target", True)
POLICE = actor("state_forces", "perpetrator", True)
PROTESTERS = actor("protesters", "participant", False)


@pytest.mark.parametrize(
    "triggers, actors, text, expected",
    [
        ([trigger("Battles", "Armed clash")], [SOLDIERS_A, SOLDIERS_B], "", ("Battles", "Armed clash")),
        ([trigger("Battles", "Armed clash")], [GUNMEN, VILLAGERS], "", ("Violence against civilians", "Attack")),
        ([trigger("")], [GUNMEN, VILLAGERS], "", ("Violence against civilians", "Attack")),
        ([trigger("")], [REBELS, POLICE_TARGET], "", ("Battles", "Armed clash")),
        ([trigger("")], [], "", ("Violence against civilians", "Attack")),
        ([trigger("Explosions/Remote violence", "Air/drone strike")], [VILLAGERS], "", ("Explosions/Remote violence", "Air/drone strike")),
        ([trigger(""), trigger("Explosions/Remote violence", "Remote explosive/landmine/IED")], [], "", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ([trigger("Violence against civilians", "Attack")], [REBELS, POLICE_TARGET], "", ("Battles", "Armed clash")),
        ([trigger("Violence against civilians", "Abduction/forced disappearance")], [REBELS, POLICE_TARGET], "", ("Violence against civilians", "Abduction/forced disappearance")),
        ([trigger("Protests", "Peaceful protest")], [PROTESTERS], "teachers marched", ("Protests", "Peaceful protest")),
        ([trigger("Protests", "Peaceful protest")], [PROTESTERS, POLICE], "police fired tear gas", ("Protests", "Protest with intervention")),
        ([trigger("Protests", "Peaceful protest")], [PROTESTERS, POLICE], "police shot dead two", ("Protests", "Excessive force against protesters")),
        ([trigger("Battles", "Armed clash")], [PROTESTERS, POLICE], "protesters clashed", ("Riots", "Violent demonstration")),
        ([trigger("Riots", "Violent demonstration")], [], "a mob lynched a man", ("Riots", "Mob violence")),
        ([trigger("Strategic developments", "Agreement")], [SOLDIERS_A, SOLDIERS_B], "", ("Strategic developments", "Agreement")),
        ([trigger("Battles", "Non-state actor overtakes territory")], [POLICE], "", ("Battles", "Government regains territory")),
        ([trigger("Battles", "Government regains territory")], [REBELS], "", ("Battles", "Non-state actor overtakes territory")),
    ],
)
def test_classify_event(triggers, actors, text, expected):
    result = classify_event(triggers, actors, text=text)
    assert (result.event_type, result.sub_event_type) == expected


def test_civilian_victims_without_actors_make_an_attack_on_civilians():
    result = classify_event([trigger("Battles", "Armed clash")], [GUNMEN], victims=["civilians"])
    assert result.event_type == "Violence against civilians"
