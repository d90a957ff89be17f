"""Casualty figures of one sentence: "killing 12", "12 were killed", "the death toll rose to 12",
"a soldier and two civilians were killed", "no one was hurt".

Rules run from the most specific to the most general; each claims the span of its verb (or noun), and a
later rule never reports a figure on a span already claimed, so one phrase yields one figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from incident_extractor.casualties.context import figure_cues, find_claimant, sentence_cues
from incident_extractor.casualties.lexicon import AUXILIARIES, normalise_phrase, patterns
from incident_extractor.casualties.numbers import ParsedNumber, parse_number
from incident_extractor.casualties.victims import SINGLE, VictimGroup, is_lone_definite_plural, is_plural_head, victim_groups
from incident_extractor.mentions import CasualtyMention

ZERO = ParsedNumber(0, 0, 0, "none")
UPDATE_VERBS = re.compile(r"rose|risen|rises|rising|climbed|climbs|increased|jumped|went\s+up|grew|soared|mounted|"
                          r"raising|raised|bringing|brought|pushing|pushed|taking|took", re.IGNORECASE)
ZERO_NOUN_TYPES = {"casualties": ("killed", "injured"), "victims": ("killed", "injured"), "deaths": ("killed",),
                   "fatalities": ("killed",), "dead": ("killed",), "injuries": ("injured",), "injured": ("injured",),
                   "wounded": ("injured",)}
CLAIM_WORDS = ("hurt", "harmed")  # "no one was hurt" means nobody killed or injured


@dataclass(frozen=True)
class Figure:
    """A figure found in a sentence, offsets relative to the sentence."""

    type: str
    number: ParsedNumber
    start: int
    end: int
    victims: Optional[str] = None
    side: Optional[str] = None
    cues: tuple[str, ...] = ()
    item_text: str = ""


# every figure lies within this many characters of a trigger word (a subject list before its verb, an
# object list after it); scanning only these windows keeps long sentences cheap
WINDOW_BEFORE, WINDOW_AFTER = 200, 150


class _Claims:
    """Spans already reported, and the windows of the sentence worth scanning."""

    def __init__(self, text: str = "") -> None:
        self.spans: list[tuple[int, int]] = []
        self.windows: list[list[int]] = []
        for hit in patterns()["trigger"].finditer(text):
            start, end = max(0, hit.start() - WINDOW_BEFORE), min(len(text), hit.end() + WINDOW_AFTER)
            if self.windows and start <= self.windows[-1][1]:
                self.windows[-1][1] = max(self.windows[-1][1], end)
            else:
                self.windows.append([start, end])

    def scan(self, pattern: re.Pattern, text: str):
        for start, end in self.windows:
            yield from pattern.finditer(text, start, end)

    def scan_items(self, pattern: re.Pattern, text: str):
        """Like `scan` for patterns that start with a victim phrase, tried only where one can start."""
        for start, end in self.windows:
            last_end = start
            for candidate in patterns()["item_start"].finditer(text, start, end):
                if candidate.start() < last_end:
                    continue
                match = pattern.match(text, candidate.start(), end)
                if match:
                    last_end = match.end()
                    yield match

    def taken(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.spans)

    def claim(self, start: int, end: int) -> None:
        self.spans.append((start, end))


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
    claims = _Claims(text)
    if not claims.windows:
        return []
    figures: list[Figure] = []
    rules = (_zero_figures, _toll_figures, _listed_figures, _nominal_figures, _titled_figures, _singular_figures,
             _distant_figures, _named_figures, _suicide_figures)
    for rule in rules:
        figures.extend(rule(text, claims))
    figures += _subgroup_figures(text, claims, figures)
    figures.sort(key=lambda f: (f.start, f.end))
    if {"aggregate", "background"} & set(sentence_cues(text)):
        return figures  # tolls of other periods or incidents are never summed with each other
    return _tag_groups(figures)


def _subgroup_figures(text: str, claims: _Claims, figures: list[Figure]) -> list[Figure]:
    """"killing 12 people, including 3 children": the children are a figure of the same type, tagged
    as a sub-group so the headline never adds them."""
    found = []
    for match in claims.scan(patterns()["subgroup_list"], text):
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


def _zero_figures(text: str, claims: _Claims) -> list[Figure]:
    tables, found = patterns(), []
    for match in claims.scan(tables["zero_subject"], text):
        verb = normalise_phrase(match.group("verb"))
        types = ("killed", "injured") if verb in CLAIM_WORDS else (tables["types"]["passive"][verb],)
        found += _zero(types, match, "verb", claims)
    for match in claims.scan(tables["zero_noun"], text):
        noun = normalise_phrase(match.group("noun"))
        if noun.startswith("loss"):
            types = ("killed",)
        elif noun.startswith("one"):
            types = ("killed",) if noun.endswith("killed") else ("killed", "injured")
        else:
            types = ZERO_NOUN_TYPES[noun]
        found += _zero(types, match, "noun", claims)
    for match in claims.scan(tables["zero_negated"], text):
        verb = normalise_phrase(match.group("verb"))
        types = ("killed", "injured") if verb in CLAIM_WORDS else (tables["types"]["passive"].get(verb, "injured"),)
        found += _zero(types, match, "verb", claims)
    for match in claims.scan(tables["zero_unhurt"], text):
        found += _zero(("injured",), match, 0, claims)
    return found


def _zero(types, match: re.Match, anchor, claims: _Claims) -> list[Figure]:
    if claims.taken(*match.span(anchor)):
        return []
    claims.claim(*match.span(anchor))
    return [Figure(t, ZERO, match.start(), match.end()) for t in types]


def _toll_figures(text: str, claims: _Claims) -> list[Figure]:
    found = []
    for name in ("toll", "toll_raise"):
        for match in claims.scan(patterns()[name], text):
            number = parse_number(match.group("num"))
            if number is None or claims.taken(*match.span("num")):
                continue
            claims.claim(match.start(), match.end())
            kind = "injured" if re.search(r"injur|wound", match.group("which"), re.IGNORECASE) else "killed"
            cues = figure_cues(text, match.start("num"), match.end("num"))
            if UPDATE_VERBS.fullmatch(match.group("tv")) and "update" not in cues:
                cues += ("update",)
            found.append(Figure(kind, number, match.start(), match.end(), cues=cues))
    return found


def _listed_figures(text: str, claims: _Claims) -> list[Figure]:
    """Victim lists before a passive verb, after an active verb, after "left" and after "deaths of"."""
    tables, found = patterns(), []
    for match in claims.scan(tables["to_death"], text):
        found += _from_list(text, match, "obj", "killed", match.span("verb"), claims, verb_first=True)
    for match in claims.scan(tables["leave"], text):
        kind = tables["types"]["leave"][normalise_phrase(match.group("compl"))]
        found += _from_list(text, match, "obj", kind, match.span("compl"), claims, verb_first=False)
    for match in claims.scan_items(tables["passive"], text):
        verb = normalise_phrase(match.group("verb"))
        fill = set(normalise_phrase(match.group("fill")).split())
        if not fill & AUXILIARIES and verb in tables["transitive"] and _object_follows(text, match.end()):
            continue  # "two gunmen killed three people": the gunmen are the killers
        if normalise_phrase(match.group("subj")) in ("he", "she") and fill & {"were", "are"}:
            continue
        groups = victim_groups(text, *match.span("subj"))
        if len(groups) == 1 and groups[0].number is SINGLE and not fill & AUXILIARIES and verb in tables["transitive"]:
            continue  # "the group murdered ...": a lone person before a bare participle is the doer
        if groups and tables["verb_before"].search(text, max(0, match.start("subj") - 40), match.start("subj")):
            groups = groups[1:]  # "kills two officers and another two were injured": the first item is an object
        if is_lone_definite_plural(groups) or (len(groups) == 1 and groups[0].number is SINGLE and fill & {"were", "are"}):
            continue
        also = ("more",) if "also" in fill else ()
        found += _emit(text, groups, tables["types"]["passive"][verb], match.span("verb"), claims, verb_first=False,
                       extra_cues=also)
        if match.group("verb2"):  # "were abducted and killed": the same people, a second type
            second = tables["types"]["passive"][normalise_phrase(match.group("verb2"))]
            if second != tables["types"]["passive"][verb]:
                found += _emit(text, groups, second, match.span("verb2"), claims, verb_first=False, extra_cues=also)
    for match in claims.scan(tables["active"], text):
        if tables["aux_before"].search(text, max(0, match.start() - 30), match.start()):
            continue  # "were killed 20 km away" is passive, not an object
        if tables["unreal_before"].search(text, max(0, match.start() - 30), match.start()):
            continue  # "plotted to kill two judges"
        kind = tables["types"]["active"][normalise_phrase(match.group("verb"))]
        found += _from_list(text, match, "obj", kind, match.span("verb"), claims, verb_first=True)
    for match in claims.scan(tables["of_nominal"], text):
        if tables["number_before"].search(text, max(0, match.start() - 40), match.start()):
            continue  # "two deaths of soldiers": the nominal rule counts the number
        noun = match.group("verb").lower()
        kind = ("injured" if noun.startswith(("injur", "wound")) else "kidnapped" if noun.startswith(("kidnap", "abduct"))
                else "arrested" if noun.startswith("arrest") else "killed")
        found += _from_list(text, match, "obj", kind, match.span("verb"), claims, verb_first=True)
    return found


def _object_follows(text: str, end: int) -> bool:
    if patterns()["object_follows"].match(text, end):
        return True
    following = text[end:end + 3].lstrip()
    return bool(following) and following[0].isupper() and not text.isupper()


def _from_list(text, match, group, kind, anchor, claims, verb_first) -> list[Figure]:
    start, end = match.span(group)
    groups = victim_groups(text, start, end)
    if groups and groups[-1].victims is None and patterns()["unit_after"].match(text, groups[-1].end):
        groups = groups[:-1]  # "killed 12 km from" / "wounded 3 percent"
    if verb_first and len(groups) > 1 and (patterns()["passive_tail"].match(text, groups[-1].end) or (
            groups[-1].victims is None and patterns()["clause_after"].match(text, groups[-1].end))):
        groups = groups[:-1]  # "kills two officers and another two were injured": the last item starts a clause
    if is_lone_definite_plural(groups):
        return []
    return _emit(text, groups, kind, anchor, claims, verb_first)


def _emit(text, groups: list[VictimGroup], kind, anchor, claims: _Claims, verb_first: bool,
          extra_cues: tuple[str, ...] = ()) -> list[Figure]:
    if not groups or claims.taken(*anchor):
        return []
    claims.claim(*anchor)
    claims.claim(groups[0].start, groups[-1].end)
    counted = [g for g in groups if g.number.value is not None or len(groups) == 1]
    group_cue = (f"group@{groups[0].start}",) if len(counted) > 1 else ()
    figures = []
    for g in counted:
        attackers = g.victims is not None and normalise_phrase(g.victims) in patterns()["attacker_heads"]
        cues = figure_cues(text, g.start, g.end, g.text) + group_cue + extra_cues
        if (g.additional or attackers) and "more" not in cues:
            cues += ("more",)
        span_start, span_end = (anchor[0], g.end) if verb_first else (g.start, anchor[1])
        figures.append(Figure(kind, g.number, span_start, span_end, g.victims, g.side, cues, g.text))
    return figures


def _nominal_figures(text: str, claims: _Claims) -> list[Figure]:
    tables, found = patterns(), []
    for match in claims.scan_items(tables["nominal"], text):
        number = parse_number(match.group("num"))
        if number is None or claims.taken(*match.span("verb")) or claims.taken(*match.span("num")):
            continue
        if number.value in range(1000, 2101) and re.fullmatch(r"\d{4}", match.group("num").strip()):
            continue
        claims.claim(*match.span())
        kind = tables["types"]["nouns"][normalise_phrase(match.group("verb"))]
        cues = figure_cues(text, match.start("num"), match.end("num"), match.group(0))
        found.append(Figure(kind, number, match.start(), match.end(), cues=cues))
    return found


def _singular_figures(text: str, claims: _Claims) -> list[Figure]:
    """"Laporte was murdered", "he died of his wounds": one named or pronoun victim."""
    tables, found = patterns(), []
    mixed_case = not text.isupper()
    for name in ("singular_was", "singular_died"):
        for match in claims.scan(tables[name], text):
            subject = match.group("subj")
            if claims.taken(*match.span("verb")) or not _is_single_subject(subject, name, mixed_case):
                continue
            claims.claim(*match.span("verb"))
            verb = normalise_phrase(match.group("verb"))
            kind = tables["types"]["passive"].get(verb, "killed")
            victims = subject if subject.lower() in tables["singular_heads"] else None
            found.append(Figure(kind, SINGLE, match.start(), match.end(), victims, cues=figure_cues(text, *match.span())))
    return found


def _is_single_subject(subject: str, rule: str, mixed_case: bool) -> bool:
    tables = patterns()
    word = subject.lower()
    if word in tables["not_a_subject"] or parse_number(word) is not None or is_plural_head(word) and word not in ("he", "she"):
        return False
    if rule == "singular_was":
        return True
    return word in ("he", "she") or word in tables["singular_heads"] or (mixed_case and subject[:1].isupper())


def _tag_groups(figures: list[Figure]) -> list[Figure]:
    """Figures of one type in one sentence that name different victims add up ("three soldiers were killed
    and two attackers died"); a sub-group, an update or a restated figure does not."""
    result, last_of_type = [], {}
    for figure in figures:
        previous = last_of_type.get(figure.type)
        last_of_type[figure.type] = len(result)
        if previous is not None and _adds_to(result[previous], figure):
            before = result[previous]
            cue = next((c for c in before.cues if c.startswith("group@")), f"group@{before.start}")
            if cue not in before.cues:
                result[previous] = replace(before, cues=before.cues + (cue,))
            if cue not in figure.cues:
                figure = replace(figure, cues=tuple(c for c in figure.cues if not c.startswith("group@")) + (cue,))
        result.append(figure)
    return result


def _adds_to(before: Figure, after: Figure) -> bool:
    blocking = {"subgroup", "update", "more"}
    if blocking & set(before.cues) or blocking & set(after.cues):
        return False
    if before.number.value in (None, 0) or after.number.value in (None, 0):
        return False
    same_group = [c for c in before.cues if c.startswith("group@")] == [c for c in after.cues if c.startswith("group@")]
    if same_group and any(c.startswith("group@") for c in after.cues):
        return False  # already one list
    return not (before.number.value == after.number.value and before.victims == after.victims)


def _titled_figures(text: str, claims: _Claims) -> list[Figure]:
    """One person named by a title: "Judge Ana Ruiz died", "killed attorney general Roberto Garcia"."""
    tables, found = patterns(), []
    for name in ("titled_subject", "titled_object"):
        for match in claims.scan(tables[name], text):
            if claims.taken(*match.span("verb")):
                continue
            verb = normalise_phrase(match.group("verb"))
            if name == "titled_object":
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


def _distant_figures(text: str, claims: _Claims) -> list[Figure]:
    """A counted subject separated from its passive verb by a participle phrase, with no other number between."""
    tables, found = patterns(), []
    for match in claims.scan_items(tables["distant_passive"], text):
        gap = match.group("gap")
        if claims.taken(*match.span("verb")) or re.search(r"\d|[,(]", gap) or tables["number_in_gap"].search(gap):
            continue
        groups = victim_groups(text, *match.span("subj"))
        kind = tables["types"]["passive"][normalise_phrase(match.group("verb"))]
        found += _emit(text, groups[:1], kind, match.span("verb"), claims, verb_first=False)
    return found


def _named_figures(text: str, claims: _Claims) -> list[Figure]:
    if text.isupper():
        return []
    tables, found = patterns(), []
    for match in claims.scan(tables["named_object"], text):
        if claims.taken(*match.span("verb")) or tables["aux_before"].search(text, max(0, match.start() - 30), match.start()):
            continue
        if is_plural_head(match.group("name").split()[-1]) and not match.group("title"):
            continue
        claims.claim(*match.span("verb"))
        kind = tables["types"]["active"][normalise_phrase(match.group("verb"))]
        found.append(Figure(kind, SINGLE, match.start(), match.end(), match.group("title"), None,
                            figure_cues(text, *match.span("obj")), match.group("obj")))
    return found


def _suicide_figures(text: str, claims: _Claims) -> list[Figure]:
    """A suicide bomber who struck is dead: the headline counts attackers, so the bomber is a figure too."""
    tables = patterns()
    if not tables["suicide_gate"].search(text) or tables["suicide_not_dead"].search(text):
        return []
    for match in claims.scan(tables["suicide_noun"], text):
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
    return []
