"""Lists of named people before a plural passive verb: "REPORTER ROBERTO NAVAS AND LUIS GALDAMEZ WERE KILLED",
"his bodyguard and driver were also killed", "a colonel, a judge and Senator Ana Ruiz were murdered".

The victim-list pattern counts numbers and article phrases; a name ("Luis Galdamez") or a bare title ("driver")
is no victim phrase there. Regexes find the verb only; the list before it is read right to left in plain Python,
one item per separator, which stays cheap (a few plural passive verbs per article) and needs no backtracking.
"""

from __future__ import annotations

import re
from typing import Optional

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.numbers import ParsedNumber, parse_number
from incident_extractor.casualties.victims import names_person

# how far before its verb a list may start
LIST_WINDOW = 220
MAX_ITEM_WORDS = 5
TOKEN = re.compile(r"[\w'’.-]+|[,;:()\[\]\"]")
DETERMINERS = ("a", "an", "the", "his", "her", "their", "its")
SEPARATORS = {",", "and"}
DYING = {"died", "perished", "lost their lives", "died instantly"}


def named_list_figures(text: str, claims: Claims) -> list[Figure]:
    tables, found = patterns(), []
    mixed_case = not text.isupper()
    for match in claims.scan(tables["named_list_verb"], text):
        if claims.taken(*match.span("verb")):
            continue
        if not match.group("aux") and normalise_phrase(match.group("verb")) not in DYING:
            continue  # "X and Y killed ..." may be active
        listed = _read_list(text, match.start(), mixed_case)
        if listed is None:
            continue
        start, count = listed
        claims.claim(start, match.end("verb"))
        number = ParsedNumber(count, count, count, "exact")
        kind = tables["types"]["passive"].get(normalise_phrase(match.group("verb")), "killed")
        found.append(Figure(kind, number, start, match.end("verb"), None, None,
                            figure_cues(text, start, match.end("verb")), text[start:match.start()]))
    return found


def _read_list(text: str, end: int, mixed_case: bool) -> Optional[tuple[int, int]]:
    """(start, people) of the list ending at `end`, when it names at least one person by name or bare title."""
    window_start = max(0, end - LIST_WINDOW)
    tokens = [(m.group(0), m.start() + window_start) for m in TOKEN.finditer(text[window_start:end])]
    items: list[list[tuple[str, int]]] = [[]]
    joins: list[str] = []
    while tokens and tokens[-1][0] == ",":
        tokens.pop()  # "A, B, and C, were killed"
    tokens = _without_ages(tokens)
    for word, position in reversed(tokens):
        lowered = word.lower()
        if lowered in SEPARATORS:
            if not items[-1]:
                if lowered == "," and joins and joins[-1] == "and":
                    joins[-1] = ", and"  # "A, B, and C"
                    continue
                return None
            joins.append(lowered)
            items.append([])
            continue
        if not _is_list_word(word):
            break
        items[-1].insert(0, (word, position))
    if items and not items[-1]:
        items.pop()
        joins = joins[:len(items) - 1]
    if len(items) < 2 or not any("and" in j for j in joins[:1]):
        return None  # the last join, read first, must be "and": "X and Y", "X, Y and Z"
    items.reverse()
    joins.reverse()
    counts, has_name = [], False
    # the first item may be a clause word run ("LAST NIGHT, ..."): trust it only when it reads as a person
    for index, item in enumerate(items):
        words = [w for w, _ in item]
        counted = _count_item(words, mixed_case)
        if counted is None and index == 0 and joins[0] == ",":
            items, joins = items[1:], joins[1:]
            continue
        if counted is None:
            return None
        people, named = counted
        counts.append(people)
        has_name = has_name or named
    if len(counts) < 2 or not has_name:
        return None
    return items[0][0][1], sum(counts)


def _without_ages(tokens: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Drop an age between commas after a name: "Ana Ruiz, 42, and her son" reads "Ana Ruiz, and her son"."""
    kept: list[tuple[str, int]] = []
    for index, token in enumerate(tokens):
        is_age = (token[0].isdigit() and len(token[0]) <= 3 and kept and kept[-1][0] == ","
                  and index + 1 < len(tokens) and tokens[index + 1][0] in (",", ";"))
        if is_age:
            kept.pop()
            continue
        kept.append(token)
    return kept


def _is_list_word(word: str) -> bool:
    tables = patterns()
    lowered = word.lower().strip(".")
    if not lowered or lowered in tables["list_stop_words"] or lowered in tables["not_name_words"]:
        return lowered in DETERMINERS or lowered in ("one", "of") or parse_number(lowered) is not None
    return not word[:1].isdigit() or parse_number(word) is not None


def _count_item(words: list[str], mixed_case: bool) -> Optional[tuple[int, bool]]:
    """(people, named) of one item: "his driver" (1), "two other people" (2), "Luis Galdamez" (1, named)."""
    tables = patterns()
    lowered = [w.lower() for w in words]
    if lowered[:3] in (["one", "of", "his"], ["one", "of", "her"], ["one", "of", "their"], ["one", "of", "the"]):
        return (1, False) if len(words) > 3 else None
    if "of" in lowered or len(words) > MAX_ITEM_WORDS:
        return None
    head = lowered[-1]
    if lowered[0] in DETERMINERS:
        rest = lowered[1:]
        if not rest or any(w in DETERMINERS for w in rest) or head in tables["plural_heads"]:
            return None
        # "his driver", "a police colonel", "the mayor": one person, told by a person noun
        return (1, False) if names_person(head) or head in tables["singular_heads"] else None
    number = parse_number(lowered[0])
    if number is not None:
        return (number.value, False) if number.value and len(words) > 1 else None
    if any(w in DETERMINERS for w in lowered) or head in tables["plural_heads"] or head in tables["non_victims"]:
        return None
    if mixed_case:
        # a name: capitalised words, after an optional lower-case title ("reporter Luis Galdamez")
        titles = [w for w in words if not w[:1].isupper()]
        if any(t.lower() not in tables["singular_heads"] for t in titles):
            return None
        if len(words) == 1 and head.endswith("s") and not head.endswith("ss"):
            return None  # "Americans", "Kurds"
        return 1, True
    # all caps: a bare title ("DRIVER"), a titled name ("REPORTER ROBERTO NAVAS") or a name of two words or more
    if len(words) == 1:
        return (1, True) if head in tables["singular_heads"] else None
    return 1, True
