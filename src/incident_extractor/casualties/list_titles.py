"""Titles inside lists of named victims (casualties/named_lists.py).

"SENATOR AND PRESIDENTIAL CANDIDATE LUIS GALAN", "reporter and photographer Ana Ruiz": a bare title joined by
"and" to a titled name is that person's first title, not a second victim. "his companion Gilda Flores" is one
person named by a title after a determiner. Wire text in capitals writes a
person's titles and both surnames ("POLICE COMMANDER COLONEL JUAN PEREZ GOMEZ"), so an item there may hold more
words than in mixed case.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional, Sequence

from incident_extractor.casualties.lexicon import patterns
from incident_extractor.casualties.numbers import parse_number
from incident_extractor.casualties.wire_tables import wire_tables
from incident_extractor.casualties.context import is_demonym

MAX_ITEM_WORDS = 5  # mixed case: "reporter Luis Garcia Lopez"
MAX_CAPS_ITEM_WORDS = 7  # capitals: "ANTIOQUIA POLICE COMMANDER COLONEL JUAN PEREZ"


def item_words_limit(mixed_case: bool) -> int:
    return MAX_ITEM_WORDS if mixed_case else MAX_CAPS_ITEM_WORDS


def shares_title(items: Sequence[Sequence[tuple[str, int]]], joins: Sequence[str], index: int, kind: str,
                 count_item: Callable[[list[str]], Optional[tuple[int, str]]]) -> bool:
    """The item at `index` is a bare title ("SENATOR") joined by "and" to the next item, which names a person
    ("PRESIDENTIAL CANDIDATE LUIS GALAN")."""
    if kind != "title" or index + 1 >= len(items) or joins[index] != "and":
        return False
    following = count_item([word for word, _ in items[index + 1]])
    return following is not None and following[1] == "name"


def titles_a_name(words: Sequence[str], mixed_case: bool) -> bool:
    """"companion Gilda Flores", "COMPANION GILDA FLORES" (after "his"): a person noun, then a name of one to three
    words (capitalised in mixed case)."""
    if len(words) < 2 or len(words) > 4 or words[0].lower() not in patterns()["singular_heads"]:
        return False
    return not mixed_case or all(word[:1].isupper() for word in words[1:])


def names_institution(head: str) -> bool:
    """In capitals, the last word of a run that names a body or a thing, not a person ("LOGISTICS DEPARTMENT",
    "PROPERTY DAMAGE")."""
    return head.lower() in _institution_words()


@lru_cache(maxsize=1)
def _institution_words() -> frozenset:
    return frozenset(wire_tables()["not_a_person_last_words"])


PLURAL_NEXT = re.compile(r"\s+([\w'’-]+)")


def plural_follows(text: str, end: int) -> bool:
    """The word right after `end` is a plural noun: "THE JESUIT | PRIESTS", "a police | officers' union"."""
    following = PLURAL_NEXT.match(text, end)
    return following is not None and is_plural_noun(following.group(1).lower().rstrip("'’"))  # (or "FIGHTERS'")


def is_plural_noun(word: str) -> bool:
    """A known plural, a people ("SALVADORANS") or the plural of a person noun ("ACTIVISTS"); never a surname that
    only ends in -s ("TORRES")."""
    tables = patterns()
    singular = word[:-1] if word.endswith("s") else ""
    return word in tables["plural_heads"] or (is_demonym(word) and word.endswith("s")) or singular in tables["singular_heads"]


def modifies_a_noun(text: str, end: int) -> bool:
    """The killing noun ending at `end` modifies the next word: "ASSASSINATION | THREATS", "murder | plot"."""
    following = PLURAL_NEXT.match(text, end)
    return following is not None and following.group(1).lower() in _compounds()


@lru_cache(maxsize=1)
def _compounds() -> frozenset:
    return frozenset(wire_tables()["killing_noun_compounds"])


def counted_of_group(words: Sequence[str]) -> Optional[tuple[int, str]]:
    """(N, "count") for "two of her bodyguards", "THREE OF THE GUARDS" (lower-cased words): N people of a group."""
    if len(words) < 4 or words[1] != "of" or words[2] not in ("his", "her", "their", "the", "its"):
        return None
    number = parse_number(words[0])
    return (number.value, "count") if number is not None and number.value and number.value > 1 else None
