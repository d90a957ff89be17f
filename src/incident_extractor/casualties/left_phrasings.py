"""What an attack left its victims: the phrasings the plain "left N dead" rule (lexicon "leave") does not read.

- injuries told through what the victims were left with: "stabbed a soldier, leaving him with light wounds",
  "left another farmer with serious injuries", "leaving one in a critical condition", "left a guard seriously
  injured" (an adverb between the victim and the complement);
- a list of bare titles: "a shootout left a boy and woman dead" (the victim list pattern wants an article or a
  number before every item; the named-list reader does not);
- a second victim list with its own complement: "left 3 workers dead and a fourth worker injured", "left two
  people dead as well as three minors injured".
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure, figures_from_list
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.named_lists import _count_items, _items_after
from incident_extractor.casualties.numbers import ParsedNumber
from incident_extractor.casualties.split_patterns import ListPattern

# what every match holds besides a form of "leave": one of these (a substring test before the scan)
INJURY_PIECES = ("wound", "injur", "burns", "condition", "hurt")
PRONOUN = re.compile(r"him|her|them", re.IGNORECASE)


@lru_cache(maxsize=1)
def _left_with() -> ListPattern:
    leave = patterns()["leave"]
    tail = re.compile(
        r"(?P<compl>\s+with\s+(?:[\w'’-]+\s+){0,4}?(?:injuries|injury|wounds|wound|burns)|"
        r"\s+in\s+(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?condition|"
        r"\s+(?:seriously|critically|badly|gravely|slightly|lightly|severely|moderately)\s+(?:injured|wounded|hurt))"
        r"(?![\w'’-])", re.IGNORECASE)
    return ListPattern(leave.head, leave.victim_list, "obj", tail)


def left_injured_figures(text: str, claims: Claims) -> list[Figure]:
    lowered = claims.lowered
    if "lea" not in lowered and "left" not in lowered or not any(piece in lowered for piece in INJURY_PIECES):
        return []
    found = []
    for match in claims.scan(_left_with(), text):
        listed = figures_from_list(text, match, "obj", "injured", match.span("compl"), claims, verb_first=False)
        if PRONOUN.fullmatch(match.group("obj")):
            # "stabbed a soldier, leaving him with light wounds": the person the sentence told before
            listed = [replace(f, cues=f.cues + ("restated",)) for f in listed]
        found += listed
    return found


LEAVE_VERB = re.compile(r"(?<![\w'’-])(?:left|leaving|leaves|leave)\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _complement() -> re.Pattern:
    complements = "|".join(sorted((re.escape(c) for c in patterns()["types"]["leave"]), key=len, reverse=True))
    return re.compile(rf"\s+(?P<compl>{complements})(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _second_list() -> ListPattern:
    """"... dead and a fourth worker injured": a victim list and its complement after the first complement."""
    head = re.compile(r"(?<![\w'’-])(?:dead|killed|injured|wounded|hurt)\s*,?\s+(?:and|as\s+well\s+as|while|with)\s+",
                      re.IGNORECASE)
    complements = "|".join(sorted((re.escape(c) for c in patterns()["types"]["leave"]), key=len, reverse=True))
    tail = re.compile(rf"\s+(?:(?:seriously|critically|badly|slightly|lightly)\s+)?(?P<compl>{complements})(?![\w'’-])",
                      re.IGNORECASE)
    return ListPattern(head, patterns()["leave"].victim_list, "obj", tail)


def left_list_figures(text: str, claims: Claims) -> list[Figure]:
    lowered = claims.lowered
    if "lea" not in lowered and "left" not in lowered:
        return []
    kinds, found = patterns()["types"]["leave"], []
    mixed_case = not text.isupper()
    verbs = list(LEAVE_VERB.finditer(text))
    for verb in verbs:
        if claims.taken(*verb.span()) or " and " not in lowered:
            continue
        items, joins = _items_after(text, verb.end())
        listed = _count_items(items, joins, mixed_case, loose_first=False, needs_name=False) if items else None
        if listed is None:
            continue
        end = items[-1][-1][1] + len(items[-1][-1][0])
        complement = _complement().match(text, end)
        if complement is None or claims.taken(end, complement.end()):
            continue
        count = listed[1]
        claims.claim(verb.start(), complement.end())
        found.append(Figure(kinds[normalise_phrase(complement.group("compl"))], ParsedNumber(count, count, count, "exact"),
                            listed[0], complement.end(), None, None, figure_cues(text, listed[0], end),
                            text[listed[0]:end]))
    if verbs:
        for match in claims.scan(_second_list(), text):
            if match.start() < verbs[0].end():
                continue
            kind = kinds[normalise_phrase(match.group("compl"))]
            found += figures_from_list(text, match, "obj", kind, match.span("compl"), claims, verb_first=False)
    return found
