"""One person named by a surname that ends in -s: "MR. TORRES WAS KILLED", "Flores was shot dead".

Spanish and Portuguese surnames (Torres, Flores, Ramos, Reyes, Cortes) look like plural nouns, so the single
subject rules took them for groups of unknown size and gave no figure. Before "was" / "has been" the subject is
one person whatever its ending, unless it is a known plural noun or a people ("Americans"); before a bare
"died" only a title ("MR. TORRES DIED", "Dr Ramos died") or, in mixed case, a capitalised first name
("Roberto Torres died") makes it a name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_extractor.casualties.context import is_demonym
from incident_extractor.casualties.lexicon import alternation, normalise_phrase, patterns
from incident_extractor.casualties.wire_tables import wire_tables

SINGULAR_AUXILIARY = re.compile(r"^\s+(?:who\s+)?(?:was|has\s+been|is)(?![\w'’-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_before() -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])(?:{alternation(wire_tables()['name_titles'])})\.?\s+$", re.IGNORECASE)


FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z]+\s+$")


def is_surname_in_s(subject: str, before: str, gap: str, mixed_case: bool) -> bool:
    """`subject`, a word ending in -s, names one person: `before` is the text right before it, `gap` the words
    between it and the verb (" WAS ", "" before "died")."""
    word = normalise_phrase(subject)
    if (not word.endswith("s") or word in patterns()["plural_heads"] or word in patterns()["not_a_subject"]
            or is_demonym(word) or (mixed_case and not subject[:1].isupper())):
        return False
    if _title_before().search(before) or SINGULAR_AUXILIARY.match(gap):
        return True
    return mixed_case and bool(FIRST_NAME_BEFORE.search(before))
