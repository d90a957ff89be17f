"""Verbs that take things as readily as people: "A NEWSPAPER WAS BLOWN UP" reports no death.

A figure of such a verb counts only when its subject names people: a victim noun or a person noun ("two
soldiers were blown up by a mine"), a nationality, a pronoun, or a bare number ("three were blown up").
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_extractor.casualties.figures import Figure
from incident_extractor.casualties.context import is_demonym
from incident_extractor.casualties.lexicon import alternation, normalise_phrase, patterns
from incident_extractor.casualties.numbers import parse_number
from incident_extractor.casualties.wire_tables import wire_tables

PRONOUNS = {"he", "she", "they", "i", "we", "you", "both", "all", "none", "one"}


@lru_cache(maxsize=1)
def _verb_at_end() -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])(?:{alternation(wire_tables()['person_only_verbs'])})\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _gate_words() -> tuple[str, ...]:
    return tuple(phrase.split()[0].lower() for phrase in wire_tables()["person_only_verbs"])


def drop_things(text: str, lowered: str, figures: list[Figure]) -> list[Figure]:
    """`figures` without those of a person-only verb whose subject is a thing (`lowered`: the text in lower case,
    for a cheap test before any pattern)."""
    if not figures or not any(word in lowered for word in _gate_words()):
        return figures
    return [f for f in figures if not _names_a_thing(text, f)]


def _names_a_thing(text: str, figure: Figure) -> bool:
    if figure.type != "killed" or not _verb_at_end().search(text, figure.start, figure.end):
        return False
    if figure.victims is not None:
        return not _names_people(figure.victims)
    first = text[figure.start:figure.end].split(None, 1)[0].lower()
    return not (first in PRONOUNS or parse_number(first) is not None or _names_people(first))


def _names_people(head: str) -> bool:
    """A victim noun, a nationality or a person noun by its ending; not "-ant", which also ends a restaurant or a
    power plant, the things most often blown up."""
    tables, word = patterns(), normalise_phrase(head)
    return (word in tables["singular_heads"] or word in tables["plural_heads"] or is_demonym(word)
            or word.endswith(tuple(s for s in tables["person_suffixes"] if s != "ant")))
