"""Event type and sub-type by ACLED's definitions, from the triggers of an incident and who took part.

Battles need two armed, organised sides; one-sided violence against unarmed people is Violence against
civilians; shelling, air strikes and bombs are Explosions/Remote violence whoever is hit; protests turn
into riots when the protesters are violent; talks, agreements and arrests are Strategic developments.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from incident_extractor.events.tables import read_data_json
from incident_extractor.mentions import ActorMention, TriggerMention

ARMED = frozenset({"state_forces", "rebel_group", "political_militia", "identity_militia", "external_force"})
UNARMED_TARGETS = frozenset({"civilians", "protesters"})
_INTERVENTION_WORDS = ("tear gas", "teargas", "water cannon", "dispersed", "rubber bullets", "baton", "arrested")
_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
_LETHAL_WORDS = ("killed", "shot", "opened fire", "live ammunition", "dead")


@dataclass(frozen=True)
class EventType:
    event_type: Optional[str]
    sub_event_type: Optional[str]


@lru_cache(maxsize=1)
def _specificity() -> dict[tuple, int]:
    """Rank of each (type, sub-type) by its place in the trigger table: earlier = more specific."""
    ranks: dict[tuple, int] = {}
    for index, entry in enumerate(read_data_json("event_triggers.json")["triggers"]):
        ranks.setdefault((entry["event_type"] or "", entry["sub_event_type"]), index)
    return ranks


def main_trigger(triggers: Sequence[TriggerMention]) -> TriggerMention:
    """The trigger that names the incident: typed over generic, specific over broad, strong over weak."""
    ranks = _specificity()
    return min(
        triggers,
        key=lambda t: (t.event_type == "", "anaphoric" in t.cues and t.event_type == "",
                       ranks.get((t.event_type, t.sub_event_type), 99), -t.strength, t.start_char),
    )


def sides(actors: Sequence[ActorMention]) -> set[tuple]:
    """Distinct armed sides: a kind with its country (two state forces of two countries are two sides)."""
    return {(a.kind, a.country_code) for a in actors if a.is_armed and a.kind in ARMED}


def classify_event(triggers: Sequence[TriggerMention], actors: Sequence[ActorMention], victims: Sequence[str] = (),
                   text: str = "") -> EventType:
    """Type and sub-type of one incident. `victims` are the casualty victim words, `text` its sentences."""
    main = main_trigger(triggers)
    kinds = {a.kind for a in actors}
    targets = [a for a in actors if a.role == "target"]
    perpetrators = [a for a in actors if a.role == "perpetrator"]
    armed_sides = sides(actors)
    unarmed_hit = any(a.kind in UNARMED_TARGETS or (a.kind and not a.is_armed) for a in targets) or any(
        v and any(w in v.lower() for w in ("civilian", "people", "passenger", "children", "women", "student", "worker", "resident", "villager"))
        for v in victims
    )
    armed_hit = any(a.is_armed for a in targets)
    lowered = text.lower()
    event_type, sub = main.event_type, main.sub_event_type

    if event_type in ("Protests", "Riots") or (kinds & {"protesters", "rioters"} and event_type in ("", "Battles")):
        return _protest_type(event_type, kinds, lowered)
    if event_type == "Explosions/Remote violence" or event_type == "Strategic developments":
        return EventType(event_type, sub)
    two_sided = len(armed_sides) >= 2 or (armed_hit and any(a.is_armed for a in perpetrators))
    if event_type == "Battles":
        if sub in _TERRITORY:
            takers = {a.kind for a in perpetrators} or {a.kind for a in actors if a.is_armed}
            state_took_it = takers and takers <= {"state_forces", "external_force"}
            return EventType("Battles", "Government regains territory" if state_took_it else "Non-state actor overtakes territory")
        if unarmed_hit and not armed_hit and len(armed_sides) < 2:
            return EventType("Violence against civilians", "Attack")
        return EventType("Battles", sub)
    if event_type == "Violence against civilians":
        if sub == "Attack" and armed_hit and not unarmed_hit and two_sided:
            return EventType("Battles", "Armed clash")
        return EventType(event_type, sub)
    # generic violence ("attacked", "killed"): who was hit decides
    if armed_hit and not unarmed_hit and (two_sided or not perpetrators):
        return EventType("Battles", "Armed clash")
    if len(armed_sides) >= 2 and not unarmed_hit:
        return EventType("Battles", "Armed clash")
    return EventType("Violence against civilians", "Attack")


def _protest_type(event_type: str, kinds: set, lowered: str) -> EventType:
    if event_type == "Riots" or "rioters" in kinds:
        mob = "mob" in lowered or "lynch" in lowered
        return EventType("Riots", "Mob violence" if mob else "Violent demonstration")
    if event_type in ("", "Battles"):
        return EventType("Riots", "Violent demonstration")  # protesters in a clash or attack are violent
    if "state_forces" in kinds and any(w in lowered for w in _LETHAL_WORDS):
        return EventType("Protests", "Excessive force against protesters")
    if any(w in lowered for w in _INTERVENTION_WORDS):
        return EventType("Protests", "Protest with intervention")
    return EventType("Protests", "Peaceful protest")
