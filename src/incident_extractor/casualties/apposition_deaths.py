"""One person who died, named before an apposition: "GUILLERMO ROJAS, THE LEFTIST UNION LEADER, DIED IN SOYAPANGO",
"Ana Ruiz, a teacher at the school, has died of her wounds"; or who is hurt: "DIEGO MENA, A PEASANT LEADER, IS
SERIOUSLY INJURED".

"X, <apposition>, was killed" is one person by its verb (named_lists.apposition_figures); a bare "died" says
nothing about number, and "is" is no auxiliary the list patterns read, so here the words before the apposition
must name one person: a name, a titled name or a person noun ("the driver"), never a count, a plural or two
people joined by "and".
"""

from __future__ import annotations

import re
from typing import Optional

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.named_lists import _count_item, _items_before  # (the list reader's own items)
from incident_extractor.casualties.victims import SINGLE

DYING_AFTER_COMMA = re.compile(
    r",\s+(?:who\s+)?(?:(?:later|also|subsequently|eventually|reportedly|then|finally)\s+)?(?:has\s+|had\s+)?"
    r"(?P<verb>died|perished|passed\s+away|lost\s+(?:his|her)\s+life)(?![\w'’-])", re.IGNORECASE)
HURT_AFTER_COMMA = re.compile(
    r",\s+(?:who\s+)?is\s+(?:(?:seriously|critically|badly|gravely|slightly|severely|also)\s+)?"
    r"(?P<verb>injured|wounded|hurt)(?![\w'’-])", re.IGNORECASE)
DYING_GATE = ("died", "perished", "passed away", "lost his", "lost her")  # every DYING_AFTER_COMMA match holds one
HURT_GATE = ("injured", "wounded", "hurt")  # every HURT_AFTER_COMMA match holds " is " and one of these
APPOSITION_REACH = 150  # how far before its closing comma an apposition may open


def dying_apposition_figures(text: str, claims: Claims) -> list[Figure]:
    found: list[Figure] = []
    if "," not in text:
        return found
    mixed_case = not text.isupper()
    hurt = " is " in claims.lowered and claims.mentions_any(HURT_GATE)
    for kind, pattern, gate in (("killed", DYING_AFTER_COMMA, claims.mentions_any(DYING_GATE)),
                                ("injured", HURT_AFTER_COMMA, hurt)):
        for match in claims.scan(pattern, text) if gate else ():
            if claims.taken(*match.span("verb")):
                continue
            opening = text.rfind(",", max(0, match.start() - APPOSITION_REACH), match.start())
            start = _one_person_before(text, opening, mixed_case) if opening >= 0 else None
            if start is None:
                continue
            claims.claim(*match.span("verb"))
            found.append(Figure(kind, SINGLE, start, match.end(), None, None, figure_cues(text, start, match.end()),
                                text[start:match.end()]))
    return found


def _one_person_before(text: str, opening: int, mixed_case: bool) -> Optional[int]:
    """Where the person named before the apposition's opening comma starts; None when the words there are no
    single person (an earlier apposition may sit between: "PEREZ, THE UNION LEADER, A FORMER MAYOR, DIED")."""
    items, joins = _items_before(text, opening)
    if not items or any("and" in join for join in joins):
        return None
    counted = _count_item([word for word, _ in items[0]], mixed_case)
    return items[0][0][1] if counted is not None and counted[0] == 1 else None
