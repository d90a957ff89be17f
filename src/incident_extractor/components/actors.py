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

from incident_extractor.components.actor_entities import countries_with_a_role, dateline_span, span_root, token_bounds
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
_MEDIATED_SUFFIX = re.compile(r"[-‐‑](?:mediated|brokered|hosted|sponsored|backed)\b")
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
                    may_be_source: bool = False, bounds=None) -> list[ActorMention]:
    """One mention per country named in the phrase: "Armenian and Azerbaijani forces" are two sides.

    may_be_source: a common-noun phrase may only report the news ("police said"): its role is then "source".
    bounds: the doc's `token_bounds`, when the caller has them."""
    starts, ends = bounds or token_bounds(doc)
    text = text_of(doc)
    countries = country_of_phrase([text[a:b] for a, b in zip(starts[start:end], ends[start:end])]) or [None]
    root = span_root(doc, start, end) if head.dep_ == "compound" else head
    role = role_from_parse(root) if parsed else None
    if parsed and may_be_source and role is None:
        role = news_source_role(root)  # "source": assembly keeps it only as the agent of an arrest
    start_char, end_char = starts[start], ends[end - 1]
    span_text = text[start_char:end_char]  # the doc's text sliced: span.text joins the tokens
    return [
        ActorMention(
            name=span_text, text=span_text, start_char=start_char, end_char=end_char,
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
    """Indices of tokens whose lower-case form is a head noun, found on the arrays (no Token objects).
    A binary search of each token's id in the sorted ids: numpy.isin sorted the whole document first."""
    import numpy
    from spacy.attrs import LOWER

    ids = _head_noun_ids()
    lowers = doc.to_array(LOWER)
    if not len(ids) or not len(lowers):
        return []
    at = numpy.searchsorted(ids, lowers)
    at[at == len(ids)] = 0  # past the last id: compared with the first one, which it is not
    return (ids[at] == lowers).nonzero()[0].tolist()


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
    bounds = starts, ends = token_bounds(doc)
    heads = head_noun_positions(doc)
    head_set = set(heads)
    for index in heads:
        # offsets and the next word's head-noun test come from the arrays: a Token only for the phrases kept
        if index in covered or dateline_start <= starts[index] < dateline_end:
            continue  # "(Staff report) -" in a dateline: who filed the story
        if index + 1 in head_set and starts[index + 1] > ends[index]:
            continue  # "police patrol", "Army troops" (a space between): the last noun heads the phrase
        token = doc[index]
        start = phrase_start(doc, token, all_caps, sentence_starts[max(0, bisect_right(sentence_starts, index) - 1)])
        if token.lower_ in _NEEDS_MODIFIER and start == index:
            continue
        end = phrase_end(doc, token, all_caps)
        kind, armed = kind_of_phrase([text[a:b] for a, b in zip(starts[start : index + 1], ends[start : index + 1])])
        covered.update(range(start, end))
        found.extend(actors_for_span(doc, start, end, token, kind, armed, parsed, may_be_source=True, bounds=bounds))
    found.extend(_mediators_by_compound(text))
    if parsed and annotated(doc, "ENT_IOB"):
        found.extend(countries_with_a_role(doc, text, covered, bounds))
    return sorted(found, key=lambda a: (a.start_char, a.end_char))


def _mediators_by_compound(text: str) -> list[ActorMention]:
    """'U.S.-mediated talks', 'a Russian-brokered truce': the first part is the mediator."""
    found = []
    if not _MEDIATED_SUFFIX.search(text):
        return found  # the rare suffix first: the full pattern tries every capitalised word
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


class IncidentActors:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc):
        mentions_of(doc).actors = find_actor_mentions(doc)
        return doc


@Language.factory("incident_actors")
def make_incident_actors(nlp: Language, name: str) -> IncidentActors:
    return IncidentActors(nlp, name)
