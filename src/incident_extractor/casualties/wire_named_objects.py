"""One person named after an active verb in wire text written in capitals: "GUNMEN TODAY KILLED ANGELA DE TORO,
WIFE OF A COLONEL", "ACCUSED THE FRONT OF MURDERING ANA ISABEL MENA", "A BOMB WENT OFF, INJURING JUAN MENA".

Mixed-case text finds such names by their capitals (extra_rules.named_figures); in capitals a name is a run of
two to six words that are no function words, numbers, verbs of the lexicon or plural nouns, through the short
words of Spanish names ("DE", "DEL", "Y"), never ending in a body ("THE ARMY COMMAND") or a plural noun
("UNION ACTIVISTS": the singular is a person noun).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.gates import rule_starts
from incident_extractor.casualties.lexicon import alternation, normalise_phrase, patterns
from incident_extractor.casualties.list_titles import is_plural_noun, names_institution
from incident_extractor.casualties.numbers import parse_number
from incident_extractor.casualties.wire_tables import wire_tables
from incident_extractor.casualties.victims import SINGLE

DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?:the|a|an|his|her|their|its|these|those)\s+$", re.IGNORECASE)
NAME_WORD = re.compile(r"[\w'’.-]+|[^\w\s]")
MIN_NAME_WORDS, MAX_NAME_WORDS = 2, 6


@lru_cache(maxsize=1)
def _particles() -> frozenset:
    return frozenset(wire_tables()["name_particles"])


@lru_cache(maxsize=1)
def _killing_verb() -> re.Pattern:
    verbs = [verb for verb, kind in patterns()["types"]["active"].items() if kind in ("killed", "injured")]
    return re.compile(rf"(?<![\w'’-])(?P<verb>{alternation(verbs)})\s+", re.IGNORECASE)


def wire_named_object_figures(text: str, claims: Claims) -> list[Figure]:
    found: list[Figure] = []
    if not text.isupper():
        return found
    tables = patterns()
    if not claims.may_match("active"):
        return found
    for match in claims.scan_from(_killing_verb(), text, rule_starts()["active"]):
        verb_end = match.end("verb")
        if claims.taken(match.start("verb"), verb_end):
            continue
        before = (text, max(0, match.start() - 30), match.start())
        if (tables["aux_before"].search(*before) or tables["unreal_before"].search(*before)
                or DETERMINER_BEFORE.search(*before)):
            continue  # (nor "THE MAIMED FIGHTERS": a participle as an adjective)
        end = name_end(text, verb_end)
        if end is None:
            continue
        claims.claim(match.start("verb"), end)
        kind = tables["types"]["active"][normalise_phrase(match.group("verb"))]
        # (restated: such a name is as often a killing recalled, "THE SAME MEN WHO KILLED ARCHBISHOP X")
        found.append(Figure(kind, SINGLE, match.start("verb"), end, None, None,
                            figure_cues(text, match.start("verb"), end) + ("restated",), text[match.start("verb"):end]))
    return found


def name_end(text: str, start: int) -> Optional[int]:
    """Where the name right after `start` ends, or None when no name of two words or more starts there."""
    tables, words, end = patterns(), [], None
    for token in NAME_WORD.finditer(text, start, min(len(text), start + 80)):
        word = token.group(0).rstrip(".") if not token.group(0).endswith("..") else token.group(0)
        lowered = word.lower()
        if lowered in _particles() and words:
            words.append(lowered)
            continue
        if (not word[:1].isalpha() or lowered in tables["list_stop_words"] or lowered in tables["verb_words"]
                or lowered in tables["not_name_words"] or lowered in _time_words() or parse_number(lowered) is not None
                or len(words) == MAX_NAME_WORDS):
            break
        if is_plural_noun(lowered) or lowered.endswith(("'", "’", "'s", "’s")):
            return None  # "UNION ACTIVISTS", "GOVERNMENT TROOPS": people of unknown number; "X'S SON": someone else
        words.append(lowered)
        end = token.end()
    while words and words[-1] in _particles():
        words.pop()
    if len(words) < MIN_NAME_WORDS or not _ends_a_name(words[-1]):
        return None
    return end


def _ends_a_name(word: str) -> bool:
    return not (names_institution(word) or word in patterns()["non_victims"])


@lru_cache(maxsize=1)
def _time_words() -> frozenset:
    return frozenset(wire_tables()["time_words"]) | frozenset(wire_tables()["lone_time_adverbs"]) | {"last", "next", "early", "late"}
