"""Figures stated outright: an explicit zero ("no one was hurt", "there were no casualties", "no deaths were
reported") and a toll ("the death toll rose to 12", "a toll of three dead")."""

from __future__ import annotations

import re

from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.numbers import ParsedNumber, parse_number
from incident_extractor.casualties.toll_kinds import is_injury_toll

ZERO = ParsedNumber(0, 0, 0, "none")
UPDATE_VERBS = re.compile(r"rose|risen|rises|rising|climbed|climbs|increased|jumped|went\s+up|grew|soared|mounted|"
                          r"raising|raised|bringing|brought|pushing|pushed|taking|took|revised|revising|lowered|"
                          r"lowering|updated|updating", re.IGNORECASE)
ZERO_NOUN_TYPES = {"casualties": ("killed", "injured"), "victims": ("killed", "injured"), "deaths": ("killed",),
                   "fatalities": ("killed",), "dead": ("killed",), "injuries": ("injured",), "injured": ("injured",),
                   "wounded": ("injured",)}
CLAIM_WORDS = ("hurt", "harmed")  # "no one was hurt" means nobody killed or injured


def zero_figures(text: str, claims: Claims) -> list[Figure]:
    tables, found = patterns(), []
    for match in claims.scan_rule("zero_subject", text):
        verb = normalise_phrase(match.group("verb"))
        types = ("killed", "injured") if verb in CLAIM_WORDS else (tables["types"]["passive"][verb],)
        found += _zero(types, match, "verb", claims)
    for match in claims.scan_rule("zero_noun", text):
        noun = normalise_phrase(match.group("noun"))
        if noun.startswith("loss"):
            types = ("killed",)
        elif noun.startswith("one"):
            types = ("killed",) if noun.endswith("killed") else ("killed", "injured")
        else:
            types = ZERO_NOUN_TYPES[noun]
        found += _zero(types, match, "noun", claims)
    for match in claims.scan_rule("zero_negated", text):
        verb = normalise_phrase(match.group("verb"))
        types = ("killed", "injured") if verb in CLAIM_WORDS else (tables["types"]["passive"].get(verb, "injured"),)
        found += _zero(types, match, "verb", claims)
    for match in claims.scan_rule("zero_unhurt", text):
        found += _zero(("injured",), match, 0, claims)
    return found


def _zero(types, match: re.Match, anchor, claims: Claims) -> list[Figure]:
    if claims.taken(*match.span(anchor)):
        return []
    claims.claim(*match.span(anchor))
    return [Figure(t, ZERO, match.start(), match.end()) for t in types]


def toll_figures(text: str, claims: Claims) -> list[Figure]:
    found = []
    for name in ("toll", "toll_raise"):
        for match in claims.scan_rule(name, text):
            number = parse_number(match.group("num"))
            if number is None or claims.taken(*match.span("num")):
                continue
            if is_injury_toll(match.group("which"), text, match.end("num")):
                continue  # "a toll of 1 person wounded": the injured, which the list rules count
            claims.claim(match.start(), match.end())
            kind = "injured" if re.search(r"injur|wound", match.group("which"), re.IGNORECASE) else "killed"
            cues = figure_cues(text, match.start("num"), match.end("num"))
            if UPDATE_VERBS.fullmatch(match.group("tv")) and "update" not in cues:
                cues += ("update",)
            found.append(Figure(kind, number, match.start(), match.end(), cues=cues))
    return found
