"""The main verb after a relative clause on a counted subject: "Four traders who had been kidnapped were killed" = 4
killed (and 4 kidnapped), "Seven men who were abducted by gunmen last week were found dead" = 7 killed.

The passive rule reads "Four traders who had been kidnapped" as one figure: "who" is a filler word, and the clause's
verb is taken for the subject's. Its figure is "restated" (the death a relative clause names is mostly told
elsewhere), so the main clause's verb, whose subject comes before "who", had no figure at all. This rule gives it
the same people: the gap between the two verbs holds no number, comma, bracket or second clause, as for
extra_rules.distant_figures.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from incident_extractor.casualties.figures import Claims, Figure, emit_groups
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.victims import VictimGroup
from incident_extractor.nlp.regex_cache import cached_re

# the words of the relative clause after its verb ("by gunmen last week") may not open a clause of their own
CLAUSE_IN_GAP = re.compile(r"\b(?:and|or|but|who|which|that|when|while|after|before|as|because)\b|\d|[,()]",
                           re.IGNORECASE)


@lru_cache(maxsize=1)
def _main_verb() -> re.Pattern:
    """Up to eight words, a plural auxiliary ("were", "have been"), fillers, then a passive verb."""
    src = patterns()["sources"]
    return cached_re.compile(
        rf"(?P<gap>(?:\s+[^\s.;:]+){{0,8}}?)\s+(?P<aux>were|are|have\s+been|had\s+been)\s+"
        rf"(?:(?:{src['fillers']})\s+){{0,3}}(?P<verb>{src['passive_verbs']})(?![\w'’-])", re.IGNORECASE)


def main_verb_after(text: str, end: int) -> Optional[re.Match]:
    """The main clause's passive verb right after a relative clause ending at text[end], or None.

    >>> main_verb_after("Four men who were seized by gunmen were killed.", 24).group("verb")
    'killed'
    >>> main_verb_after("Four men who were seized, and two were killed.", 24) is None   # a clause of its own
    True
    """
    match = _main_verb().match(text, end)
    if match is None or CLAUSE_IN_GAP.search(match.group("gap")) or patterns()["number_in_gap"].search(match.group("gap")):
        return None
    return match


def relative_main_figures(text: str, relative_end: int, groups: list[VictimGroup], claims: Claims) -> list[Figure]:
    """The figures of the main verb for the subject `groups` of a relative clause whose verb ends at relative_end."""
    if not groups or len(groups) > 1 or groups[0].number.value is None:
        return []  # a counted subject only ("Four traders who ..."); "the man who was shot" is another rule's
    match = main_verb_after(text, relative_end)
    if match is None or claims.taken(*match.span("verb")):
        return []
    kind = patterns()["types"]["passive"][normalise_phrase(match.group("verb"))]
    return emit_groups(text, groups, kind, match.span("verb"), claims, verb_first=False)
