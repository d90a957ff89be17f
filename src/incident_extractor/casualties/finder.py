"""Casualty figures of one sentence: "killing 12", "12 were killed", "the death toll rose to 12",
"a soldier and two civilians were killed", "no one was hurt".

Rules run from the most specific to the most general; each claims the span of its verb (or noun), and a
later rule never reports a figure on a span already claimed, so one phrase yields one figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from incident_extractor.casualties.context import figure_cues, find_claimant, sentence_cues
from incident_extractor.casualties.extra_rules import (along_with_figures, among_the_dead_figures, another_figures,
                                                      as_did_figures, distant_figures,
                                                      murder_of_name_figures, named_figures,
                                                      resolve_same_number, singular_figures, subgroup_figures,
                                                      suffered_injury_figures, suicide_figures, titled_figures)
from incident_extractor.casualties.figures import Claims, Figure, emit_groups, figures_from_list, object_follows
from incident_extractor.casualties.lexicon import AUXILIARIES, normalise_phrase, patterns
from incident_extractor.casualties.anaphora import repeated_group_figures
from incident_extractor.casualties.follow_ups import died_of_wounds_figures, elliptical_figures
from incident_extractor.casualties.local_news import (drop_injuries_of_the_dead, drop_injuries_of_those_who_died,
                                                      is_reduced_relative, other_sets_apart,
                                                      shares_auxiliary, wounded_then_died_figures)
from incident_extractor.casualties.bare_subjects import bare_subject_figures
from incident_extractor.casualties.apposition_deaths import dying_apposition_figures
from incident_extractor.casualties.death_of_name import death_of_name_figures
from incident_extractor.casualties.condition import condition_figures
from incident_extractor.casualties.dated_clauses import new_dated_clause_between
from incident_extractor.casualties.found_state import mark_found_states
from incident_extractor.casualties.hospital_deaths import hospital_deaths
from incident_extractor.casualties.partly_fatal import partly_fatal_figures
from incident_extractor.casualties.pronouns import pronoun_figures_restate
from incident_extractor.casualties.relative_subjects import relative_subject_figures
from incident_extractor.casualties.relative_main_verbs import relative_main_figures
from incident_extractor.casualties.asides import mask_ages, mask_asides, mask_group_appositions, mask_relative_asides
from incident_extractor.casualties.appositions import apposition_figures
from incident_extractor.casualties.named_lists import named_list_figures
from incident_extractor.casualties.nominal_adverbials import mask_nominal_adverbials
from incident_extractor.casualties.numbers import parse_number
from incident_extractor.casualties.participle_victims import participle_figures
from incident_extractor.casualties.person_only_verbs import drop_things
from incident_extractor.casualties.semicolon_lists import semicolon_list_figures
from incident_extractor.casualties.colon_lists import colon_list_figures
from incident_extractor.casualties.stabbings import settle_stabbings
from incident_extractor.casualties.attacker_reference import attackers_by_reference
from incident_extractor.casualties.distant_subjects import distant_died_figures
from incident_extractor.casualties.only_fatality import only_fatality_figures
from incident_extractor.casualties.object_after_place import object_after_place_figures
from incident_extractor.casualties.left_phrasings import left_injured_figures, left_list_figures
from incident_extractor.casualties.zeros_and_tolls import toll_figures, zero_figures
from incident_extractor.casualties.breakdown_appositions import breakdown_after
from incident_extractor.casualties.nominal_subjects import is_active_clause
from incident_extractor.casualties.unreal import drop_unreal
from incident_extractor.casualties.wire_named_objects import wire_named_object_figures
from incident_extractor.casualties.victims import (SINGLE, is_lone_definite_plural, is_plural_head, names_person,
                                                   victim_groups)
from incident_extractor.mentions import CasualtyMention

INDEFINITE_START = re.compile(r"(?:an?|one|another)\s", re.IGNORECASE)


def find_casualties(text: str, offset: int = 0) -> list[CasualtyMention]:
    """Every casualty figure of `text` (one sentence, or any text), offsets shifted by `offset`."""
    if not text:
        return []
    figures = find_figures(text)
    if not figures:
        return []
    shared = sentence_cues(text)
    claimant = find_claimant(text)
    mentions = []
    for figure in figures:
        number = figure.number
        cues = tuple(dict.fromkeys(figure.cues + shared))
        mentions.append(CasualtyMention(
            type=figure.type, count=number.value, low=number.low, high=number.high, qualifier=number.qualifier,
            text=text[figure.start:figure.end], start_char=offset + figure.start, end_char=offset + figure.end,
            victims=figure.victims, side=figure.side, claimant=claimant,
            cues=tuple(c if not c.startswith("group@") else f"group@{offset + int(c[6:])}" for c in cues)))
    return mentions


def find_figures(text: str) -> list[Figure]:
    """The figures of one sentence in text order, offsets relative to it."""
    claims = Claims(text)
    if not claims.windows:
        return []  # no trigger word: no figure (the asides below never hold one, so they change no window)
    masked = mask_group_appositions(mask_relative_asides(mask_ages(mask_asides(text))), claims.lowered)
    masked = mask_nominal_adverbials(masked, claims.lowered)
    if masked is not text:
        text, claims = masked, Claims(masked, windows=claims.windows)
    figures: list[Figure] = []
    rules = (zero_figures, toll_figures, partly_fatal_figures, relative_subject_figures, another_figures,
             colon_list_figures, semicolon_list_figures, named_list_figures, left_list_figures, participle_figures,
             _listed_figures, suffered_injury_figures, condition_figures, left_injured_figures, _nominal_figures,
             titled_figures, distant_died_figures, singular_figures, bare_subject_figures, apposition_figures, dying_apposition_figures,
             distant_figures, named_figures, wire_named_object_figures, murder_of_name_figures, death_of_name_figures,
             suicide_figures, wounded_then_died_figures, only_fatality_figures, object_after_place_figures)
    for rule in rules:
        figures.extend(rule(text, claims))
    figures += subgroup_figures(text, claims, figures)
    figures += among_the_dead_figures(text, claims, figures)
    figures += along_with_figures(text, claims, figures)
    figures += as_did_figures(text, claims, figures)
    figures += repeated_group_figures(text, claims, figures)
    if figures:  # (both follow a figure)
        figures += died_of_wounds_figures(text, claims, figures)
        figures += elliptical_figures(text, claims, figures)
    figures = drop_things(text, claims.lowered, drop_injuries_of_the_dead(
        text, claims, drop_unreal(text, claims, settle_stabbings(text, figures))))
    figures = attackers_by_reference(text, figures)
    figures = pronoun_figures_restate(text, drop_injuries_of_those_who_died(hospital_deaths(text, claims.lowered, figures)))
    figures = mark_found_states(text, figures)
    figures.sort(key=lambda f: (f.start, f.end))
    figures = _own_subgroups(resolve_same_number(figures))
    if {"aggregate", "background"} & set(sentence_cues(text)):
        return figures  # tolls of other periods or incidents are never summed with each other
    return other_sets_apart(_recalled_clauses(_tag_groups(figures, text)))  # (after the tags: "more" kept it apart)


def _recalled_clauses(figures: list[Figure]) -> list[Figure]:
    """"weeks after six guards and two drivers were killed": the cue before the first victims holds for the
    whole clause."""
    clauses = {c for f in figures if "recalled" in f.cues for c in f.cues if c.startswith("group@")}
    if not clauses:
        return figures
    return [replace(f, cues=f.cues + ("recalled",)) if clauses.intersection(f.cues) and "recalled" not in f.cues
            else f for f in figures]


def _own_subgroups(figures: list[Figure]) -> list[Figure]:
    """A sub-group needs a figure of its type before it: in "two were killed, including a boy, and 32 others were
    wounded" the wounded are no part of the dead."""
    result: list[Figure] = []
    for figure in figures:
        if "subgroup" in figure.cues and not any(f.type == figure.type for f in result):
            figure = replace(figure, cues=tuple(c for c in figure.cues if c != "subgroup"))
        result.append(figure)
    return result


def _listed_figures(text: str, claims: Claims) -> list[Figure]:
    """Victim lists before a passive verb, after an active verb, after "left" and after "deaths of"."""
    tables, found = patterns(), []
    for match in claims.scan_rule("to_death", text):
        found += figures_from_list(text, match, "obj", "killed", match.span("verb"), claims, verb_first=True)
    for match in claims.scan_rule("leave", text):
        kind = tables["types"]["leave"][normalise_phrase(match.group("compl"))]
        found += figures_from_list(text, match, "obj", kind, match.span("compl"), claims, verb_first=False)
    for match in claims.scan_items(tables["passive"], text, "passive"):
        verb = normalise_phrase(match.group("verb"))
        fill = set(normalise_phrase(match.group("fill")).split())
        if not fill & AUXILIARIES and verb in tables["transitive"] and object_follows(text, match.end()):
            continue  # "two gunmen killed three people": the gunmen are the killers
        if normalise_phrase(match.group("subj")) in ("he", "she") and fill & {"were", "are"}:
            continue
        groups = victim_groups(text, *match.span("subj"))
        if match.group("pp") and (text.isupper() or not all(
                g.victims is not None and (names_person(g.victims) or g.number is not SINGLE) for g in groups)):
            continue  # "a church in Malindi died": a place of proper names (mixed case) follows people only
        if (len(groups) == 1 and groups[0].number is SINGLE and not fill & AUXILIARIES and verb in tables["transitive"]
                and not (shares_auxiliary(text, groups[0].start) or not fill and tables["types"]["passive"][verb] == "killed"
                         and is_reduced_relative(text, match.end(), groups[0].victims))):
            continue  # "the group murdered ...": a lone person before a bare participle is the doer
        if groups and (tables["verb_before"].search(text, max(0, match.start("subj") - 40), match.start("subj"))
                       or _after_among_were(text, match.start("subj"), claims)):
            # "kills two officers and another two were injured", "killed 43 soldiers, nine were wounded", "killed an
            # official and a guard and 3 were injured": the items before the last are the verb's objects
            groups = victim_groups(text, *match.span("subj"), appositions=False)[-1:]
            groups = groups if len(victim_groups(text, *match.span("subj"), appositions=False)) > 1 else []
        if not groups or is_lone_definite_plural(groups):  # ("the guards, two men and a woman, were shot")
            groups = breakdown_after(text, match.group("subj"), match.end("subj"), match.start("fill"))
        if not groups or (len(groups) == 1 and groups[0].number is SINGLE and fill & {"were", "are"}):
            continue
        if _number_before_singular_verb(groups, fill):
            continue  # "the operator of CHANNEL 7 TELEVISION WAS KILLED": a number inside a name
        # "the candidate who was shot" names a death told before; "a man who was shot in the arm" tells a new one
        restated = "who" in fill and not INDEFINITE_START.match(match.group("subj"))
        also = ("more",) if "also" in fill else ("restated",) if restated else ()
        found += emit_groups(text, groups, tables["types"]["passive"][verb], match.span("verb"), claims, verb_first=False,
                       extra_cues=also)
        if "who" in fill:  # "Four traders who had been kidnapped were killed": the main verb's figure too
            found += relative_main_figures(text, match.end("verb"), groups, claims)
        if match.group("verb2"):  # "were abducted and killed": the same people, a second type
            second = tables["types"]["passive"][normalise_phrase(match.group("verb2"))]
            if second != tables["types"]["passive"][verb]:
                found += emit_groups(text, groups, second, match.span("verb2"), claims, verb_first=False, extra_cues=also)
    for match in claims.scan_rule("active", text):
        if tables["aux_before"].search(text, max(0, match.start() - 30), match.start()):
            continue  # "were killed 20 km away" is passive, not an object
        if tables["unreal_before"].search(text, max(0, match.start() - 30), match.start()):
            continue  # "plotted to kill two judges"
        kind = tables["types"]["active"][normalise_phrase(match.group("verb"))]
        listed = figures_from_list(text, match, "obj", kind, match.span("verb"), claims, verb_first=True)
        if listed and match.group("self") and kind == "killed":
            # the attacker counts once, like a suicide bomber named in the sentence
            listed.append(Figure(kind, SINGLE, *match.span("self"), "suicide bombers", None, ("more", "attackers")))
        found += listed
    for match in claims.scan_rule("of_nominal", text):
        if tables["number_before"].search(text, max(0, match.start() - 40), match.start()):
            continue  # "two deaths of soldiers": the nominal rule counts the number
        noun = match.group("verb").lower()
        kind = ("injured" if noun.startswith(("injur", "wound")) else "kidnapped" if noun.startswith(("kidnap", "abduct"))
                else "arrested" if noun.startswith("arrest") else "killed")
        found += figures_from_list(text, match, "obj", kind, match.span("verb"), claims, verb_first=True)
    return found


# "Among the 28 victims were 24 soldiers and 4 civilians, and 235 others were wounded": the items before the
# last complete "among ... were", not the passive verb after them
AMONG_WERE = re.compile(r"(?<![\w'’-])among\s+(?:[\w'’-]+\s+){0,5}?(?:were|was|are)\s+$", re.IGNORECASE)


def _after_among_were(text: str, start: int, claims: Claims) -> bool:
    return "among" in claims.lowered and bool(AMONG_WERE.search(text, max(0, start - 50), start))


def _number_before_singular_verb(groups, fill: set) -> bool:
    """A lone group of several named by a singular noun before "was" / "has been" (a bare number stays: "a family
    of 6 was gunned down")."""
    if len(groups) != 1 or not fill & {"was", "has"} or fill & {"were", "have", "are"}:
        return False
    group = groups[0]
    return (group.number.value or 0) > 1 and group.victims is not None and not is_plural_head(group.victims)


def _nominal_figures(text: str, claims: Claims) -> list[Figure]:
    tables, found = patterns(), []
    for match in claims.scan_items(tables["nominal"], text, "nominal"):
        number = parse_number(match.group("num"))
        if number is None or claims.taken(*match.span("verb")) or claims.taken(*match.span("num")):
            continue
        if number.value in range(1000, 2101) and re.fullmatch(r"\d{4}", match.group("num").strip()):
            continue
        if is_active_clause(text, match, tables["transitive"]):
            continue  # "SEVERAL GUNMEN KILLED ROBERTO SALAS": the gunmen are the killers
        claims.claim(*match.span())
        kind = tables["types"]["nouns"][normalise_phrase(match.group("verb"))]
        cues = figure_cues(text, match.start("num"), match.end("num"), match.group(0))
        found.append(Figure(kind, number, match.start(), match.end(), cues=cues))
    return found


def _tag_groups(figures: list[Figure], text: str = "") -> list[Figure]:
    """Figures of one type in one sentence that name different victims add up ("three soldiers were killed
    and two attackers died"); a sub-group, an update or a restated figure does not."""
    result, last_of_type = [], {}
    for figure in figures:
        previous = last_of_type.get(figure.type)
        last_of_type[figure.type] = len(result)
        if previous is not None and _adds_to(result[previous], figure) and not (
                text and new_dated_clause_between(text, result[previous].end, figure.start)):
            before = result[previous]
            cue = next((c for c in before.cues if c.startswith("group@")), f"group@{before.start}")
            if cue not in before.cues:
                result[previous] = replace(before, cues=before.cues + (cue,))
            if cue not in figure.cues:
                figure = replace(figure, cues=tuple(c for c in figure.cues if not c.startswith("group@")) + (cue,))
        result.append(figure)
    return result


def _adds_to(before: Figure, after: Figure) -> bool:
    blocking = {"subgroup", "update", "more", "restated"}
    if blocking & set(before.cues) or blocking & set(after.cues):
        return False
    if before.number.value in (None, 0) or after.number.value in (None, 0):
        return False
    if ("recalled" in before.cues) != ("recalled" in after.cues):
        return False  # "killed 5 people, two weeks after a bombing killed 20": two incidents
    same_group = [c for c in before.cues if c.startswith("group@")] == [c for c in after.cues if c.startswith("group@")]
    if same_group and any(c.startswith("group@") for c in after.cues):
        return False  # already one list
    return not (before.number.value == after.number.value and before.victims == after.victims)

