"""Named entities as actors, for the `incident_actors` component (components/actors.py): countries and
organisations the model names that attack, fight or mediate, and people hit. Also the doc helpers both
parts share: token offsets read from arrays and the wire-story dateline.

Speed: entities and offsets come from `Doc.to_array`; a Span is built only for an entity whose role is
asked (`doc.ents` builds a Span, and `span.text` a string, for every one).
"""

from __future__ import annotations

import re

from incident_extractor.events.actor_kinds import actor_lexicon, country_of_phrase
from incident_extractor.events.roles import role_from_parse
from incident_extractor.mentions import ActorMention


def token_bounds(doc) -> tuple[list[int], list[int]]:
    """Start and end character offsets of every token, from one array: words and spans are then sliced from
    the doc's text without building Token or Span objects."""
    from spacy.attrs import IDX, LENGTH

    if not len(doc):
        return [], []
    rows = doc.to_array([IDX, LENGTH])
    return rows[:, 0].tolist(), (rows[:, 0] + rows[:, 1]).tolist()


def span_root(doc, start: int, end: int):
    """`doc[start:end].root`; a one-word phrase is its own root (a Span costs more than the rest of the test)."""
    return doc[start] if end - start == 1 else doc[start:end].root


_PERPETRATOR_BEFORE = re.compile(
    r"(?:\b(?:members?|militants?|fighters?|guerrill\w+|gunmen|cells?|units?|commandos?) (?:of|from) (?:the )?"
    r"|\b(?:attributed|blamed|claimed|carried out|perpetrated) (?:to|on|by) (?:the )?|\bby (?:the )?)$",
    re.IGNORECASE,
)


def countries_with_a_role(doc, text: str, covered: set[int], bounds=None) -> list[ActorMention]:
    """Countries and organisations named by the model that attack, fight or mediate ("Russia hosted talks",
    "members of the X Liberation Front", "bombed by the Y Group")."""
    found = []
    starts, ends = bounds or token_bounds(doc)
    dateline_start, dateline_end = dateline_span(text)
    for start, end, label in _entity_ranges(doc, _ROLE_LABELS):
        if any(i in covered for i in range(start, end)):
            continue
        start_char, end_char = starts[start], ends[end - 1]
        if dateline_start <= start_char and end_char <= dateline_end:
            continue  # where the story was filed, and by whom
        entity_text = text[start_char:end_char]
        codes = None
        if label in ("GPE", "NORP"):
            codes = _countries_named(entity_text, text, starts[start:end], ends[start:end])
            if not codes:
                continue  # a place or a people of no known country: checked before the (costlier) parse
        if label == "ORG":
            # the cheap tests first: most organisations are neither armed by name nor named as the perpetrator
            if entity_text.strip("() ").upper() in actor_lexicon().news_agencies:
                continue  # "(AP)", "(EFE)": the agency that files the story
            armed_by_name = _looks_like_armed_group(entity_text)
            named_as_perpetrator = bool(_PERPETRATOR_BEFORE.search(text[max(0, start_char - 30) : start_char]))
            if not (armed_by_name or named_as_perpetrator):
                continue
            role = role_from_parse(span_root(doc, start, end))
            if not (armed_by_name or role != "target"):
                continue
            kind, armed = "rebel_group", True
            role = role or ("perpetrator" if named_as_perpetrator else None)
            codes = _countries_named(entity_text, text, starts[start:end], ends[start:end])
        else:
            root = span_root(doc, start, end)
            role = role_from_parse(root)
            if label == "PERSON":
                if role == "target":  # "gunmen shot dead Jane Doe", "the kidnapping of John Doe": a person hit
                    found.append(ActorMention(name=entity_text, text=entity_text, start_char=start_char,
                                              end_char=end_char, kind="civilians", role=role, is_armed=False))
                continue
            if label == "NORP" and entity_text.endswith("s") and role in (None, "target"):
                kind, armed = "civilians", False  # "Syrians", "Iraqis": people of a country
            elif role is None and _wields_state_weapon(root):
                kind, armed, role = "state_forces", True, "perpetrator"  # "an Israeli air strike", "Russian shelling"
            elif role is None and root.dep_ not in ("nsubj", "nsubjpass"):
                continue  # a country named as a place, not as an actor
            else:
                kind, armed = "state_forces", role not in (None, "mediator")
        found.append(
            ActorMention(
                name=entity_text, text=entity_text, start_char=start_char, end_char=end_char,
                kind=kind, country_code=codes[0] if codes else None, role=role, is_armed=armed,
            )
        )
    return found


_ROLE_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def _countries_named(entity_text: str, text: str, word_starts: list[int], word_ends: list[int]) -> list[str]:
    """The countries an entity names, as a whole ("the United States") or word by word."""
    return country_of_phrase([entity_text]) or country_of_phrase([text[a:b] for a, b in zip(word_starts, word_ends)])


def _entity_ranges(doc, labels: frozenset) -> list[tuple[int, int, str]]:
    """(start, end, label) token ranges of the named entities with one of `labels`, as `doc.ents` delimits
    them (a B token with a type opens one, the first token after it that is not I closes it), read from arrays."""
    import numpy
    from spacy.attrs import ENT_IOB, ENT_TYPE

    if not len(doc):
        return []
    rows = doc.to_array([ENT_IOB, ENT_TYPE])
    iob, types = rows[:, 0], rows[:, 1]
    begins = ((iob == 3) & (types != 0)).nonzero()[0]
    not_inside = (iob != 1).nonzero()[0]
    ends = numpy.append(not_inside, len(doc))[numpy.searchsorted(not_inside, begins, side="right")]
    strings = doc.vocab.strings
    ranges = []
    for start, end, type_id in zip(begins.tolist(), ends.tolist(), types[begins].tolist()):
        label = strings[type_id]
        if label in labels:
            ranges.append((start, end, label))
    return ranges


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
