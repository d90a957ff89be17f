"""The dead named by a participle used as an adjective: "WHO REPLACED THE ASSASSINATED CARLOS RUIZ", "the family
of the slain journalist", "REGARDING THE TWO MURDERED WOMEN".

One person after "the" or "his" (a person noun or a name: capitalised words in mixed case, words that are no
function words in capitals), or the count of a counted plural; never after "a" ("the funeral of a slain chief"
recalls a death of the past). Such a phrase mostly names again a death the
article tells in other words, so the figure is "restated": it counts only when nothing else does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.lexicon import alternation, normalise_phrase, patterns
from incident_extractor.casualties.numbers import number_phrase_pattern, parse_number
from incident_extractor.casualties.wire_tables import wire_tables
from incident_extractor.casualties.victims import SINGLE, is_plural_head

MAX_NAME_WORDS = 4


@lru_cache(maxsize=1)
def _participle_phrase() -> re.Pattern:
    participles = alternation(wire_tables()["killed_participles"])
    return re.compile(rf"(?<![\w'’-])(?:the|his|her|their|its)\s+(?:(?P<num>{number_phrase_pattern()})\s+)?"
                      rf"(?P<verb>{participles})\s+(?P<rest>(?:[\w'’.-]+\s+){{0,{MAX_NAME_WORDS}}}[\w'’.-]+)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _lowered_gate() -> re.Pattern:
    participles = alternation(wire_tables()["killed_participles"])
    return re.compile(rf"(?<![\w'’-])(?:the|his|her|their|its)\s+(?:[\w,-]+\s+)?(?:{participles})\s")


@lru_cache(maxsize=1)
def _gate_words() -> tuple[str, ...]:
    return tuple(wire_tables()["killed_participles"])


def participle_figures(text: str, claims: Claims) -> list[Figure]:
    found: list[Figure] = []
    if not claims.mentions_any(_gate_words()) or not _lowered_gate().search(claims.lowered):
        return found  # (a determiner, maybe a number word, then the participle: one search of the lowered text)
    mixed_case = not text.isupper()
    for match in claims.scan(_participle_phrase(), text):
        if claims.taken(*match.span("verb")):
            continue
        counted = _victims(match, mixed_case)
        if counted is None:
            continue
        number, victims, end = counted
        claims.claim(match.start("verb"), end)
        cues = figure_cues(text, match.start(), end) + ("restated",)
        found.append(Figure("killed", number, match.start(), end, victims, None, cues, text[match.start():end]))
    return found


def _victims(match: re.Match, mixed_case: bool):
    """(number, victim noun, end) of the people after the participle, or None."""
    tables = patterns()
    words = list(re.finditer(r"[\w'’.-]+", match.group("rest")))
    offset = match.start("rest")
    if match.group("num"):
        number = parse_number(match.group("num"))
        for word in words[:3]:  # "THE TWO MURDERED UNION LEADERS"
            if normalise_phrase(word.group(0)) in tables["plural_heads"] or is_plural_head(word.group(0)):
                return (number, word.group(0), offset + word.end()) if number and number.value else None
        return None
    for word in words[:3]:  # "the slain journalist", "THE MURDERED UNION LEADER"
        lowered = normalise_phrase(word.group(0))
        if lowered in tables["singular_heads"]:
            following = words[words.index(word) + 1:words.index(word) + 2]
            if following and is_plural_head(following[0].group(0)):
                return None  # "THE MURDERED JESUIT PRIESTS": a modifier of a plural
            return SINGLE, word.group(0), offset + word.end()
        if lowered in tables["list_stop_words"] or lowered in tables["plural_heads"]:
            break
    name = _name_after(words, mixed_case)
    return (SINGLE, None, offset + name.end()) if name is not None and words.index(name) >= 1 else None


def _name_after(words: list[re.Match], mixed_case: bool):
    """The last word of the name the words start with (two words at least, capitalised in mixed case), or None."""
    tables, last = patterns(), None
    for word in words[:MAX_NAME_WORDS]:
        text = word.group(0)
        lowered = normalise_phrase(text)
        if (lowered in tables["list_stop_words"] or lowered in tables["verb_words"] or parse_number(lowered) is not None
                or (mixed_case and not text[:1].isupper()) or lowered in tables["plural_heads"]):
            break
        last = word
    return last
