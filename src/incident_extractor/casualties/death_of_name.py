"""One person's death named by a noun: "AFTER THE DEATH OF CARLOS GALAN, A GREAT LEADER", "CONCERNING DR JOSE
RODRIGUEZ PORTH'S DEATH", "Pizarro's death was a blow".

"the murder of X" has its rule (extra_rules.murder_of_name_figures); "death" takes a name only: two words or more
that read as a person's name (capitalised in mixed case; in capitals no function word, number, time, plural or
body: never "THE DEATH OF DEMOCRACY", "THE GOVERNMENT'S DEATH SQUADS"). Such a phrase names again a death the
article tells or recalls, so the figure is "restated": it counts only when nothing else does.
"""

from __future__ import annotations

import re

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.list_titles import is_plural_noun, modifies_a_noun, names_institution
from incident_extractor.casualties.victims import SINGLE
from incident_extractor.casualties.wire_named_objects import name_end

DEATH_OF = re.compile(r"(?<![\w'’-])death\s+of\s+", re.IGNORECASE)
NAME_S_DEATH = re.compile(r"(?<![\w'’-])(?P<name>[^\W\d_][\w.-]*)(?:['’][sS]|(?<=[sS])['’])\s+(?P<verb>death)(?![\w'’-])",
                          re.IGNORECASE)
CAPITALISED_NAME = re.compile(r"(?-i:[A-Z][\w'’.-]*)(?:\s+(?:(?:de|del|la|y|da|do|dos|van|von)\s+)?(?-i:[A-Z][\w'’.-]*)){1,4}")


def death_of_name_figures(text: str, claims: Claims) -> list[Figure]:
    found: list[Figure] = []
    if "death" not in claims.lowered:
        return found
    mixed_case = not text.isupper()
    for match in claims.scan(DEATH_OF, text):
        if claims.taken(*match.span()):
            continue
        end = _name_after(text, match.end(), mixed_case)
        if end is not None:
            found.append(_restated(text, match.start(), end, claims))
    for match in claims.scan(NAME_S_DEATH, text):
        if claims.taken(*match.span()) or modifies_a_noun(text, match.end("verb")):
            continue  # "THE GOVERNMENT'S DEATH SQUADS"
        if _one_person(match.group("name"), mixed_case):
            found.append(_restated(text, match.start(), match.end(), claims))
    return found


def _restated(text: str, start: int, end: int, claims: Claims) -> Figure:
    claims.claim(start, end)
    return Figure("killed", SINGLE, start, end, None, None, figure_cues(text, start, end) + ("restated",), text[start:end])


def _name_after(text: str, start: int, mixed_case: bool):
    if not mixed_case:
        return name_end(text, start)
    name = CAPITALISED_NAME.match(text, start)
    return name.end() if name else None


def _one_person(word: str, mixed_case: bool) -> bool:
    """The owner of "'s death" is one person: a name or a person noun, no plural, body or function word."""
    lowered = normalise_phrase(word)
    tables = patterns()
    if mixed_case and not word[:1].isupper():
        return False
    return not (lowered in tables["list_stop_words"] or is_plural_noun(lowered) or names_institution(lowered)
                or lowered in tables["not_name_words"])
