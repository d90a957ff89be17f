"""Lists of people whose items are cut by semicolons, each item a name with its apposition:
"THE MAYOR'S SON, JUAN; PEDRO MENA, THE TOWN SECRETARY; AND BODYGUARD LUIS TORO, WERE ALSO KILLED" (3),
"A BOMB WENT OFF, KILLING ANA TORO, 42; ROSA MENA, 19; A BOY KNOWN AS PEPE; LUIS PAZ, AND A GUARD WHO DIED
LATER" (5).

The commas inside the items are appositions and ages, so the comma lists of named_lists.py cannot read them;
here the semicolons tell the people apart: one person per item (a counted item gives its number), and the last
item may still join a second person with "and". Two semicolons at least, and every item must read as a person
(a name, a title, a determiner and a noun, a number and a noun), never as a clause ("X DIED; Y WAS HURT").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.list_titles import names_institution
from incident_extractor.casualties.numbers import ParsedNumber, parse_number

MIN_SEMICOLONS = 2
LIST_REACH = 300  # how far from its verb such a list may run
MAX_ITEM_WORDS = 12
WORD = re.compile(r"[\w'’.-]+")
LAST_AND = re.compile(r",?\s+and\s+", re.IGNORECASE)
LEADING_AND = re.compile(r"^\s*and\s+", re.IGNORECASE)
ALSO = re.compile(r"\balso\b", re.IGNORECASE)
# what ends a list after its verb: the end of the sentence, or a relative pronoun or verb after the last item's head
AFTER_END = re.compile(r"[.!?]|\s(?:who|which|that|when|while|in|at|on|after|as)\s", re.IGNORECASE)
SINGULAR_DETERMINERS = ("a", "an", "the", "his", "her", "their", "its", "another")
VERB_FORM = re.compile(r"..(?:ed|ing)$")
# "..., AND A POLICE OFFICIAL WHO DIED AT THE CLINIC": the last item's own verb tells the same death again
RELATIVE_DEATH = re.compile(r"\s+who\s+(?:[\w'’-]+\s+){0,2}?(?:died|was\s+killed|perished)(?![\w'’-])", re.IGNORECASE)


def semicolon_list_figures(text: str, claims: Claims) -> list[Figure]:
    found: list[Figure] = []
    if text.count(";") < MIN_SEMICOLONS:
        return found
    tables = patterns()
    for match in claims.scan_once("passive_any", text):
        verb = "verb" if match.group("verb") else "dying"
        if match.group("and") or match.group("and2") or claims.taken(*match.span(verb)):
            continue
        start = max(text.rfind(".", 0, match.start()) + 1, match.start() - LIST_REACH, 0)
        count = _people(text[start:match.start()], before_verb=True)
        if count is None:
            continue
        kind = tables["types"]["passive"].get(normalise_phrase(match.group(verb)), "killed")
        also = ("more",) if ALSO.search(text, match.start(), match.start(verb)) else ()
        found.append(_figure(text, kind, count, start + len(text[start:match.start()]) - len(text[start:match.start()].lstrip()),
                             match.end(verb), claims, also))
    for match in claims.scan_rule("named_list_head", text):
        if claims.taken(*match.span("verb")) or ";" not in text[match.end():match.end() + LIST_REACH]:
            continue
        end = _end_after(text, match.end())
        count = _people(text[match.end():end], before_verb=False)
        if count is None:
            continue
        kind = tables["types"]["active"].get(normalise_phrase(match.group("verb")), "killed")
        relative = RELATIVE_DEATH.match(text, end)
        if relative:
            claims.claim(end, relative.end())
        found.append(_figure(text, kind, count, match.start(), end, claims, ()))
    return found


def _figure(text: str, kind: str, count: int, start: int, end: int, claims: Claims, extra: tuple) -> Figure:
    claims.claim(start, end)
    return Figure(kind, ParsedNumber(count, count, count, "exact"), start, end, None, None,
                  figure_cues(text, start, end) + extra, text[start:end])


def _end_after(text: str, start: int) -> int:
    """Where a list after its verb ends: at the sentence's end, or after the last item's first clause word."""
    last = text.rfind(";", start, start + LIST_REACH)
    stop = AFTER_END.search(text, last + 1)
    return stop.start() if stop else len(text)


def _people(region: str, before_verb: bool) -> Optional[int]:
    """The number of people of a semicolon list (None when `region` is no such list)."""
    items = [item.strip().rstrip(",").strip() for item in region.split(";")]
    if len(items) < MIN_SEMICOLONS + 1:
        return None
    items[-1] = LEADING_AND.sub("", items[-1])
    if before_verb:
        # the first item starts where the list does: after the last clause word before it
        items[0] = _list_start(items[0])
    total = 0
    for index, item in enumerate(items):
        parts = LAST_AND.split(item) if index == len(items) - 1 else [item]
        for part in parts:
            people = _people_of(part)
            if people is None:
                return None
            total += people
    return total


def _list_start(item: str) -> str:
    """The tail of the first item that can open a list of people (after "... SAID THAT", "MEANWHILE,")."""
    words = list(WORD.finditer(item))
    tables = patterns()
    for at in range(len(words) - 1, -1, -1):
        lowered = words[at].group(0).lower()
        if lowered in tables["list_stop_words"] and lowered not in SINGULAR_DETERMINERS:
            return item[words[at].end():].strip(" ,")
    return item


@lru_cache(maxsize=1)
def _one_word_verbs() -> frozenset:
    types = patterns()["types"]
    return frozenset(v for kind in ("passive", "active") for v in types[kind] if " " not in v) | {"is", "was", "were", "are"}


def _people_of(item: str) -> Optional[int]:
    """People named by one item: its number when it starts with one, else 1; None when it reads as a clause."""
    words = [w.lower().strip(".") for w in WORD.findall(item)]
    if not words or len(words) > MAX_ITEM_WORDS:
        return None
    tables = patterns()
    if any(w in _one_word_verbs() or VERB_FORM.search(w) and w not in tables["ed_adjectives"] for w in words) or (
            words[0] in ("who", "which", "that", "and", "or") or names_institution(words[-1])):
        return None  # a clause ("THE ARMY RESPONDED"), or a body ("THE TOWN COUNCIL")
    number = parse_number(words[0])
    if number is not None and number.value and number.value > 1 and len(words) > 1:
        return number.value
    if words[0] in tables["list_stop_words"] and words[0] not in SINGULAR_DETERMINERS:
        return None
    return 1
