"""People named only by how many of them there were ("killing all three", "killing both", "all four of them"):
when the nearest noun before the verb names attackers ("engaged the gunmen, killing all three"), they are the
attackers, on top of the victims the text counts elsewhere ("one hostage died" + "all three" gunmen = 4)."""

from __future__ import annotations

import re
from dataclasses import replace

from incident_extractor.casualties.figures import Figure
from incident_extractor.casualties.lexicon import normalise_phrase, patterns

BARE_COUNT = re.compile(r"(?:all\s+(?:the\s+)?[\w'’-]+(?:\s+of\s+them)?|both(?:\s+of\s+them)?|all\s+of\s+them)",
                        re.IGNORECASE)
WORD = re.compile(r"[\w'’-]+")
LOOK_BACK = 60
PASSING_WORDS = {"and", "then", "later", "eventually", "finally", "subsequently", "also"}


def attackers_by_reference(text: str, figures: list[Figure]) -> list[Figure]:
    if not any(f.type == "killed" and f.victims is None and BARE_COUNT.fullmatch(f.item_text or "") for f in figures):
        return figures
    attackers = patterns()["attacker_heads"]
    result = []
    for figure in figures:
        if figure.type == "killed" and figure.victims is None and BARE_COUNT.fullmatch(figure.item_text or ""):
            noun = _noun_before(text, figure.start)
            if noun in attackers:
                cues = figure.cues + tuple(c for c in ("more", "attackers") if c not in figure.cues)
                figure = replace(figure, victims=noun, cues=cues)
        result.append(figure)
    return result


def _noun_before(text: str, start: int) -> str:
    """The last word before `start` in its sentence, past "and" / "then": "the gunmen, killing" -> "gunmen"."""
    words = [w.lower() for w in WORD.findall(text, max(0, start - LOOK_BACK), start)]
    while words and words[-1] in PASSING_WORDS:
        words.pop()
    return normalise_phrase(words[-1]) if words else ""
