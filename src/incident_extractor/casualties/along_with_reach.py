""""X WAS KILLED AT 0815 NEAR HIS HOME IN SAN SALVADOR, ALONG WITH TWO OF HIS BODYGUARDS": the people added by
"along with" / "as well as" / "together with" may follow their figure after the time and place of the killing.

extra_rules.along_with_figures adds them to the figure that ends right before; here the figure may end further
back when only adverbials lie between (no verb of another clause, no relative pronoun or conjunction that starts
one), within one sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from incident_extractor.casualties.figures import Figure
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.list_titles import is_plural_noun
from incident_extractor.casualties.victims import VictimGroup, names_person

REACH = 150
CLAUSE_WORDS = re.compile(r"(?<![\w'’-])(?:who|whom|whose|which|that|where|when|while|because|but|after|before|as|"
                          r"although|though|since|until|if|so|and|or|including)(?![\w'’-])|[;:]", re.IGNORECASE)
# (a past participle; never "-ing", which ends as many nouns and prepositions: "during the bombing")
VERB_FORM = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*?ed(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _one_word_verbs() -> frozenset:
    types = patterns()["types"]
    return frozenset(v for kind in ("passive", "active") for v in types[kind] if " " not in v)


def figure_across_adverbials(text: str, figures: list[Figure], start: int, groups: Sequence[VictimGroup]) -> list[Figure]:
    """[the figure whose "along with" starts at `start`] when only adverbials lie between them and `groups` (the
    people after "along with") are people, else []."""
    before = [f for f in figures if f.end <= start and "subgroup" not in f.cues and start - f.end <= REACH]
    if not before or not groups or not all(_are_people(g) for g in groups):
        return []
    figure = max(before, key=lambda f: f.end)
    gap = text[figure.end:start]
    if CLAUSE_WORDS.search(gap) or _has_verb(gap):
        return []
    return [figure]


def _are_people(group: VictimGroup) -> bool:
    """A bare count ("along with 4 others") or people by their noun; never "several shops"."""
    if group.victims is None:
        return True
    word = normalise_phrase(group.victims)
    return names_person(word) or is_plural_noun(word)


def _has_verb(gap: str) -> bool:
    adjectives = patterns()["ed_adjectives"]
    for match in VERB_FORM.finditer(gap):
        if match.group(0).lower() not in adjectives:
            return True
    return any(word in _one_word_verbs() for word in re.findall(r"[\w'’-]+", gap.lower()))
