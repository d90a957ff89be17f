"""An actor's role from the dependency parse: who attacks, who is attacked, who fights, who mediates."""

from __future__ import annotations

from typing import Optional

from incident_extractor.events.actor_kinds import actor_lexicon

_TARGET_PREPOSITIONS = frozenset({"on", "against", "at", "upon", "targeting"})
_BETWEEN_PREPOSITIONS = frozenset({"between", "with"})
_PASSIVE_SUBJECTS = frozenset({"nsubjpass", "nsubj:pass"})


def role_for(verb_role: Optional[str], relation: str) -> Optional[str]:
    """The role of an actor given the class of its governing verb and how it attaches to it.

    relation: subject, passive_subject, object, target_preposition, agent, between.
    """
    if verb_role is None:
        return None
    if verb_role == "participant":
        return "participant"
    if verb_role == "mediator":
        return {"subject": "mediator", "agent": "mediator", "object": "participant"}.get(relation)
    if verb_role == "target":
        return "target" if relation == "subject" else None
    if verb_role == "perpetrator":
        return {
            "subject": "perpetrator",
            "agent": "perpetrator",
            "passive_subject": "target",
            "object": "target",
            "target_preposition": "target",
        }.get(relation)
    return None


def role_from_parse(head) -> Optional[str]:
    """Role of the actor whose head token is `head` (a spaCy Token of a parsed Doc), else None."""
    verb_roles = actor_lexicon().role_verbs
    token = _first_conjunct(head)  # "Armenian and Azerbaijani forces": a conjunct takes the first one's place
    dep = token.dep_
    governor = token.head
    if dep == "nsubj":
        role = role_for(_verb_role(governor), "subject")
        if role == "perpetrator" and _headline_passive(governor):
            return "target"  # "Farmer killed, two hurt as ...", "Police officer shot dead in Karachi"
        return role or _role_from_xcomp(governor, verb_roles)
    if dep in _PASSIVE_SUBJECTS:
        return role_for(_verb_role(governor), "passive_subject")
    if dep == "dobj":
        return role_for(_verb_role(governor), "object")
    if dep == "pobj":
        preposition = governor.lower_
        attached_to = governor.head
        verb_role = verb_roles.get(attached_to.lemma_.lower())
        if preposition == "by" and (governor.dep_ == "agent" or verb_role == "perpetrator"):  # "an attack by X"
            return role_for(verb_role, "agent")
        if preposition in _TARGET_PREPOSITIONS:
            return role_for(verb_role, "target_preposition")
        if preposition in _BETWEEN_PREPOSITIONS and verb_role == "participant":
            return "participant"
        if preposition == "of" and attached_to.lemma_.lower() in actor_lexicon().victim_nouns:
            return "target"  # "the murder of a journalist", "the kidnapping of the mayor"
        if preposition == "between" and attached_to.pos_ == "NOUN":
            return "participant"  # "the clash between X and Y", "talks between X and Y"
    if dep == "poss" and verb_roles.get(governor.lemma_.lower()) == "perpetrator":
        return "perpetrator"  # "the rebels' attack"
    return None


_OBJECTS = frozenset({"dobj", "dative", "obj"})


def _verb_role(verb) -> Optional[str]:
    """The role class of a verb token: "carry" gives one in "carried out an attack" but not in "carried
    placards" (data/actor_kinds.json role_verb_particles)."""
    lexicon = actor_lexicon()
    lemma = verb.lemma_.lower()
    role = lexicon.role_verbs.get(lemma)
    needed = lexicon.role_verb_particles.get(lemma) if role else None
    if needed and not any(child.lower_ in needed for child in verb.children):
        return None
    return role


def _headline_passive(verb) -> bool:
    """A headline drops the auxiliary of a passive: in "Farmer killed, two hurt" the subject was killed. Told
    apart from "Gunmen killed three" by the missing object, and from a sentence by the missing full stop."""
    if any(child.dep_ in _OBJECTS or child.dep_ in ("aux", "auxpass") for child in verb.children):
        return False
    if any(conj.dep_ == "conj" and any(c.dep_ in _OBJECTS for c in conj.children) for conj in verb.children):
        return False
    return not verb.sent.text.rstrip().endswith((".", "!", "?", '."', ".”"))


_SELF_PRONOUNS = frozenset({"it", "they", "we"})
_ALWAYS_REPORTING = frozenset({"say", "tell", "add"})


def news_source_role(head) -> Optional[str]:
    """Whether the actor whose head token is `head` only reports the incident.

    "..., police said", "officials told reporters that ...", "according to the army": "source" (the actor is
    no party to the incident). "The army said it killed 20 militants": "perpetrator" (the source says it acted
    itself). Anything else: None. A verb like "announce" makes a source only when it introduces a clause
    ("the army announced that ..."), not when it has an object ("the army announced a ceasefire").
    """
    lexicon = actor_lexicon()
    token = _first_conjunct(head)
    while token.dep_ == "compound" and token.head is not token:
        token = token.head  # "police spokesman John Doe said": the phrase speaks through its head noun
    governor = token.head
    if token.dep_ == "pobj" and governor.lower_ == "to" and governor.head.lower_ == "according":
        return "source"
    if token.dep_ == "pobj" and governor.lower_ in ("for", "of") and governor.head.dep_ == "nsubj":
        token = governor.head  # "a spokesman for the army said": the army speaks through its spokesman
        governor = token.head
    if token.dep_ != "nsubj" or governor.lemma_.lower() not in lexicon.source_verbs:
        return None
    clauses = [child for child in governor.children if child.dep_ == "ccomp"]
    if not clauses and governor.dep_ != "parataxis" and governor.lemma_.lower() not in _ALWAYS_REPORTING:
        return None
    for clause in clauses:
        subjects = [child for child in clause.children if child.dep_ == "nsubj"]
        if any(s.lower_ in _SELF_PRONOUNS for s in subjects) and \
                role_for(lexicon.role_verbs.get(clause.lemma_.lower()), "subject") == "perpetrator":
            return "perpetrator"
    return "source"


def _first_conjunct(token):
    """The first conjunct or the noun an apposition restates (at most three steps up)."""
    for _ in range(3):
        if token.dep_ in ("conj", "appos") and token.head is not token:
            token = token.head
        else:
            break
    return token


def _role_from_xcomp(verb, verb_roles) -> Optional[str]:
    """'X came forward to mediate', 'X went on to attack': the open complement carries the meaning."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB":
            role = role_for(verb_roles.get(child.lemma_.lower()), "subject")
            if role:
                return role
    return None
