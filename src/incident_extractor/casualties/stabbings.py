"""Stabbings told with an active verb: "A man stabbed a soldier near the gate" is one injured person, as "a
soldier was stabbed" already is (the lexicon lists "stabbed" as an injuring verb both ways).

Two readings the plain object rule gets wrong are settled here, after the rules ran:
- "stabbed his neighbour, a police officer, to death": the apposition hid "to death", the victim is dead;
- "stabbed two people, killing one and wounding the other": the figures after the stabbing say what became of
  its victims, so the stabbing itself counts no one again.
"""

from __future__ import annotations

import re
from dataclasses import replace

from incident_extractor.casualties.figures import Figure
from incident_extractor.casualties.lexicon import patterns

STAB_START = re.compile(r"stab", re.IGNORECASE)
# right after the victim: an apposition between commas, then "to death"
TO_DEATH_AFTER = re.compile(r"\s*,\s*(?:an?|the|his|her|their)\s[^,.;]{1,60},\s*to\s+death(?![\w'’-])", re.IGNORECASE)


def settle_stabbings(text: str, figures: list[Figure]) -> list[Figure]:
    if not any(f.type == "injured" and STAB_START.match(text, f.start) for f in figures):
        return figures
    active_head = patterns()["active"].head
    settled = []
    for figure in figures:
        if figure.type != "injured" or not STAB_START.match(text, figure.start):
            settled.append(figure)
            continue
        to_death = TO_DEATH_AFTER.match(text, figure.end)
        if to_death:
            settled.append(replace(figure, type="killed", end=to_death.end()))
            continue
        told_after = any(f.start >= figure.end and f.type in ("killed", "injured") and not STAB_START.match(text, f.start)
                         and active_head.match(text, f.start) for f in figures)
        if not told_after:
            settled.append(figure)
    return settled
