"""People wounded together of whom some died: "Four people were shot, one fatally", "Three men were stabbed, two of
them fatally", "Five people were shot Saturday night, one of whom died".

The group is the people of the wounding verb; the number after the comma died, the rest are injured (4 shot, one
fatally = 1 killed, 3 injured). "Shot" alone says nothing about survival, so without the fatal part the group gives no
figure here (the passive rule reads "stabbed" and "wounded" as it always has).
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.lexicon import FLAGS, alternation
from incident_extractor.casualties.numbers import ParsedNumber, number_phrase_pattern, parse_number
from incident_extractor.casualties.victims import victim_groups
from incident_extractor.nlp.regex_cache import cached_re

BOUNDARY = r"(?![\w'’-])"


@lru_cache(maxsize=1)
def _pattern():
    raw = json.loads(resources.files("incident_extractor.data").joinpath("casualty_local_news.json").read_text("utf-8"))
    number = number_phrase_pattern()
    return cached_re.compile(
        # the group: a number (or "a man and a woman") and up to six more words, before its auxiliary
        rf"(?<![\w'’-])(?P<subj>(?:{number}|an?)(?:\s+[^\s,.;:]+){{0,6}}?)\s+(?:were|have\s+been|had\s+been|are)\s+"
        rf"(?P<verb>{alternation(raw['partly_fatal_verbs'])}){BOUNDARY}(?:\s+[^\s,.;:]+){{0,6}}?\s*,\s*"
        rf"(?P<part>{number})(?:\s+of\s+(?:them|whom|those))?\s+(?:{alternation(raw['fatal_words'])}){BOUNDARY}", FLAGS)


def partly_fatal_figures(text: str, claims: Claims) -> list[Figure]:
    lowered = claims.lowered
    if "," not in text or not any(w in lowered for w in ("fatally", "mortally", "died")):
        return []
    found: list[Figure] = []
    for match in claims.scan(_pattern(), text):
        if claims.taken(*match.span("verb")):
            continue
        groups = victim_groups(text, *match.span("subj"))
        died = parse_number(match.group("part"))
        if not groups or any(g.number.value is None for g in groups) or died is None or not died.value:
            continue
        total = sum(g.number.value for g in groups)
        if died.value > total:
            continue
        claims.claim(match.start("subj"), match.end())
        cues = figure_cues(text, *match.span())
        victims = groups[0].victims if len(groups) == 1 else None
        # (the dead are the part after the comma: a figure over the whole phrase would read as the wounded who died)
        found.append(Figure("killed", died, match.start("part"), match.end(), victims, cues=cues))
        if total > died.value:
            rest = total - died.value
            found.append(Figure("injured", ParsedNumber(rest, rest, rest, "exact"), match.start(), match.end("verb"),
                                victims, cues=cues))
    return found
