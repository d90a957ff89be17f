"""A toll told as the only fatality: "Policewoman Ana Ruiz was the sole fatality" = 1, "The driver of the car was
the only fatality" = 1, "the three guards were the only fatalities" = 3 (an uncounted plural says no number)."""

from __future__ import annotations

import re

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.victims import SINGLE, victim_groups

ONLY_FATALITY = re.compile(
    r"(?<![\w'’-])(?:was|were|is|are)\s+the\s+(?:sole|only|lone|single)\s+(?P<noun>fatality|fatalities|death|deaths|dead)"
    r"(?![\w'’-])", re.IGNORECASE)
# the subject of "was": its last words before the verb, back to a clause boundary
SUBJECT = re.compile(r"[^,.;:()]{1,80}$")


def only_fatality_figures(text: str, claims: Claims) -> list[Figure]:
    lowered = claims.lowered
    if "sole" not in lowered and "only" not in lowered and "lone" not in lowered and "single" not in lowered:
        return []
    found = []
    for match in ONLY_FATALITY.finditer(text):
        if claims.taken(*match.span()):
            continue
        subject = SUBJECT.search(text, max(0, match.start() - 80), match.start())
        if subject is None:
            continue
        if match.group(0).split()[0].lower() in ("was", "is"):
            number, start = SINGLE, subject.start()
        else:
            groups = victim_groups(text, *subject.span())
            counted = [g for g in groups if g.number.value and g.number is not SINGLE]
            if not counted:
                continue  # "The hijackers were the only fatalities": how many, the text says elsewhere
            number, start = counted[-1].number, counted[-1].start
        claims.claim(*match.span())
        start += len(text[start:match.start()]) - len(text[start:match.start()].lstrip())
        found.append(Figure("killed", number, start, match.end(), None, None, figure_cues(text, start, match.end()),
                            text[start:match.start()].strip()))
    return found
