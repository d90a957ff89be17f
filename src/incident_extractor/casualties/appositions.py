"""One named person before an apposition the other rules cannot read through: "ORLANDO GOMEZ, A STREET VENDOR, WAS
KILLED", "Ana Ruiz, 45, was shot dead", "Tom Baker, an aid worker, is killed by his captors" (the present tense
of short reports), "Omar Farah, a former minister, died in the blast", "Eli Dror, a settler, was kidnapped and
murdered" (the kidnapping figure here, its killing from anaphora.py)."""

from __future__ import annotations

import re

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.named_lists import MURDER_OF, NOBODY
from incident_extractor.casualties.victims import SINGLE

SINGULAR_AUX = {"was", "has been", "had been", "is"}


def apposition_figures(text: str, claims: Claims) -> list[Figure]:
    """"ORLANDO GOMEZ, A STREET VENDOR, WAS KILLED", "Ana Ruiz, 45, was shot dead": one person, whose name sits
    before an apposition the other rules cannot read through."""
    tables, found = patterns(), []
    if "," not in text or not any(word in claims.lowered for word in (" been", " was", " is ", " died")):
        return found
    for match in claims.scan_once("passive_any", text):
        aux = normalise_phrase(match.group("aux") or "")
        if not match.group("comma"):
            continue
        if match.group("dying"):
            # "Omar Farah, a former minister, died in the blast": "died" has no number of its own, the name says one
            if text.isupper() or not named_before(text, match.start(), match.group(0)):
                continue
            verb, kind = "dying", "killed"
        elif aux in SINGULAR_AUX:
            verb = "verb"
            kind = tables["types"]["passive"].get(normalise_phrase(match.group("verb")))
        else:
            continue
        # (a kidnapping too: "Eli Dror, a settler, was kidnapped and murdered" reads its killing from it, anaphora.py)
        if kind not in ("killed", "injured", "kidnapped") or claims.taken(*match.span(verb)):
            continue
        if NOBODY.search(text, max(0, match.start() - 150), match.start()):
            continue  # "none of the priests and refugees, who had fled, was hurt"
        claims.claim(*match.span(verb))
        start = match.start(verb if verb == "dying" else "aux")
        cues = figure_cues(text, start, match.end())
        if MURDER_OF.search(text, max(0, match.start() - 120), match.start()):
            cues += ("restated",)  # "condemned the murder of Colonel X, who was killed ...": the same person
        found.append(Figure(kind, SINGLE, start, match.end(), None, None, cues, text[start:match.end()]))
    return found


# the word that names the person (a capitalised name or a victim noun), right before the comma of the apposition
# (or of "who")
NAME_BEFORE_COMMA = re.compile(r"(?<![\w'’-])[\w'’.-]+\s*$")
APPOSITION_WINDOW = 120


def named_before(text: str, comma: int, matched: str) -> bool:
    """A capitalised name ends right before the apposition that ends at `comma` ("Omar Farah, a former minister,
    died"), or right before `comma` itself when a relative clause follows ("Omar Farah, who was ..., died" once the
    relative clause is blanked)."""
    if "who" in matched.lower():
        opening = comma
    else:
        opening = text.rfind(",", max(0, comma - APPOSITION_WINDOW), comma)
        if opening < 0 or any(c.isdigit() for c in text[opening:comma]):
            return False
    name = NAME_BEFORE_COMMA.search(text, max(0, opening - 40), opening)
    if name is None:
        return False
    word = name.group(0).strip().lower().strip(".")
    tables = patterns()
    if word in tables["singular_heads"]:
        return True  # "the driver, Ali Musa, died"
    return (name.group(0)[:1].isupper() and word not in tables["list_stop_words"] and word not in tables["not_name_words"]
            and word not in tables["plural_heads"] and not (word.endswith("s") and not word.endswith("ss")))
