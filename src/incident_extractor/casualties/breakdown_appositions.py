"""A group of unknown size that an apposition breaks down into counted people: "The teachers, three women and two
men, were killed" = 5.

"The teachers were killed" says nothing about how many (a lone definite plural counts no one); the apposition
between commas right after it tells the count, item by item. Every item must be counted ("three women", "a man")
and name people, and the apposition must end where the verb's auxiliary starts.

>>> [g.number.value for g in breakdown_after("The guards, two men and a woman, were shot.", "The guards", 10, 33)]
[2, 1]
>>> breakdown_after("The guards, who were armed, were shot.", "The guards", 10, 28)
[]
>>> breakdown_after("The guards, two of them women, were shot.", "The guards", 10, 31)
[]

Dashes may close such an apposition as commas do; the asides rule then keeps it, read as between commas:

>>> dashes_as_commas("THE GUARDS -- TWO MEN AND A WOMAN -- WERE SHOT.", 11, 36)
',  TWO MEN AND A WOMAN  ,'
"""

from __future__ import annotations

import re

from incident_extractor.casualties.victims import SINGLE, VictimGroup, names_person, victim_groups

APPOSITION = re.compile(r"\s*,\s+(?P<items>[^,.;()]{3,80}?)\s*,\s*$")
PARTITIVE = re.compile(r"(?<![\w'’-])(?:of|including|among|mostly|mainly|all|both)(?![\w'’-])", re.IGNORECASE)
PLURAL_VERB_AFTER = re.compile(r"\s+(?:were|are|have\s+been|had\s+been)(?![\w'’-])", re.IGNORECASE)
SUBJECT_BEFORE = re.compile(r"(?<![\w'’-])(?<!of\s)(?:the|these|those|their|his|her|its)\s+(?:[\w'’.-]+\s+){0,3}[\w'’.-]+s\s*$", re.IGNORECASE)
DEFINITE_PLURAL = re.compile(r"(?:the|these|those|their|his|her|its)\s+(?:[\w'’.-]+\s+){0,3}[\w'’.-]+s$", re.IGNORECASE)


def breakdown_after(text: str, subject: str, subject_end: int, verb_start: int) -> list[VictimGroup]:
    """The counted items of the apposition between a definite plural `subject` (ending at `subject_end`) and its
    verb at `verb_start`, or [] when there is none."""
    if not DEFINITE_PLURAL.fullmatch(subject.strip()):
        return []
    found = APPOSITION.match(text[:verb_start], subject_end)
    if found is None:
        return []
    if PARTITIVE.search(found.group("items")):
        return []  # "the victims, two of them children,": a sub-group, not the count
    groups = victim_groups(text, *found.span("items"))
    if not groups or groups[0].start != found.start("items") or groups[-1].end != found.end("items"):
        return []  # the whole apposition is the list, nothing else
    if any(g.number.value is None or g.victims is None or (g.number is SINGLE and not names_person(g.victims))
           for g in groups):
        return []
    if len(groups) == 1 and (groups[0].number.value or 0) < 2:
        return []
    return groups


def dashes_as_commas(text: str, start: int, end: int) -> str:
    """The dashed aside `text[start:end]` with its dashes as commas (same length) when it stands between a
    definite plural and a plural passive auxiliary ("THE GUARDS -- TWO MEN AND A WOMAN -- WERE SHOT"), so the
    breakdown above can read it; "" when it does not."""
    subject = SUBJECT_BEFORE.search(text, max(0, start - 80), start)
    verb = PLURAL_VERB_AFTER.match(text, end)
    if subject is None or verb is None:
        return ""
    aside = text[start:end]
    for dash in ("--", "—", "–"):
        if aside.startswith(dash) and aside.endswith(dash):
            pad = " " * (len(dash) - 1)
            commas = "," + pad + aside[len(dash):-len(dash)] + pad + ","
            read = text[:start] + commas + text[end:]
            named = subject.group(0).rstrip()
            verb_start = len(verb.group(0)) - len(verb.group(0).lstrip()) + end
            if breakdown_after(read, named, subject.start() + len(named), verb_start):
                return commas  # only a breakdown the rule counts: any other aside stays blanked
    return ""
