"""A subject apart from "died" / "die(s)" (no auxiliary to find, so extra_rules.distant_figures cannot read it): "Two police
officers guarding a church in Malindi died after being shot" = 2, "A five-year-old girl from the village died" = 1.
The gap between them obeys the same tests as distant_figures' (no number, comma or bracket, no second clause)."""

from __future__ import annotations

import re
from functools import lru_cache

from incident_extractor.casualties.extra_rules import (AGE_IN_GAP, COORDINATED_END, GAP_BREAK, NAME_AND,
                                                      RELATIVE_START)
from incident_extractor.casualties.figures import Claims, Figure, emit_groups
from incident_extractor.casualties.lexicon import patterns
from incident_extractor.casualties.victims import victim_groups
from incident_extractor.nlp.regex_cache import cached_re


# "Up to 30 people may have died", "two guards did not die": no death reported
TO_END = re.compile(r"\bto\s*$", re.IGNORECASE)  # "Two men who vowed to die": no death
ALSO = re.compile(r"\balso\b", re.IGNORECASE)
MODAL = re.compile(r"\b(?:may|might|could|would|should|must|will|can|cannot|not|never|feared|likely)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _distant_died() -> re.Pattern:
    """A counted plural or "a/an" + a singular victim noun, a gap of up to ten words, then "died" (or "die")."""
    src = patterns()["sources"]
    return cached_re.compile(
        rf"(?<![\w'’-])(?P<subj>(?:(?:the|all)\s+)?(?:{src['number']})\s+(?:(?:other|more)\s+)?"
        rf"(?:(?:{src['modifier']})\s+){{0,3}}(?:{src['plural_heads']})|an?\s+(?:(?:{src['modifier']})\s+){{0,3}}"
        rf"(?:{src['singular_heads']}))(?P<gap>(?:\s+[^\s.;:]+){{1,10}}?)\s+"
        rf"(?:(?:later|also|subsequently|eventually|reportedly)\s+)?(?P<verb>died|perished|dies|die)(?![\w'’-])",
        re.IGNORECASE)


def distant_died_figures(text: str, claims: Claims) -> list[Figure]:
    found: list[Figure] = []
    if "die" not in claims.lowered and "perished" not in claims.lowered:
        return found
    pattern = _distant_died()
    for match in claims.scan_items(pattern, text, "distant_died"):
        while match is not None and not _clean_gap(match, claims):
            # "Two men were hurt and a woman in the car died": a later subject inside the rejected match
            match = pattern.search(text, match.start() + 1, match.end())
        if match is not None:
            groups = victim_groups(text, *match.span("subj"))
            # "In the attack also two students riding a bus die": people on top of a figure told before
            also = ("more",) if ALSO.search(text, max(0, match.start() - 12), match.start("verb")) else ()
            found += emit_groups(text, groups[:1], "killed", match.span("verb"), claims, verb_first=False,
                                 extra_cues=also)
    return found


def _clean_gap(match, claims: Claims) -> bool:
    gap = AGE_IN_GAP.sub(" ", match.group("gap"))
    gap = NAME_AND.sub(r"\1 ", RELATIVE_START.sub("", COORDINATED_END.sub("", gap)))
    return not (claims.taken(*match.span("verb")) or GAP_BREAK.search(gap) or patterns()["number_in_gap"].search(gap)
                or MODAL.search(gap) or TO_END.search(gap))
