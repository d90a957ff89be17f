"""The wounded taken to hospital who died there: "The man was taken to hospital, where he died", "He was rushed to
hospital but was pronounced dead on arrival", "Two men were taken to hospital, where one died".

The people of the injured figure are those who died (all of them, or the number told: "where one died" leaves the
other injured); the death told after them is not a second figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from incident_extractor.casualties.figures import Figure
from incident_extractor.casualties.numbers import ParsedNumber, number_phrase_pattern, parse_number
from incident_extractor.nlp.regex_cache import cached_re

GATE_WORDS = ("died", "dead", "succumbed")
_DIED_AFTER = None


def _died_after() -> re.Pattern:
    global _DIED_AFTER
    if _DIED_AFTER is None:
        _DIED_AFTER = cached_re.compile(
            # a few words of place ("to St Mary's Hospital in Leeds"), then where / but / and, then the death
            rf"(?:\s+[^\s,.;:]+){{0,6}}?\s*,?\s+(?:where|but|and)\s+(?:(?P<part>{number_phrase_pattern()})"
            rf"(?:\s+of\s+(?:them|the\s+\w+))?\s+|(?:he|she|they)\s+)?(?:(?:later|subsequently|soon|both|all|also)\s+)?"
            rf"(?:died|succumbed|(?:was|were)\s+(?:later\s+|both\s+|all\s+)?(?:pronounced|declared|confirmed)\s+dead)"
            rf"(?![\w'’-])", re.IGNORECASE)
    return _DIED_AFTER


def hospital_deaths(text: str, lowered: str, figures: list[Figure]) -> list[Figure]:
    """`figures` in text order; an injured figure followed by its people's death becomes a dead figure."""
    if not any(f.type == "injured" for f in figures) or not any(word in lowered for word in GATE_WORDS):
        return figures
    result = list(figures)
    for figure in figures:
        if figure.type != "injured" or not figure.number.value or figure not in result:
            continue
        died = _died_after().match(text, figure.end)
        if died is None:
            continue
        part = parse_number(died.group("part")) if died.group("part") else None
        if part is not None and (not part.value or part.value > figure.number.value):
            continue
        # the death phrase's own figure ("he died", "one died") is these people again
        # ("were wounded and later died" already gave a dead twin over both verbs: the same people too)
        result = [f for f in result if not (f.type == "killed" and figure.end < f.end <= died.end())]
        index = result.index(figure)
        if part is None or part.value == figure.number.value:
            result[index] = replace(figure, type="killed", number=part or figure.number, end=died.end())
            continue
        rest = figure.number.value - part.value
        result[index] = replace(figure, number=ParsedNumber(rest, rest, rest, "exact"))
        # (the dead are the part: a figure over the whole phrase would read as the wounded who died)
        result.insert(index + 1, replace(figure, type="killed", number=part, start=died.start("part"), end=died.end()))
    return result
