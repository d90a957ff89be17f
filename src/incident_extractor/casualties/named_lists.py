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
from incident_extractor.casualties.list_titles import counted_of_group, item_words_limit, names_institution, shares_title, titles_a_name
from incident_extractor.casualties.numbers import ParsedNumber, parse_number
from incident_extractor.casualties.victims import SINGLE, is_plural_head, names_person

LIST_WINDOW = 220  # how far before its verb a list may start
AFTER_WINDOW = 160  # a list after its verb: names come first, so its "and" is never far
TOKEN = re.compile(r"[\w'’.-]+|[,;:()\[\]\"]")  # (TOKEN.finditer(text, start, end) keeps offsets)
DETERMINERS = ("a", "an", "the", "his", "her", "their", "its", "another")
COUNT_MODIFIERS = ("other", "more")  # "two other people": a count item may hold one right after its number
SEPARATORS = {",", ";", "and"}  # (";" between items that hold commas: "A, a driver; B, a guard; and C")
VERB_FORM = re.compile(r"(?:ed|ing)$")
MURDER_OF = re.compile(r"\b(?:murder|killing|assassination|death|slaying)\s+of\b", re.IGNORECASE)
NOBODY = re.compile(r"\b(?:none|no\s+one|nobody|neither|not\s+one)\b", re.IGNORECASE)
PLURAL_AUX = {"were", "have been", "had been", "are"}
# a time adverbial between the verb and its list: "ASSASSINATED IN LESS THAN 48 HOURS A, B AND C"
TIME_ADVERBIAL = re.compile(r"(?:in|within|during|over|on|last|this|yesterday)(?:\s+[\w'’-]+){0,4}?\s+(?:hours|days|weeks|"
                            r"months|night|morning|afternoon|evening|weekend|year)\s*,?\s+", re.IGNORECASE)


def named_list_figures(text: str, claims: Claims) -> list[Figure]:
    tables, found = patterns(), []
    if " and" not in claims.lowered:
        return found  # every list this rule reads ends with "and"
    mixed_case = not text.isupper()
    for match in claims.scan_once("passive_any", text):
        verb = "verb" if match.group("verb") else "dying"
        if match.group("and") or match.group("and2") or claims.taken(*match.span(verb)):
            continue
        if verb == "verb" and normalise_phrase(match.group("aux")) not in PLURAL_AUX:
            continue
        if claims.lowered.find(" and ", max(0, match.start() - LIST_WINDOW), match.start()) < 0:
            continue
        items, joins = _items_before(text, match.start())
        listed = _count_items(items, joins, mixed_case, loose_first=True, closed=bool(match.group("comma")))
        if listed is None:
            continue
        start, count = listed
        kind = tables["types"]["passive"].get(normalise_phrase(match.group(verb)), "killed")
        found.append(_figure(text, kind, count, start, match.end(verb), claims))
    for match in claims.scan_rule("named_list_head", text):
        before = (text, max(0, match.start() - 30), match.start())
        if claims.lowered.find(" and ", match.end(), match.end() + AFTER_WINDOW) < 0:
            continue
        if claims.taken(*match.span("verb")):
            continue
        if tables["aux_before"].search(*before) or tables["unreal_before"].search(*before):
            continue
        adverbial = TIME_ADVERBIAL.match(text, match.end())
        items, joins = _items_after(text, adverbial.end() if adverbial else match.end())
        # after "the murders of" any list of people counts: "the murders of the governor, a judge and the commander"
        nominal = match.group("verb")[-2:].lower() == "of"
        listed = _count_items(items, joins, mixed_case, loose_first=False, needs_name=not nominal)
        if listed is None:
            continue
        count, end = listed[1], items[-1][-1][1] + len(items[-1][-1][0])
        kind = tables["types"]["active"].get(normalise_phrase(match.group("verb")), "killed")
        found.append(_figure(text, kind, count, match.start(), end, claims))
    return found


def _figure(text: str, kind: str, count: int, start: int, end: int, claims: Claims) -> Figure:
    claims.claim(start, end)
    return Figure(kind, ParsedNumber(count, count, count, "exact"), start, end, None, None,
                  figure_cues(text, start, end), text[start:end])


Item = list[tuple[str, int]]


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """Words and punctuation with their offsets; a sentence's final full stop is punctuation ("son."), a dotted
    abbreviation's is not ("U.S.")."""
    tokens = []
    for match in TOKEN.finditer(text, start, end):
        word = match.group(0)
        if len(word) > 1 and word.endswith(".") and "." not in word[:-1]:
            tokens += [(word[:-1], match.start()), (".", match.end() - 1)]
        else:
            tokens.append((word, match.start()))
    return tokens


def _items_before(text: str, end: int) -> tuple[list[Item], list[str]]:
    """The items and joins of the list ending at `end`, read right to left, returned in text order."""
    tokens = _tokens(text, max(0, end - LIST_WINDOW), end)
    items: list[Item] = [[]]
    joins: list[str] = []
    while tokens and tokens[-1][0] == ",":
        tokens.pop()  # "A, B, and C, were killed"
    tokens = _without_ages(tokens)
    for word, position in reversed(tokens):
        lowered = word.lower()
        if lowered in SEPARATORS:
            if not items[-1]:
                if lowered in (",", ";") and joins and joins[-1] == "and":
                    joins[-1] = lowered + " and"  # "A, B, and C"
                    continue
                return [], []
            joins.append(lowered)
            items.append([])
            continue
        if not _is_list_word(word):
            break
        items[-1].insert(0, (word, position))
    if not items[-1]:
        items.pop()
        joins = joins[:len(items) - 1]
    return items[::-1], joins[::-1]


def _items_after(text: str, start: int) -> tuple[list[Item], list[str]]:
    """The items and joins of the list starting at `start` ("killed A, B and C in ..."), read left to right."""
    tokens = _tokens(text, start, min(len(text), start + AFTER_WINDOW))
    items: list[Item] = [[]]
    joins: list[str] = []
    for word, position in _without_ages(tokens):
        lowered = word.lower()
        if lowered == "of" and not items[-1] and joins and "and" in joins[-1]:
            continue  # "the murder of A and of B": the of repeated
        if lowered in COUNT_MODIFIERS and len(items[-1]) == 1 and parse_number(items[-1][0][0]) is not None:
            items[-1].append((word, position))  # "A and two other people"
            continue
        if lowered in SEPARATORS:
            if not items[-1]:
                if lowered == "and" and joins and joins[-1] == ",":
                    joins[-1] = ", and"
                    continue
                break
            if joins and "and" in joins[-1]:
                break  # the list ended with its "and" item: "killed A and B, who ..."
            joins.append(lowered)
            items.append([])
            continue
        if not _is_list_word(word):
            break
        items[-1].append((word, position))
    if not items[-1]:
        items.pop()
        joins = joins[:len(items) - 1]
    return items, joins


def _count_items(items: list[Item], joins: list[str], mixed_case: bool, loose_first: bool, needs_name: bool = True,
                 closed: bool = False) -> Optional[tuple[int, int]]:
    """(start, people) of a list that names at least one person by name or bare title (with `needs_name`); None
    otherwise.

    With `loose_first` the first item may be a clause word run ("LAST NIGHT, A and B were killed") and is dropped
    when it does not read as a person."""
    if len(items) < 2 or "and" not in joins[-1] and not _ends_in_apposition(items, joins, mixed_case):
        return None  # the last join must be "and": "X and Y", "X, Y and Z" (or "..., and Z, a sergeant")
    counts, kinds, has_name, previous, in_apposition, merged = [], [], False, "", False, False
    first = 0
    for index, item in enumerate(items):
        words = [w for w, _ in item]
        counted = _count_item(words, mixed_case)
        if counted is None and index == 0 and loose_first and joins[0] == ",":
            first = 1
            continue
        if counted is None and _unread_apposition(words, index, previous, joins, mixed_case):
            in_apposition = True  # "General Ruiz, former head of the armed forces, and his driver"
            continue
        if counted is None:
            return None
        people, kind = counted
        describes = kind == "title" or (kind == "det" and words[0].lower() in ("a", "an", "the"))
        if describes and (previous == "name" and joins[index - 1] == "," or in_apposition and kind == "title"):
            # "Juan Ruiz, a farmer, and his son", "CARLOS RUIZ, PARTY LEADER AND FORMER MAYOR": an apposition
            in_apposition = True
            continue
        titled = shares_title(items, joins, index, kind, lambda words: _count_item(words, mixed_case))
        if in_apposition and closed and index == len(items) - 1 or titled:
            merged = merged or titled
            continue  # "GALAN, SENATOR AND PRESIDENTIAL HOPEFUL, DIED", "SENATOR AND PARTY LEADER JUAN RUIZ"
        counts.append(people)
        kinds.append(kind)
        has_name = has_name or kind in ("name", "title")
        previous, in_apposition = kind, False
    if len(counts) < 2 - merged or (needs_name and not has_name):
        return None
    names_only = set(kinds[1:]) <= {"name", "title"}
    if kinds[0] == "count" and joins[first] == "," and names_only and sum(counts[1:]) == counts[0]:
        # "KILLED TWO REPORTERS, ROBERTO NAVAS AND MAURICIO PINEDA": the names say who the two were
        return items[first][0][1], counts[0]
    return items[first][0][1], sum(counts)


def _unread_apposition(words: list[str], index: int, previous: str, joins: list[str], mixed_case: bool) -> bool:
    """A lower-case description between commas right after a name: an apposition, however long."""
    return (mixed_case and previous == "name" and words[0][:1].islower() and 0 < index <= len(joins)
            and joins[index - 1] == "," and (index == len(joins) or joins[index].startswith(",")))


def _ends_in_apposition(items: list[Item], joins: list[str], mixed_case: bool) -> bool:
    """"B, a driver, and C, a sergeant, were killed": the last "and" item is followed by its apposition."""
    if len(joins) < 2 or joins[-1] != "," or "and" not in joins[-2]:
        return False
    words = [w for w, _ in items[-1]]
    counted = _count_item(words, mixed_case)
    if counted is None:  # "..., and Howie, a citizen of New Zealand, were killed"
        return mixed_case and words[0].lower() in ("a", "an", "the")
    return counted[1] in ("det", "title") and counted[0] == 1


def _titled_name(words: list[str]) -> bool:
    """A person noun (never a nationality: "the Syrian Army"), then capitalised name words only: "wife Ana Ruiz",
    "General Juan Perez" (never "Highway Police Chief": a title is no name)."""
    for at, word in enumerate(words[:-1]):
        if word.lower() in patterns()["singular_heads"]:
            return all(w[:1].isupper() and not names_person(w.lower()) for w in words[at + 1:])
    return False


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
        return lowered in DETERMINERS or lowered in ("one", "of") + COUNT_MODIFIERS or parse_number(lowered) is not None
    if lowered in tables["verb_words"] or (VERB_FORM.search(lowered) and lowered not in tables["ed_adjectives"]
                                           and "-" not in lowered):
        return False  # "killed Juan Ruiz and wounded two": a verb ends the list
    if not word[:1].isalnum():
        return False  # "injured two people: A and B"
    return not word[:1].isdigit() or parse_number(word) is not None


def _count_item(words: list[str], mixed_case: bool) -> Optional[tuple[int, str]]:
    """(people, kind) of one item: "his driver" (1, det), "two other people" (2, count), "Luis Galdamez" (1, name),
    "driver" / "PARTY LEADER" (1, title)."""
    tables = patterns()
    lowered = [w.lower() for w in words]
    if lowered[:3] in (["one", "of", "his"], ["one", "of", "her"], ["one", "of", "their"], ["one", "of", "the"]):
        return (1, "det") if len(words) > 3 else None
    if len(words) > 3 and lowered[1] == "of" and lowered[2] in ("his", "her", "their", "the"):
        number = parse_number(lowered[0])  # "two of his bodyguards"
        if number is not None and number.value and is_plural_head(lowered[-1]):
            return number.value, "count"
    of_at = lowered.index("of") if "of" in lowered else 0
    if of_at >= (2 if lowered[0] in DETERMINERS else 1) and not any(parse_number(w) for w in lowered[of_at:]):
        # "the governor of Antioquia", "a member of the party": one person named by the words before "of" (never
        # "the mother of three": a number after "of" is no place); "two of her guards": a count
        counted = _count_item(words[:of_at], mixed_case)
        counted = counted if counted and counted[0] == 1 else counted_of_group(lowered)
        return counted if counted and len(words) <= item_words_limit(mixed_case) + 2 else None
    if lowered[0] in DETERMINERS and mixed_case and len(words) <= item_words_limit(mixed_case) + 2 and _titled_name(words[1:]):
        return 1, "name"  # "his wife Ana Ruiz", "the General Juan Perez"
    if "of" in lowered or len(words) > item_words_limit(mixed_case):
        return None
    head = lowered[-1]
    if lowered[0] in DETERMINERS:
        rest = lowered[1:]
        if not rest or any(w in DETERMINERS for w in rest) or head in tables["plural_heads"]:
            return None
        # "his driver", "a police colonel", "the mayor", "his companion Gilda Flores": one person, told by a person noun
        return (1, "det") if names_person(head) or head in tables["singular_heads"] or titles_a_name(words[1:], mixed_case) else None
    number = parse_number(lowered[0])
    if number is not None:
        return (number.value, "count") if number.value and len(words) > 1 else None
    if any(w in DETERMINERS for w in lowered) or head in tables["plural_heads"] or head in tables["non_victims"] or lowered[0] in COUNT_MODIFIERS:
        return None
    if mixed_case:
        # a name: capitalised words, after an optional lower-case title ("reporter Luis Galdamez")
        titles = [w for w in words if not w[:1].isupper()]
        # (a bare title may carry one or two modifiers of its own: "intelligence director", "police colonel")
        bare_title = len(titles) == len(words) <= 3 and head in tables["singular_heads"]
        if not bare_title and any(t.lower() not in tables["singular_heads"] for t in titles):
            return None
        if len(words) == 1 and head.endswith("s") and not head.endswith("ss"):
            return None  # "Americans", "Kurds"
        return 1, "title" if len(titles) == len(words) else "name"
    # all caps: a bare title ("DRIVER", "PARTY LEADER"), a titled name ("REPORTER ROBERTO NAVAS") or a name of two
    # words or more
    if len(words) == 1:
        return (1, "title") if head in tables["singular_heads"] else None
    return (1, "title" if head in tables["singular_heads"] else "name") if not names_institution(head) else None
