"""Finder rules for single people and rarer phrasings: "he died", "Judge Ana Ruiz was shot dead", "the murder
of analyst X", a subject far from its verb, a suicide bomber, "including 3 children"."""

from __future__ import annotations

import re
from dataclasses import replace

from incident_extractor.casualties.along_with_reach import figure_across_adverbials
from incident_extractor.casualties.context import figure_cues
from incident_extractor.casualties.figures import Claims, Figure, emit_groups
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.list_titles import modifies_a_noun, plural_follows
from incident_extractor.casualties.name_subjects import is_surname_in_s
from incident_extractor.casualties.numbers import parse_number
from incident_extractor.casualties.suicide_events import suicide_event_figures
from incident_extractor.casualties.victims import (SINGLE, is_lone_definite_plural, is_plural_head, names_a_people,
                                                   names_person, victim_groups)

def subgroup_figures(text: str, claims: Claims, figures: list[Figure]) -> list[Figure]:
    """"killing 12 people, including 3 children": the children are a figure of the same type, tagged
    as a sub-group so the headline never adds them."""
    found = []
    for match in claims.scan_rule("subgroup_list", text):
        before = [f for f in figures if f.end <= match.start() and "subgroup" not in f.cues]
        groups = victim_groups(text, *match.span("obj"))
        if not before or not groups or claims.taken(groups[0].start, groups[-1].end):
            continue
        kind = max(before, key=lambda f: f.end).type
        claims.claim(groups[0].start, groups[-1].end)
        for group in groups:
            found.append(Figure(kind, group.number, group.start, group.end, group.victims, group.side, ("subgroup",),
                                group.text))
    return found


def along_with_figures(text: str, claims: Claims, figures: list[Figure]) -> list[Figure]:
    """"a soldier was killed along with two civilians", "ten were killed, as well as four officials", "four were
    injured, in addition to 3 civilians": victims added to the figure that ends right before."""
    found = []
    if not any(word in claims.lowered for word in ("along", "together", "well", "addition")):
        return found
    for match in claims.scan(patterns()["along_with"], text):
        right_before = [f for f in figures if 0 <= match.start() - f.end <= 3 and "subgroup" not in f.cues]
        groups = victim_groups(text, *match.span("obj"))
        before = right_before or [f for f in figures if "subgroup" not in f.cues and PLACE_OR_TIME_GAP.fullmatch(
            text, f.end, match.start())]
        if before and not right_before and not all(g.victims is None or names_person(g.victims) for g in groups):
            continue  # "killed in the blast, as well as several shops destroyed": no people
        before = before or figure_across_adverbials(text, figures, match.start(), groups)
        if not before:
            continue
        if groups and patterns()["passive_tail"].match(text, groups[-1].end):
            continue  # "were killed along with 27 others wounded": a second clause of its own type
        found += emit_groups(text, groups, before[-1].type, match.span("verb"), claims, verb_first=True)
    return found


def among_the_dead_figures(text: str, claims: Claims, figures: list[Figure]) -> list[Figure]:
    """"Among the dead were two policemen", "the wounded included a child": people of a toll, a sub-group of the
    toll told before them in the sentence (a toll of an earlier sentence is larger, and the largest stands)."""
    found = []
    lowered = claims.lowered
    if "among" not in lowered and "included" not in lowered and "includes" not in lowered:
        return found  # every match holds one of these
    for match in claims.scan(patterns()["among_the_dead"], text):
        kind = "injured" if re.search(r"wound|injur", match.group("verb"), re.IGNORECASE) else "killed"
        toll_before = any(f.type == kind and f.end <= match.start() for f in figures)
        groups = victim_groups(text, *match.span("obj"))
        listed = emit_groups(text, groups, kind, match.span("verb"), claims, verb_first=True)
        found += [replace(f, cues=tuple(c for c in f.cues if c != "subgroup") + (("subgroup",) if toll_before else ()))
                  for f in listed]
    return found


def as_did_figures(text: str, claims: Claims, figures: list[Figure]) -> list[Figure]:
    """"Four soldiers died in the raid, as did six militants", "two guards were wounded, as was a driver":
    victims of the same kind as the figure before."""
    found = []
    if not figures:
        return found  # nothing to add to
    for match in claims.scan_rule("as_did", text):
        before = [f for f in figures if f.end <= match.start() and "subgroup" not in f.cues]
        if not before:
            continue
        groups = victim_groups(text, *match.span("obj"))
        kind = max(before, key=lambda f: f.end).type  # the figure right before
        found += emit_groups(text, groups, kind, match.span("verb"), claims, verb_first=True)
    return found


def suffered_injury_figures(text: str, claims: Claims) -> list[Figure]:
    """"Two guards suffered minor injuries": a victim list before suffered / sustained / received ... injuries;
    "sending another 29 to hospital"."""
    found = []
    if "hospital" in claims.lowered:
        for match in claims.scan(patterns()["to_hospital"], text):
            groups = victim_groups(text, *match.span("obj"))
            if groups and all(g.number.value for g in groups):
                found += emit_groups(text, groups, "injured", match.span("verb"), claims, verb_first=True)
    if not any(w in claims.lowered for w in ("suffer", "sustain", "receiv", "escaped", "treated")):
        return found
    for match in claims.scan_items(patterns()["suffered_injuries"], text):
        groups = victim_groups(text, *match.span("subj"))
        if is_lone_definite_plural(groups):
            continue
        anchor = (match.start("verb"), match.end("noun"))
        found += emit_groups(text, groups, "injured", anchor, claims, verb_first=False)
    return found


def singular_figures(text: str, claims: Claims) -> list[Figure]:
    """"Laporte was murdered", "he died of his wounds": one named or pronoun victim."""
    tables, found = patterns(), []
    mixed_case = not text.isupper()
    for name in ("singular_was", "singular_died"):
        for match in claims.scan_rule(name, text):
            subject = match.group("subj")
            if claims.taken(*match.span("verb")) or not (is_single_subject(subject, name, mixed_case) or is_surname_in_s(
                    subject, text[max(0, match.start() - 12):match.start()], text[match.end("subj"):match.start("verb")],
                    mixed_case)):
                continue
            claimed_before = [start for start, _ in claims.spans if start < match.start()]
            if subject.lower() in CONJUNCTIONS and claimed_before and not tables["active"].head.match(text, min(claimed_before)):
                continue  # "was critically injured and was taken to hospital", "No one died or was hurt": the same people
                # (not after an active verb: "A youth stabbed a soldier and was shot dead" is two people)
            claims.claim(*match.span("verb"))
            verb = normalise_phrase(match.group("verb"))
            kind = tables["types"]["passive"].get(verb, "killed")
            victims = subject if subject.lower() in tables["singular_heads"] else None
            found.append(Figure(kind, SINGLE, match.start(), match.end(), victims, cues=figure_cues(text, *match.span())))
    return found


def is_single_subject(subject: str, rule: str, mixed_case: bool) -> bool:
    tables = patterns()
    word = subject.lower()
    if word in tables["not_a_subject"] or parse_number(word) is not None or is_plural_head(word) and word not in ("he", "she"):
        return False
    if rule == "singular_was":
        return True
    return word in ("he", "she") or word in tables["singular_heads"] or (mixed_case and subject[:1].isupper())


def titled_figures(text: str, claims: Claims) -> list[Figure]:
    """One person named by a title: "Judge Ana Ruiz died", "killed attorney general Roberto Garcia"."""
    tables, found = patterns(), []
    for name in ("titled_subject", "titled_object"):
        for match in claims.scan_rule(name, text):
            if claims.taken(*match.span("verb")):
                continue
            verb = normalise_phrase(match.group("verb"))
            if name == "titled_object":
                if plural_follows(text, match.end()):
                    continue  # "KILLED THE JESUIT PRIESTS": the title is a modifier of a plural
                before = (text, max(0, match.start() - 30), match.start())
                if tables["aux_before"].search(*before) or tables["unreal_before"].search(*before):
                    continue
                kind = tables["types"]["active"].get(verb) or _of_type(verb)
            else:
                kind = tables["types"]["passive"].get(verb, "killed")
            claims.claim(*match.span("verb"))
            found.append(Figure(kind, SINGLE, match.start(), match.end(), match.group("title"), None,
                                figure_cues(text, *match.span()), match.group(0)))
    return found


def _of_type(noun_phrase: str) -> str:
    return "kidnapped" if noun_phrase.startswith(("kidnap", "abduct")) else "killed"


def distant_figures(text: str, claims: Claims) -> list[Figure]:
    """A counted subject separated from its passive verb by a participle phrase, with no other number between."""
    tables, found = patterns(), []
    for match in claims.scan_items(tables["distant_passive"], text, "distant_passive"):
        gap = AGE_IN_GAP.sub(" ", match.group("gap"))  # "Three people aged 20 to 30 were killed"
        # "Eight men who were planning an attack were killed": one relative clause on the subject;
        # "Two men stormed the gate and were shot dead": the same subject, a second verb
        gap = NAME_AND.sub(r"\1 ", RELATIVE_START.sub("", COORDINATED_END.sub("", gap)))  # "of Law and Political Science"
        if claims.taken(*match.span("verb")) or GAP_BREAK.search(gap) or tables["number_in_gap"].search(gap):
            continue
        groups = victim_groups(text, *match.span("subj"))
        kind = tables["types"]["passive"][normalise_phrase(match.group("verb"))]
        # "Two guards posted at the gate were also killed": people on top of a figure told before
        also = ("more",) if ALSO.search(text, match.start("aux"), match.start("verb")) else ()
        found += emit_groups(text, groups[:1], kind, match.span("verb"), claims, verb_first=False, extra_cues=also)
    return found


def named_figures(text: str, claims: Claims) -> list[Figure]:
    if text.isupper():
        return []
    tables, found = patterns(), []
    for match in claims.scan_rule("named_object", text):
        before = (text, max(0, match.start() - 30), match.start())
        if claims.taken(*match.span("verb")) or tables["aux_before"].search(*before):
            continue
        if tables["unreal_before"].search(*before):
            continue  # "Attempted to assassinate Juan Ruiz", "plotted to kill Ana Ortiz"
        names = match.group("name").split()
        surname = len(names) > 1 and (text.isupper() or match.group("verb").islower()) and is_surname_in_s(
            names[-1], " ".join(names[:-1]) + " ", "", True)  # (a title-case headline, 'Kill During Border Clashes': no)
        if names_a_people(match.group("name"), text) and not match.group("title") and not surname:
            continue  # "killed Syrian Kurds", "killed Aleppo residents" (never "killed Ananta Bijoy Das", "Pedro Paredes")
        claims.claim(*match.span("verb"))
        kind = tables["types"]["active"][normalise_phrase(match.group("verb"))]
        found.append(Figure(kind, SINGLE, match.start(), match.end(), match.group("title"), None,
                            figure_cues(text, *match.span("obj")), match.group("obj")))
    return found


def suicide_figures(text: str, claims: Claims) -> list[Figure]:
    """A suicide bomber who struck is dead: the headline counts attackers, so the bomber is a figure too."""
    tables = patterns()
    if not claims.mentions_any(SUICIDE_PIECES):
        return []  # every match of the suicide gate holds one of these: skip its search
    if not tables["suicide_gate"].search(text) or tables["suicide_not_dead"].search(text):
        return []
    named = False  # a bomber named without a number ("suicide bombers struck") is no attack told as an event
    for match in claims.scan(tables["suicide_noun"], text):
        named = True
        if claims.taken(*match.span("obj")):
            return []
        groups = victim_groups(text, *match.span("obj"))
        if groups and groups[0].number.value:
            claims.claim(*match.span("obj"))
            return [Figure("killed", groups[0].number, match.start(), match.end(), "suicide bombers", groups[0].side,
                           ("more", "attackers"), match.group(0))]
    for match in claims.scan(tables["suicide_self"], text):
        if claims.taken(*match.span("verb")) or match.group("verb").lower().endswith("themselves"):
            continue
        claims.claim(*match.span("verb"))
        return [Figure("killed", SINGLE, match.start(), match.end(), "attacker", None, ("more", "attackers"))]
    return [] if named else suicide_event_figures(text, claims)  # "killed in a suicide bombing"


def another_figures(text: str, claims: Claims) -> list[Figure]:
    """"A guard was killed and another wounded", "killing one officer and injuring another": one more person."""
    lowered = text.lower()
    if "another" not in lowered and "one other" not in lowered:
        return []  # a substring test is far cheaper than scanning the sentence
    tables, found = patterns(), []
    for name, kind_table in (("another_passive", "passive"), ("another_active", "active")):
        for match in claims.scan_rule(name, text):
            if claims.taken(*match.span("verb")):
                continue
            claims.claim(match.start(), match.end())
            kind = tables["types"][kind_table][normalise_phrase(match.group("verb"))]
            found.append(Figure(kind, SINGLE, match.start(), match.end(), None, None, ("more",), match.group(0)))
    return found


# "killed seven soldiers in Gedo along with a farmer", "were killed during the assault, along with 9 insurgents": a
# place or time phrase between a figure and "along with" (no number, no verb form, no clause)
PLACE_OR_TIME_GAP = re.compile(
    r"\s+(?:in|at|on|near|during|inside|outside|across|throughout)\s+"
    r"(?:(?!(?:and|or|who|which|that|when|while|as|after|before)\b)(?![\w'’-]*(?:ed|ing)\b)[^\W\d][\w'’-]*\s*){1,6}?,?\s*",
    re.IGNORECASE)
CONJUNCTIONS = ("and", "or", "but", "nor")  # a "subject" that is the subject of the clause before
# a digit (save an ordinal: "of the 3rd Battalion"), a comma or a bracket ends a subject's gap
GAP_BREAK = re.compile(r"\d(?!\d*(?:st|nd|rd|th)\b)|[,(]", re.IGNORECASE)
ALSO = re.compile(r"\balso\b", re.IGNORECASE)
RELATIVE_START = re.compile(r"^\s+(?:who|that)(?=\s)", re.IGNORECASE)
COORDINATED_END = re.compile(r"\s+and$", re.IGNORECASE)
NAME_AND = re.compile(r"(?<![\w'’-])(?=[A-Z][a-z])([\w'’-]+)\s+and\s+(?=[A-Z][a-z])")  # (mixed case only)
AGE_IN_GAP = re.compile(r"\baged?\s+\d{1,3}(?:\s*(?:-|to|and)\s*\d{1,3})?\b", re.IGNORECASE)
MURDER_WORDS = re.compile(r"murder|assassination|killing|slaying", re.IGNORECASE)
MURDER_PIECES = ("murder", "assassination", "killing", "slaying")  # its words, tested as substrings first
# what every match of the "suicide_gate" pattern (lexicon.py) holds
SUICIDE_PIECES = ("suicide", "kamikaze", "himsel", "hersel", "themsel")
SAME_NUMBER = re.compile(r"(?:about\s+|roughly\s+|nearly\s+)?the\s+same\s+number\b", re.IGNORECASE)


def resolve_same_number(figures: list[Figure]) -> list[Figure]:
    """"killing 15 and wounding the same number": the figure repeats the one stated just before it."""
    result: list[Figure] = []
    for figure in figures:
        if SAME_NUMBER.match(figure.item_text or ""):
            earlier = [f for f in result if f.number.value]
            if not earlier:
                continue
            figure = replace(figure, number=earlier[-1].number, victims=earlier[-1].victims)
        result.append(figure)
    return result


def murder_of_name_figures(text: str, claims: Claims) -> list[Figure]:
    """"the assassination of Luis Ruiz", "RUIZ'S MURDER": one person, named. In mixed case the name must be
    capitalised; in all-caps wire text any word that is no function word, number or plural noun will do."""
    if not claims.mentions_any(MURDER_PIECES) or not MURDER_WORDS.search(text):
        return []
    tables, found = patterns(), []
    mixed_case = not text.isupper()
    for name in ("murder_of_name", "name_s_murder"):
        for match in claims.scan_rule(name, text):
            if claims.taken(*match.span("verb")) or claims.taken(*match.span("obj")) or (
                    name == "name_s_murder" and modifies_a_noun(text, match.end("verb"))):
                continue  # (nor "THE CARTEL'S ASSASSINATION THREATS")
            words = match.group("obj").split()
            if mixed_case and not words[0][:1].isupper():
                continue
            if any(is_plural_head(w.strip(".")) and w.lower() not in tables["singular_heads"] for w in words[-1:]):
                continue  # "the killing of protesters", "the murder of three"
            claims.claim(match.start(), match.end())
            # "the murder of X" mostly restates a death the article reports in other words
            found.append(Figure("killed", SINGLE, match.start(), match.end(), None, None,
                                figure_cues(text, *match.span()) + ("restated",), match.group(0)))
    return found
