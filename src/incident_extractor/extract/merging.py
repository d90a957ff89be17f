"""When two incident candidates are one incident: the candidate of one sentence, the incident group it may
join, and the tests that keep two incidents apart (dates, places, mediators, the day of the news).

The segmenter (extract.segment) builds candidates sentence by sentence and asks `can_merge`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Optional, Sequence

from incident_extractor.extract.scope import BACKGROUND_AFTER_DAYS
from incident_extractor.mentions import ActorMention, CasualtyMention, DateMention, PlaceMention, TriggerMention

# a trigger this weak ("deaths", "the incident") starts an incident only with a figure beside it
MIN_STRENGTH_ALONE = 0.5


@dataclass
class Candidate:
    family: str
    triggers: list[TriggerMention]
    sentence: tuple[int, int]
    sentence_index: int
    date: Optional[DateMention] = None
    places: list[PlaceMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    casualties: list[CasualtyMention] = field(default_factory=list)
    aggregate: bool = False
    separate: bool = False
    located_places: list[PlaceMention] = field(default_factory=list)  # those written as locations ("in X")
    clause: Optional[tuple[int, int]] = None  # the part of its sentence it owns, when a dated clause split it

    @property
    def anaphoric(self) -> bool:
        return all("anaphoric" in t.cues or t.strength < MIN_STRENGTH_ALONE for t in self.triggers) and any(
            "anaphoric" in t.cues for t in self.triggers)

    @property
    def strength(self) -> float:
        return max(t.strength for t in self.triggers)


@dataclass
class IncidentGroup:
    family: str
    triggers: list[TriggerMention]
    sentences: list[tuple[int, int]]
    last_sentence_index: int
    date: Optional[DateMention]
    places: list[PlaceMention]
    actors: list[ActorMention]
    casualties: list[CasualtyMention]
    aggregate: bool

    @classmethod
    def start(cls, candidate: Candidate) -> "IncidentGroup":
        return cls(candidate.family, list(candidate.triggers), [candidate.sentence], candidate.sentence_index,
                   candidate.date, list(candidate.places), list(candidate.actors), list(candidate.casualties),
                   candidate.aggregate)

    def absorb(self, candidate: Candidate) -> None:
        self.triggers.extend(candidate.triggers)
        if candidate.sentence not in self.sentences:
            self.sentences.append(candidate.sentence)
        self.last_sentence_index = max(self.last_sentence_index, candidate.sentence_index)
        self.date = self.date or candidate.date
        if not candidate.anaphoric:
            self.places.extend(candidate.places)
        elif not self.places:
            # a sentence that only refers back ("the ministry in the capital condemned the attack", "Russia was
            # the first to respond to the conflict") names other places; it gives the incident a place only when
            # nothing else did, and only one written as a location ("in X", "between X and Y")
            self.places.extend(candidate.located_places)
        self.actors.extend(candidate.actors)
        self.casualties.extend(candidate.casualties)


def dates_compatible(a: Optional[DateMention], b: Optional[DateMention]) -> bool:
    if a is None or b is None:
        return True
    return a.start <= b.end and b.start <= a.end


def _countries(places: Sequence[PlaceMention]) -> set[str]:
    codes: set[str] = set()
    for place in places:
        codes.update(place.countries or ((place.country_code,) if place.country_code else ()))
    return codes


def places_compatible(a: Sequence[PlaceMention], b: Sequence[PlaceMention]) -> bool:
    """No shared country, or two different towns, mean two incidents."""
    countries_a, countries_b = _countries(a), _countries(b)
    if countries_a and countries_b and not countries_a & countries_b:
        return False
    towns_a = {p.name for p in a if p.kind == "place"}
    towns_b = {p.name for p in b if p.kind == "place"}
    return not (towns_a and towns_b and not towns_a & towns_b)


def mediators_compatible(a: Sequence[ActorMention], b: Sequence[ActorMention]) -> bool:
    """Talks mediated by two different countries are two sets of talks."""
    mediators_a = {x.country_code for x in a if x.role == "mediator" and x.country_code}
    mediators_b = {x.country_code for x in b if x.role == "mediator" and x.country_code}
    return not (mediators_a and mediators_b and not mediators_a & mediators_b)


def near_reference(date: Optional[DateMention], reference_day: Optional[dt.date]) -> bool:
    """An undated incident is taken to be the news of the day: a date days away from it is another incident."""
    if date is None or reference_day is None:
        return True
    slack = dt.timedelta(days=BACKGROUND_AFTER_DAYS)
    return date.start - slack <= reference_day <= date.end + slack


def can_merge(group: IncidentGroup, candidate: Candidate, reference_day: Optional[dt.date] = None) -> bool:
    if group.family != candidate.family or group.aggregate != candidate.aggregate:
        return False
    if not dates_compatible(group.date, candidate.date):
        return False
    if group.date is None and not candidate.anaphoric and not group.aggregate and not near_reference(candidate.date, reference_day):
        return False
    if group.aggregate and (group.date is None) != (candidate.date is None):
        return False  # a toll of the whole war is not the toll of one dated war within it
    if not mediators_compatible(group.actors, candidate.actors):
        return False
    if candidate.anaphoric:
        return True
    if candidate.separate:
        return False
    return places_compatible(group.places, candidate.places)
