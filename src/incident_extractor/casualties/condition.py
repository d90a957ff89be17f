"""The state of wounded people, told instead of a wounding verb: "Two men are in critical condition", "A woman remains
in hospital in a serious but stable condition", "The boy was later listed in stable condition".

Local news often tells the wounded only this way ("A 19-year-old was shot Sunday and is in critical condition": "was
shot" alone says nothing about survival). The people must be persons or a count ("two were in stable condition"), and
an auxiliary or "remain" must join them to the state ("patients in hospital were killed" is no injured figure).
Being taken to a hospital ("Two men were rushed to a local hospital"), hit by gunfire or fighting for one's life is a
wounding told in its own right. The state
is mostly told of people already counted ("Seven soldiers were wounded, three of them are in grave
condition"), so the figure restates: it counts only when the incident has no other injured figure.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

from incident_extractor.casualties.figures import Claims, Figure, emit_groups
from incident_extractor.casualties.lexicon import FLAGS, alternation, patterns
from incident_extractor.casualties.split_patterns import ListPattern
from incident_extractor.casualties.victims import names_person, victim_groups
from incident_extractor.nlp.regex_cache import cached_re

BOUNDARY = r"(?![\w'’-])"
GATE_WORDS = ("condition", "hospital", "trauma", "gunfire", "bullet", "shrapnel", "pellets", "fighting for")
AGE_NOUN = re.compile(r"\d{1,3}-(?:year|month|week)-old", re.IGNORECASE)  # "a 19-year-old"
PRONOUNS = ("he", "she")
LATER_DEATH = re.compile(r"(?<![\w'’-])(?:died|dies|succumbed|pronounced\s+dead)(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _pattern() -> ListPattern:
    raw = json.loads(resources.files("incident_extractor.data").joinpath("casualty_local_news.json").read_text("utf-8"))
    passive = patterns()["passive"]  # the same list of people as every passive rule
    tail = cached_re.compile(
        # "was shot on Sunday and is in critical condition": a wounding clause of the same people may come first
        rf"(?:\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+[^\s,.;:]+(?:\s+[^\s,.;:]+){{0,6}}?\s+and)?"
        rf"\s+(?:{alternation(raw['state_auxiliaries'])})\s+(?:(?:later|then|also|both|all)\s+)?"
        rf"(?P<verb>in\s+(?:an?\s+|the\s+)?(?:hospital\s+in\s+(?:an?\s+)?)?"
        rf"(?:{alternation(raw['condition_words'])})\s+condition|in\s+(?:an?\s+|the\s+)?hospital|hospitali[sz]ed|"
        # "were rushed to a local hospital", "was airlifted to a trauma centre": taken there, a wounding of its own
        rf"(?P<taken>(?:{alternation(raw['transport_verbs'])})\s+to\s+(?:an?\s+|the\s+)?(?:(?:local|nearby|area|regional)\s+)?"
        rf"(?:hospitals?|trauma\s+cent(?:er|re)s?)|"
        # "was struck by gunfire", "were hit by stray bullets", "is fighting for his life"
        rf"(?:struck|hit|grazed|wounded)\s+by\s+(?:an?\s+|the\s+)?(?:stray\s+|single\s+)?(?:bullets?|gunfire|shrapnel|pellets)|"
        rf"fighting\s+for\s+(?:his|her|their)\s+li(?:fe|ves))){BOUNDARY}",
        FLAGS)
    return ListPattern(passive.head, passive.victim_list, "subj", tail)


def condition_figures(text: str, claims: Claims) -> list[Figure]:
    if not any(word in claims.lowered for word in GATE_WORDS):
        return []
    found: list[Figure] = []
    for match in claims.scan_items(_pattern(), text):
        groups = victim_groups(text, *match.span("subj"))
        if not groups or not all(_is_people(g) for g in groups):
            continue
        if match.group("taken"):  # (a death told after it is read by hospital_deaths.py)
            found += emit_groups(text, groups, "injured", match.span("verb"), claims, verb_first=False)
            continue
        if LATER_DEATH.search(text, match.end()):
            continue  # "He remained in critical condition until Monday, when he died": the dead, not an injured
        found += emit_groups(text, groups, "injured", match.span("verb"), claims, verb_first=False,
                             extra_cues=("restated",))
    return found


def _is_people(group) -> bool:
    """A count ("two were in stable condition"), a person noun, an age used as a noun, or he / she."""
    if not group.number.value:
        return False
    if group.victims is None:
        return group.number.value > 1 or group.text.lower() in PRONOUNS
    return names_person(group.victims) or bool(AGE_NOUN.fullmatch(group.victims))
