"""spaCy component `incident_triggers`: trigger phrases of incidents -> mentions_of(doc).triggers."""

from __future__ import annotations

from spacy.language import Language

from incident_extractor.events.sentences import sentence_bounds, text_of
from incident_extractor.events.triggers import find_triggers
from incident_extractor.mentions import mentions_of


class IncidentTriggers:
    """Finds trigger phrases with one precompiled regex over the text (cheap: no token loop)."""

    def __init__(self, nlp: Language, name: str, *, min_strength: float):
        self.name = name
        self.min_strength = min_strength

    def __call__(self, doc):
        starts, ends = sentence_bounds(doc)
        mentions_of(doc).triggers = [t for t in find_triggers(text_of(doc), starts, ends) if t.strength >= self.min_strength]
        return doc


@Language.factory("incident_triggers", default_config={"min_strength": 0.0})
def make_incident_triggers(nlp: Language, name: str, min_strength: float) -> IncidentTriggers:
    return IncidentTriggers(nlp, name, min_strength=min_strength)
