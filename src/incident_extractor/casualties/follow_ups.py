"""Figures told right after another figure, which borrow its type and people:

- the wounded who died later, in the same clause: "critically injuring the attacker, who died of his wounds",
  "wounding two guards who later died in hospital" (a killed twin of the injured figure, which the finder then drops:
  local_news.drop_injuries_of_those_who_died);
- an elliptical second figure: "7 deaths of the army and 11 of the militants", "4 deaths among police and 2
  among civilians" (the noun of the first figure is left out of the second).
"""

from __future__ import annotations

import re
from dataclasses import replace

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.numbers import parse_number

# right after the wounded: ", who (later) died", "who succumbed to their wounds"
DIED_AFTER = re.compile(r"\s*,?\s+who\s+(?:(?:later|subsequently|eventually|afterwards|both|all)\s+)?"
                        r"(?:died|succumbed)(?![\w'’-])", re.IGNORECASE)
# right after "7 deaths": "of the army and 11 of the militants", "among police and 2 among civilians"
ELLIPTICAL_SECOND = re.compile(r"\s+(?P<prep>of|among)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?and\s+(?P<num>[\w'’-]+)\s+"
                               r"(?P=prep)\s+(?:the\s+)?[\w'’-]+", re.IGNORECASE)
COUNT_NOUNS = ("deaths", "dead", "fatalities", "injuries", "injured", "wounded", "casualties")


def died_of_wounds_figures(text: str, claims: Claims, figures: list[Figure]) -> list[Figure]:
    found: list[Figure] = []
    if "who" not in claims.lowered or ("died" not in claims.lowered and "succumbed" not in claims.lowered):
        return found  # every match holds both words
    for figure in figures:
        if figure.type != "injured" or not figure.number.value or "subgroup" in figure.cues:
            continue
        died = DIED_AFTER.match(text, figure.end)
        if died is None or claims.taken(*died.span()):
            continue
        claims.claim(*died.span())
        cues = tuple(c for c in figure.cues if not c.startswith("group@"))
        found.append(replace(figure, type="killed", end=died.end(), cues=cues))
    return found


def elliptical_figures(text: str, claims: Claims, figures: list[Figure]) -> list[Figure]:
    """The second figure of "N deaths of X and M of Y": M people of the first figure's type."""
    found: list[Figure] = []
    if "and" not in claims.lowered:
        return found  # every match holds it
    for figure in figures:
        tail = text[max(figure.start, figure.end - 12):figure.end].lower()
        if not figure.number.value or not tail.endswith(COUNT_NOUNS):
            continue
        second = ELLIPTICAL_SECOND.match(text, figure.end)
        number = parse_number(second.group("num")) if second else None
        if number is None or not number.value or claims.taken(*second.span("num")):
            continue
        claims.claim(second.start("num"), second.end())
        cues = figure_cues(text, second.start("num"), second.end("num"))  # (the finder adds it to the first one)
        found.append(Figure(figure.type, number, second.start("num"), second.end(), None, None, cues,
                            text[second.start("num"):second.end()]))
    return found
