"""Phrasings of US/UK local crime news that the wire-style rules miss or misread.

- "Hunter was shot several times and died at the scene": one person, a wounding verb, then "and died".
- "An autopsy found she had suffered blunt-force injuries": injuries a post-mortem finds are those of a dead
  person, never an injured one.
- "The woman was stabbed in the neck and later died": the wounded person is the dead one, no injured figure.
- "A pedestrian died and two other people were injured": "other" sets the injured apart from the dead of the
  same sentence; it adds to no injured figure told before (a headline's "two injured").
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.extra_rules import is_single_subject
from incident_extractor.casualties.name_subjects import is_surname_in_s
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.lexicon import alternation, lexicon, patterns
from incident_extractor.casualties.victims import SINGLE, names_person
from incident_extractor.nlp.regex_cache import cached_re

KILLED_OR_INJURED = ("killed", "injured")
# the adverbs or extras of an item that mark people on top of a figure of their own type
ON_TOP_WORDS = re.compile(r"\b(?:more|further|additional|another)\b", re.IGNORECASE)
OTHER_WORD = re.compile(r"\bother\b", re.IGNORECASE)
# "A man killed in a crash on Friday has been named": a participle then a place or time phrase, no object
SHARED_AUXILIARY = re.compile(r"(?<![\w'’-])(?:was|were|been|is|are)\s+(?:[\w'’-]+\s+){1,3}?and\s+$", re.IGNORECASE)
REDUCED_RELATIVE = re.compile(r"\s+(?:in|on|during|near|outside|inside|last|early|late|after)\s", re.IGNORECASE)


@lru_cache(maxsize=1)
def _tables() -> dict:
    # (cached_re: the compiled code of the noun alternation is kept on disk, as the lexicon's patterns are)
    raw = json.loads(resources.files("incident_extractor.data").joinpath("casualty_local_news.json").read_text("utf-8"))
    boundary = r"(?![\w'’-])"
    return {
        "forensic": cached_re.compile(rf"(?<![\w'’-])(?:{alternation(raw['forensic_words'])}){boundary}", re.IGNORECASE),
        # one word (a name, a pronoun, a singular victim noun), "was <wounding verb>", up to six words, "and died"
        "wounded_then_died": cached_re.compile(
            rf"(?<![\w'’-])(?P<subj>[\w'’-]+)\s+(?:was|had\s+been)\s+(?:(?:fatally|critically|seriously|badly)\s+)?"
            rf"(?:{alternation(raw['wound_verbs'])}){boundary}(?:\s+[^\s,.;:]+){{0,7}}?\s+and\s+"
            rf"(?:(?:{alternation(raw['died_fillers'])})\s+)?(?P<verb>died){boundary}", re.IGNORECASE),
        # "A man stabbed in Leeds on Friday has died in hospital": a person, the wounding verb's own phrase, then
        # "has/had died" (the person is its subject: no comma, no second clause in between)
        "wounded_has_died": cached_re.compile(
            rf"(?<![\w'’-])(?P<subj>(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}?(?:{alternation(lexicon()['victim_nouns_singular'])}))"
            rf"\s+(?:who\s+(?:was|had\s+been)\s+)?(?:{alternation(raw['wound_verbs'])}){boundary}(?:\s+[^\s,.;:]+){{0,8}}?"
            rf"\s+(?:has|had)\s+(?:(?:{alternation(raw['died_fillers'])}|since|now)\s+)?(?P<verb>died){boundary}", re.IGNORECASE),
    }


def wounded_then_died_figures(text: str, claims: Claims) -> list[Figure]:
    """"The man was shot in the chest and died later at a hospital", "A man stabbed in Leeds on Friday has died in
    hospital": one dead person."""
    if "died" not in claims.lowered:
        return []  # substring tests first: most sentences hold neither pattern's words
    found, mixed_case = [], not text.isupper()
    for match in claims.scan(_tables()["wounded_then_died"], text) if " and " in claims.lowered else ():
        subject = match.group("subj")
        before = text[max(0, match.start() - 12):match.start()]  # ("was": one person, "VARGAS WAS SHOT ... AND DIED")
        if claims.taken(*match.span("verb")) or not (is_single_subject(subject, "singular_was", mixed_case)
                                                     or is_surname_in_s(subject, before, " was ", mixed_case)):
            continue
        claims.claim(*match.span("verb"))
        victims = subject if subject.lower() in patterns()["singular_heads"] else None
        found.append(Figure("killed", SINGLE, match.start(), match.end(), victims,
                            cues=figure_cues(text, *match.span())))
    if " has " in claims.lowered or " had " in claims.lowered:
        for match in claims.scan(_tables()["wounded_has_died"], text):
            if claims.taken(*match.span("verb")):
                continue
            claims.claim(*match.span("verb"))
            victims = match.group("subj").split()[-1].lower()
            found.append(Figure("killed", SINGLE, match.start(), match.end(), victims,
                                cues=figure_cues(text, *match.span())))
    return found


def is_reduced_relative(text: str, end: int, victims) -> bool:
    """"The man killed in Saturday's shooting": a person noun, then the bare participle, then a place or a time
    (the participle's own phrase: he is its victim, not the doer of "The man killed his wife")."""
    return bool(victims) and names_person(victims) and bool(REDUCED_RELATIVE.match(text, end))


def shares_auxiliary(text: str, start: int) -> bool:
    """"A guard was killed and a soldier wounded": the second clause's participle borrows the first's "was"."""
    return bool(SHARED_AUXILIARY.search(text, max(0, start - 60), start))


def drop_injuries_of_the_dead(text: str, claims: Claims, figures: list[Figure]) -> list[Figure]:
    """A single person's injuries told with an autopsy, a coroner or a medical examiner are those of the dead."""
    if not any(f.type == "injured" and f.number.value == 1 for f in figures):
        return figures
    if not _tables()["forensic"].search(text):
        return figures
    return [f for f in figures if not (f.type == "injured" and f.number.value == 1)]


def drop_injuries_of_those_who_died(figures: list[Figure]) -> list[Figure]:
    """"The woman was stabbed in the neck and later died", "The man was taken to hospital and died", "wounding two
    guards who later died": the wounded people of the clause are those who died (a dead figure of the same count spans
    the wounding verb and "died"), not injured ones."""
    died = [f for f in figures if f.type == "killed" and f.number.value]
    if not died:
        return figures
    return [f for f in figures if not (f.type == "injured" and any(
        d.number.value == f.number.value and d.start < f.end < d.end for d in died))]


def other_sets_apart(figures: list[Figure]) -> list[Figure]:
    """"A pedestrian died and two other people were injured": an "other" group right after a figure of the other
    type (and none of its own) is set apart from those people, not on top of an earlier figure of its type."""
    result: list[Figure] = []
    for figure in figures:
        if ("more" in figure.cues and figure.type in KILLED_OR_INJURED and "attackers" not in figure.cues
                and OTHER_WORD.search(figure.item_text) and not ON_TOP_WORDS.search(figure.item_text)):
            types_before = {f.type for f in result if f.number.value}
            if figure.type not in types_before and types_before & set(KILLED_OR_INJURED):
                figure = replace(figure, cues=tuple(c for c in figure.cues if c != "more"))
        result.append(figure)
    return result
