"""The array shortcuts of the actors component give what the spaCy objects give."""

import pytest
import spacy
from spacy.tokens import Doc, Span

from incident_extractor.components.actor_entities import _ROLE_LABELS, _entity_ranges, span_root, token_bounds
from incident_extractor.components.actors import _mediators_by_compound, head_noun_positions
from incident_extractor.events.actor_kinds import actor_lexicon

WORDS = ["Armed", "men", "from", "the", "Free", "Valley", "Front", "attacked", "Lyon", "Paris", "police", "and",
         "Jane", "Doe", "'s", "troops", "on", "Monday"]


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


@pytest.mark.parametrize("ents", [
    [],
    [("ORG", 4, 7), ("GPE", 8, 9), ("GPE", 9, 10), ("PERSON", 12, 14), ("DATE", 17, 18)],  # adjacent, last word
    [("NORP", 0, 1), ("ORG", 4, 5), ("ORG", 5, 7), ("CARDINAL", 10, 11)],
])
def test_entity_ranges_are_those_of_doc_ents(nlp, ents):
    doc = Doc(nlp.vocab, words=WORDS)
    doc.ents = [Span(doc, start, end, label=label) for label, start, end in ents]
    expected = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in _ROLE_LABELS]
    assert _entity_ranges(doc, _ROLE_LABELS) == expected


@pytest.mark.parametrize("text", ["Gunmen attacked the  village.\nPolice said", "", "one"])
def test_token_bounds_are_the_token_offsets(nlp, text):
    doc = nlp(text)
    assert token_bounds(doc) == ([t.idx for t in doc], [t.idx + len(t.text) for t in doc])


@pytest.mark.parametrize("start, end", [(0, 1), (1, 3), (0, 4), (2, 3), (3, 5)])
def test_span_root_is_the_span_root(nlp, start, end):
    # "the rebel army attacked police": the/rebel -> army -> attacked <- police
    doc = Doc(nlp.vocab, words=["the", "rebel", "army", "attacked", "police"], heads=[2, 2, 3, 3, 3],
              deps=["det", "compound", "nsubj", "ROOT", "dobj"])
    assert span_root(doc, start, end).i == doc[start:end].root.i


@pytest.mark.parametrize("text", ["Gunmen and police clashed with soldiers", "nothing here", "", "POLICE"])
def test_head_noun_positions_are_the_head_nouns(nlp, text):
    doc = nlp(text)
    heads = actor_lexicon().head_nouns
    assert head_noun_positions(doc) == [t.i for t in doc if t.lower_ in heads]


@pytest.mark.parametrize("text, mediators", [
    ("The U.S.-mediated talks and a Qatari-brokered truce held.", ["U.S.", "Qatari"]),
    ("An Iran-backed militia fired.", ["Iran"]),
    ("The talks were mediated by Egypt.", []),
    ("", []),
])
def test_mediators_by_compound(text, mediators):
    assert [actor.text for actor in _mediators_by_compound(text)] == mediators


@pytest.mark.parametrize("text, names", [
    ("The Free Valley Brigade later claimed responsibility for the blast.", ["Free Valley Brigade"]),
    ("The Free Valley Brigade claimed the blast.", []),
    ("", []),
])
def test_claimants_need_the_claim_word(text, names):
    from incident_extractor.events.actor_kinds import find_claimants

    assert [text[start:end] for start, end, _ in find_claimants(text)] == names


def test_the_claim_word_pre_check_matches_the_lexicon_pattern():
    from incident_extractor.events.actor_kinds import _ends_on_claim_word

    assert _ends_on_claim_word(actor_lexicon().claimant_verb)


def _parsed(nlp, words, heads, deps, lemmas, ents):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    doc.ents = [Span(doc, start, end, label=label) for label, start, end in ents]
    return doc


@pytest.mark.parametrize("words, heads, deps, lemmas, ents, expected", [
    # an acronym attacks: an armed group by its name
    (["The", "NLF", "attacked", "the", "town"], [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "det", "dobj"],
     ["the", "NLF", "attack", "the", "town"], [("ORG", 1, 2)], [("NLF", "rebel_group", "perpetrator")]),
    # an organisation neither armed by name nor named as the perpetrator: no actor, whatever the parse
    (["The", "Red", "Cross", "attacked", "nobody"], [2, 2, 3, 3, 3], ["det", "compound", "nsubj", "ROOT", "dobj"],
     ["the", "Red", "Cross", "attack", "nobody"], [("ORG", 1, 3)], []),
    # no armed word in its name, but named as the perpetrator ("attacked by the ...")
    (["attacked", "by", "the", "Valley", "Group"], [0, 0, 4, 4, 1], ["ROOT", "agent", "det", "compound", "pobj"],
     ["attack", "by", "the", "Valley", "Group"], [("ORG", 3, 5)], [("Valley Group", "rebel_group", "perpetrator")]),
    # a country that attacks
    (["Syria", "attacked", "the", "town"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["Syria", "attack", "the", "town"], [("GPE", 0, 1)], [("Syria", "state_forces", "perpetrator")]),
    # a city: no country, no actor
    (["Homs", "attacked", "the", "town"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
     ["Homs", "attack", "the", "town"], [("GPE", 0, 1)], []),
])
def test_countries_and_organisations_with_a_role(nlp, words, heads, deps, lemmas, ents, expected):
    from incident_extractor.components.actor_entities import countries_with_a_role

    doc = _parsed(nlp, words, heads, [d for d in deps], lemmas, ents)
    actors = countries_with_a_role(doc, doc.text, set())
    assert [(a.text, a.kind, a.role) for a in actors] == expected
