"""Lists of people announced by a head that says what befell them: "THE FOLLOWING POLICEMEN DIED IN COMBAT: MAJOR
JUAN RUIZ, CAPTAIN PEDRO MENA AND SERGEANT LUIS TORO" (3), "the following were wounded: Ana Paz and two boys" (3),
"The dead were identified as Juan Ruiz and Pedro Mena" (2).

The head carries no number and the list no verb, so neither the passive rules nor the lists of named_lists.py
read it. The list runs from the colon (or "identified as") to the end of the sentence; its items are cut by
semicolons when it has any (commas then hold appositions), else by commas, and the last one by "and". Every item
must read as people: a name or a titled name (one person), or a number or article and a noun ("TWO WOMEN",
"A YOUNG GIRL"); an age after a name ("Juan Ruiz, 42,") is skipped. One item that reads as anything else
("a farmer", "of Lima", a clause) and the list tells no count.

>>> list_count("MAJOR JUAN RUIZ, CAPTAIN PEDRO MENA, AND TWO WOMEN.", False)
4
>>> list_count("Juan Ruiz, 42, and Ana Paz, 30.", True)
2
>>> list_count("Juan Ruiz, a farmer, and Ana Paz.", True) is None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.numbers import ParsedNumber, parse_number
from incident_extractor.casualties.wire_tables import wire_tables

MAX_ITEM_WORDS = 7
LIST_END = re.compile(r"(?<![\w'’-])(?P<last>[\w'’-]*)\.(?:\s|$)|$")
WORD = re.compile(r"[\w'’.-]+")
AND = re.compile(r"\s+and\s+", re.IGNORECASE)
DETERMINERS = ("a", "an")


@lru_cache(maxsize=1)
def _heads() -> tuple[re.Pattern, dict[str, str]]:
    verbs = wire_tables()["colon_list_verbs"]
    alternation = "|".join(sorted((v.replace(" ", r"\s+") for v in verbs), key=len, reverse=True))
    head = re.compile(
        rf"(?<![\w'’-])(?:(?:the\s+)?following\s+(?:[\w'’-]+\s+){{0,4}}?(?:(?:were|have\s+been|had\s+been)\s+)?"
        rf"(?P<verb>{alternation})(?![\w'’-])[^:.;]{{0,80}}:"
        rf"|the\s+(?P<noun>dead|wounded|injured)\s+(?:were|are)\s+(?:identified|named)\s+as(?![\w'’-]))\s*",
        re.IGNORECASE)
    return head, {" ".join(k.split()): v for k, v in verbs.items()}


def colon_list_figures(text: str, claims: Claims) -> list[Figure]:
    if not claims.mentions_any(("following", "identified as", "named as")):
        return []
    head, kinds = _heads()
    found: list[Figure] = []
    for match in head.finditer(text):
        word = match.group("verb") or match.group("noun")
        if claims.taken(*match.span("verb" if match.group("verb") else "noun")):
            continue
        end = _list_end(text, match.end())
        count = list_count(text[match.end():end], not text.isupper())
        if count is None:
            continue
        kind = kinds.get(" ".join(word.lower().split()), "killed")
        claims.claim(match.start(), end)
        found.append(Figure(kind, ParsedNumber(count, count, count, "exact"), match.start(), end, None, None,
                            figure_cues(text, match.start(), end), text[match.start():end]))
    return found


def _list_end(text: str, start: int) -> int:
    """Where the sentence ends after `start`: a full stop, never one of a title ("Sgt. Juan Ruiz") or an initial."""
    titles = set(wire_tables()["name_titles"])
    for end in LIST_END.finditer(text, start):
        last = end.group("last") or ""
        if end.group(0) and (len(last) == 1 or last.lower() in titles):
            continue
        return end.start() + len(last) if end.group(0) else end.start()
    return len(text)


def list_count(listed: str, mixed_case: bool) -> Optional[int]:
    """The people of a list with no verb, or None when an item does not read as people."""
    listed = listed.strip().rstrip(".").strip()
    if not listed:
        return None
    if ";" in listed:  # "A, A SERGEANT; B, 42; AND C": the person starts each item
        items = [part.split(",")[0] for part in listed.split(";")]
    else:
        items = listed.split(",")
    total, previous_name = 0, False
    for raw in items:
        for part in AND.split(" " + raw.strip() + " "):
            part = part.strip()
            if part.lower().startswith("and "):
                part = part[4:].strip()
            if not part:
                continue
            words = WORD.findall(part)
            if len(words) == 1 and words[0].isdigit() and previous_name:
                continue  # "Juan Ruiz, 42,": an age
            people = _item_people(words, part, mixed_case)
            if people is None:
                return None
            total += people
            previous_name = len(words) > 1 or not words[0].isdigit()
    return total or None


def _item_people(words: list[str], part: str, mixed_case: bool) -> Optional[int]:
    if not words or len(words) > MAX_ITEM_WORDS or " ".join(words) != " ".join(part.split()):
        return None  # brackets, quotes or other marks: no plain item
    number = parse_number(words[0])
    if number is not None and number.value and len(words) > 1:
        if words[0].lower() in DETERMINERS and mixed_case:
            return None  # "a farmer" in mixed case is an apposition more often than a person
        return number.value
    tables = wire_tables()
    particles = set(tables["name_particles"])
    if words[-1].lower() in set(tables["not_a_person_last_words"]) or len(words) < 2:
        return None
    for word in words:
        if word.lower() in particles:
            continue
        if not word[0].isalpha() or (mixed_case and not word[0].isupper()):
            return None
    return 1
