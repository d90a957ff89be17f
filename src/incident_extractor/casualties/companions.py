"""A group counted once, then told again as one of its people "along with" the others: "Three activists were
killed in the city. Ruiz was shot dead along with two other activists." is 3 dead, not 3 + 2.

"Two other activists" sets them apart from Ruiz, not from the three: when the named person and the companions
make up exactly an earlier group of the same people (same victim noun, same type, told before them), the
companions restate that group and never add on top of it. A group that differs ("Three soldiers were killed.
Ruiz died along with two other activists"), or a count that does not match ("... along with four other
activists"), still adds.

>>> from incident_extractor.mentions import CasualtyMention
>>> def m(text, count, start, victims=None, cues=()):
...     return CasualtyMention(type="killed", count=count, low=count, high=count, qualifier="exact", text=text,
...                            start_char=start, end_char=start + len(text), victims=victims, side=None,
...                            claimant=None, cues=cues)
>>> told = [m("Three activists were killed", 3, 0, "activists"), m("Ruiz was shot dead", 1, 41),
...         m("along with two other activists", 2, 60, "activists", ("more",))]
>>> [x.count for x in drop_restated_companions(told)]
[3, 1]
"""

from __future__ import annotations

import re
from typing import Sequence

from incident_extractor.mentions import CasualtyMention

COMPANIONS = re.compile(r"(?:along|together)\s+with\s", re.IGNORECASE)
NAMED_REACH = 80  # the named person's figure ends this close before "along with"


def drop_restated_companions(mentions: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """`mentions` without the "along with N other X" figures that, with the person before them, restate an
    earlier group of X."""
    kept = list(mentions)
    for companion in mentions:
        if "more" not in companion.cues or not companion.victims or not COMPANIONS.match(companion.text):
            continue
        named = [m for m in mentions if m.type == companion.type and m.count == 1
                 and 0 <= companion.start_char - m.end_char <= NAMED_REACH]
        if not named:
            continue
        head = _head(companion.victims)
        total = companion.count + 1
        if any(m.type == companion.type and m.count == total and m.end_char <= named[-1].start_char
               and m.victims and _head(m.victims) == head for m in mentions):
            kept = [m for m in kept if m is not companion]
    return kept


def _head(victims: str) -> str:
    return victims.split()[-1].lower()
