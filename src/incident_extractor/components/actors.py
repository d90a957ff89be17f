"""spaCy component `incident_actors`: who did what to whom -> mentions_of(doc).actors.

Actor phrases end in a head noun from the lexicon ("gunmen", "forces", "protesters") or name a known
armed group; kind and country come from the phrase's words, role from the dependency parse.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Optional

from spacy.language import Language

from incident_extractor.events.actor_kinds import (
    ARMED_KINDS,
    actor_lexicon,
    country_of_phrase,
    find_claimants,
    find_named_groups,
    kind_of_phrase,
)
from incident_extractor.events.roles import news_source_role, role_from_parse
from incident_extractor.events.sentences import annotated, text_of, token_sentence_starts
from incident_extractor.mentions import ActorMention, mentions_of

# heads too common as ordinary words to be an actor without a modifier ("use of force", "took positions")
_NEEDS_MODIFIER = frozenset({"force", "positions", "posts", "ministry", "secretary", "personnel", "official", "leader"})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "some", "all", "both"})
_MEDIATED = re.compile(r"(?<![\w.])((?:U\.S\.|U\.N\.|US|UN|EU|[A-Z][a-z]+))[-‐‑](?:mediated|brokered|hosted|sponsored|backed)\b")
_MAX_MODIFIERS = 6


_UPPER_ASCII = bytes(range(ord("A"), ord("Z") + 1))
_LOWER_ASCII = bytes(range(ord("a"), ord("z") + 1))


def is_mostly_upper(text: str) -> bool:
    """News wire in capitals: capitalisation says nothing about names there. Counts ASCII letters by
    deleting them from the bytes (two C calls; a findall built a list of ~2,000 one-letter strings)."""
    sample = text[:2000].encode("ascii", "ignore")
    upper = len(sample) - len(sample.translate(None, _UPPER_ASCII))
    return upper > 0 and upper > 4 * (len(sample) - len(sample.translate(None, _LOWER_ASCII)))


def _is_country_word(token) -> bool:
    return token.text[:1].isupper() and bool(country_of_phrase([token.text]))


def phrase_start(doc, head, all_caps: bool, sentence_start: int = 0) -> int:
    """Index of the first token of the actor phrase that ends at `head`, walking left over modifiers
    (never past `sentence_start`, the token index where the head's sentence begins)."""
    lexicon = actor_lexicon()
    start = head.i
    while start - 1 >= sentence_start and head.i - start < _MAX_MODIFIERS:
        previous = doc[start - 1]
        lower = previous.lower_
        if lower in _DETERMINERS or previous.is_punct and previous.text not in ("-", "'s", "’s"):
            break
        if lower in lexicon.phrase_modifiers or lower in lexicon.modifier_kinds or _is_country_word(previous) or lower in ("'s", "’s"):
            start -= 1
            continue
        if previous.text in ("-", "–") and not previous.whitespace_ and start - 2 >= sentence_start and doc[start - 2].is_alpha:
            start -= 2  # "MLN-T militants", "pro-government forces": the hyphenated word is one modifier
            continue
        if lower in ("and", "&") and start - 2 >= sentence_start and _is_country_word(doc[start - 2]) and _is_country_word(doc[start]):
            start -= 1
            continue
        if not all_caps and previous.is_title and previous.pos_ in ("PROPN", "ADJ", "NOUN", "") and previous.i != sentence_start:
            start -= 1
            continue
        if not all_caps and previous.is_title and previous.i == sentence_start and _is_country_word(previous):
            start -= 1
            continue
        break
    return start


def phrase_end(doc, head, all_caps: bool) -> int:
    """One past the last token: titles take the name after them ("Foreign Minister Ararat Mirzoyan")."""
    end = head.i + 1
    if head.lower_ not in actor_lexicon().title_heads or all_caps:
        return end
    while end < len(doc) and doc[end].is_title and doc[end].pos_ in ("PROPN", "") and end - head.i <= 3:
        end += 1
    return end


def actors_for_span(doc, start: int, end: int, head, kind: Optional[str], armed: bool, parsed: bool,
                    may_be_source: bool = False) -> list[ActorMention]:
    """One mention per country named in the phrase: "Armenian and Azerbaijani forces" are two sides.

    may_be_source: a common-noun phrase may only report the news ("police said"): its role is then "source"."""
    span = doc[start:end]
    words = [t.text for t in span]
    countries = country_of_phrase(words) or [None]
    root = span.root if head.dep_ == "compound" else head
    role = role_from_parse(root) if parsed else None
    if parsed and may_be_source and role is None:
        role = news_source_role(root)  # "source": assembly keeps it only as the agent of an arrest
    span_text = text_of(doc)[span.start_char:span.end_char]  # the doc's text sliced: span.text joins the tokens
    return [
        ActorMention(
            name=span_text, text=span_text, start_char=span.start_char, end_char=span.end_char,
            kind=kind, country_code=code, role=role, is_armed=armed,
        )
        for code in countries
    ]


@lru_cache(maxsize=1)
def _head_noun_ids() -> "numpy.ndarray":
    import numpy
    from spacy.strings import get_string_id

    return numpy.array(sorted(get_string_id(word) for word in actor_lexicon().head_nouns), dtype="uint64")


def head_noun_positions(doc) -> list[int]:
    """Indices of tokens whose lower-case form is a head noun, found on the arrays (no Token objects)."""
    import numpy
    from spacy.attrs import LOWER

    lowers = doc.to_array([LOWER]).ravel().astype("uint64")
    return [int(i) for i in numpy.isin(lowers, _head_noun_ids()).nonzero()[0]]


def find_actor_mentions(doc) -> list[ActorMention]:
    lexicon = actor_lexicon()
    text = text_of(doc)
    all_caps = is_mostly_upper(text)
    sentence_starts = token_sentence_starts(doc)
    parsed = annotated(doc, "DEP")
    found: list[ActorMention] = []
    covered: set[int] = set()
    for start_char, end_char, kind in find_named_groups(text):
        span = doc.char_span(start_char, end_char, alignment_mode="contract")
        if span is None or not len(span):
            continue  # the name is glued to other words ("sources;Islamic State"): no clean token span
        end = span.end
        if end < len(doc) and doc[end].lower_ in lexicon.head_nouns and doc[end].lower_ not in _NEEDS_MODIFIER:
            end += 1  # "Al Shabaab militants": the group's name and its head noun are one actor
        covered.update(range(span.start, end))
        found.extend(actors_for_span(doc, span.start, end, doc[end - 1], kind, kind in ARMED_KINDS, parsed))
    for start_char, end_char, kind in find_claimants(text):
        span = doc.char_span(start_char, end_char, alignment_mode="contract")
        if span is None or not len(span) or any(i in covered for i in range(span.start, span.end)):
            continue
        covered.update(range(span.start, span.end))
        found.extend(actors_for_span(doc, span.start, span.end, span[-1], kind, True, parsed))
    dateline_start, dateline_end = dateline_span(text)
    for index in head_noun_positions(doc):
        token = doc[index]
        if token.i in covered or dateline_start <= token.idx < dateline_end:
            continue  # "(Staff report) -" in a dateline: who filed the story
        if token.i + 1 < len(doc) and doc[token.i + 1].lower_ in lexicon.head_nouns and token.whitespace_:
            continue  # "police patrol", "Army troops": the last noun heads the phrase
        start = phrase_start(doc, token, all_caps, sentence_starts[max(0, bisect_right(sentence_starts, token.i) - 1)])
        if token.lower_ in _NEEDS_MODIFIER and start == token.i:
            continue
        end = phrase_end(doc, token, all_caps)
        kind, armed = kind_of_phrase([t.text for t in doc[start : token.i + 1]])
        covered.update(range(start, end))
        found.extend(actors_for_span(doc, start, end, token, kind, armed, parsed, may_be_source=True))
    found.extend(_mediators_by_compound(text))
    if parsed and annotated(doc, "ENT_IOB"):
        found.extend(_countries_with_a_role(doc, text, covered))
    return sorted(found, key=lambda a: (a.start_char, a.end_char))


def _mediators_by_compound(text: str) -> list[ActorMention]:
    """'U.S.-mediated talks', 'a Russian-brokered truce': the first part is the mediator."""
    found = []
    for match in _MEDIATED.finditer(text):
        codes = country_of_phrase([match.group(1)])
        kind = "external_force" if match.group(1) in ("UN", "U.N.", "EU") else "state_forces"
        found.append(
            ActorMention(
                name=match.group(1), text=match.group(1), start_char=match.start(1), end_char=match.end(1),
                kind=kind, country_code=codes[0] if codes else None, role="mediator", is_armed=False,
            )
        )
    return found


_PERPETRATOR_BEFORE = re.compile(
    r"(?:\b(?:members?|militants?|fighters?|guerrill\w+|gunmen|cells?|units?|commandos?) (?:of|from) (?:the )?"
    r"|\b(?:attributed|blamed|claimed|carried out|perpetrated) (?:to|on|by) (?:the )?|\bby (?:the )?)$",
    re.IGNORECASE,
)


def _countries_with_a_role(doc, text: str, covered: set[int]) -> list[ActorMention]:
    """Countries and organisations named by the model that attack, fight or mediate ("Russia hosted talks",
    "members of the X Liberation Front", "bombed by the Y Group")."""
    found = []
    dateline_start, dateline_end = dateline_span(text)
    for entity in doc.ents:
        if entity.label_ not in ("GPE", "ORG", "NORP", "PERSON") or any(i in covered for i in range(entity.start, entity.end)):
            continue
        if dateline_start <= entity.start_char and entity.end_char <= dateline_end:
            continue  # where the story was filed, and by whom
        role = role_from_parse(entity.root)
        entity_text = text[entity.start_char:entity.end_char]  # entity.text would join its tokens on each use
        if entity.label_ == "PERSON":
            if role == "target":  # "gunmen shot dead Jane Doe", "the kidnapping of John Doe": a person hit
                found.append(ActorMention(name=entity_text, text=entity_text, start_char=entity.start_char,
                                          end_char=entity.end_char, kind="civilians", role=role, is_armed=False))
            continue
        codes = country_of_phrase([entity_text]) or country_of_phrase([t.text for t in entity])
        named_as_perpetrator = bool(_PERPETRATOR_BEFORE.search(text[max(0, entity.start_char - 30) : entity.start_char]))
        if codes and entity.label_ != "ORG":
            if entity.label_ == "NORP" and entity_text.endswith("s") and role in (None, "target"):
                kind, armed = "civilians", False  # "Syrians", "Iraqis": people of a country
            elif role is None and _wields_state_weapon(entity.root):
                kind, armed, role = "state_forces", True, "perpetrator"  # "an Israeli air strike", "Russian shelling"
            elif role is None and entity.root.dep_ not in ("nsubj", "nsubjpass"):
                continue  # a country named as a place, not as an actor
            else:
                kind, armed = "state_forces", role not in (None, "mediator")
        elif entity.label_ == "ORG" and entity_text.strip("() ").upper() in actor_lexicon().news_agencies:
            continue  # "(AP)", "(EFE)": the agency that files the story
        elif entity.label_ == "ORG" and (_looks_like_armed_group(entity_text) or (named_as_perpetrator and role != "target")):
            kind, armed = "rebel_group", True
            role = role or ("perpetrator" if named_as_perpetrator else None)
        else:
            continue
        found.append(
            ActorMention(
                name=entity_text, text=entity_text, start_char=entity.start_char, end_char=entity.end_char,
                kind=kind, country_code=codes[0] if codes else None, role=role, is_armed=armed,
            )
        )
    return found


def _wields_state_weapon(token) -> bool:
    """A demonym or country that modifies what only a state wields: "an Israeli air strike", "Russian warplanes",
    "Turkish drones" (the head may be a compound's last word: "air strike")."""
    if token.dep_ not in ("amod", "compound", "nmod", "poss"):
        return False
    return token.head.lower_ in actor_lexicon().state_weapon_nouns


def _looks_like_armed_group(name: str) -> bool:
    """An organisation that attacks is an armed group when its name says so or it is known by an acronym."""
    letters = name.replace("-", "").replace(".", "")
    return bool(actor_lexicon().group_name_suffix.search(name)) or (letters.isupper() and 2 <= len(letters) <= 6)


# "ABUJA, Nigeria (AP) —", "SAN SALVADOR, 3 JAN 90 (EFE) --": it opens the first or second line (after a headline)
_DATELINE = re.compile(r"^[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}[ \t]*[,(][^\n]{0,60}?(?:\s--|\s?—|\s–|\s-\s)",
                       re.MULTILINE)
_DATELINE_REACH = 400


def dateline_span(text: str) -> tuple[int, int]:
    """Where the dateline at the top of a wire story lies, (0, 0) when there is none."""
    match = _DATELINE.search(text, 0, min(len(text), _DATELINE_REACH))
    return match.span() if match else (0, 0)


class IncidentActors:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc):
        mentions_of(doc).actors = find_actor_mentions(doc)
        return doc


@Language.factory("incident_actors")
def make_incident_actors(nlp: Language, name: str) -> IncidentActors:
    return IncidentActors(nlp, name)
