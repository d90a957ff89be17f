"""Sentence openers that tell another incident: a connective at the sentence's start, or a list number.

A short report often strings its attacks together with a word at the head of each sentence: "A bomb killed two
soldiers in Hilla. Moreover, a civilian was killed in a blast in Kirkuk.", "Separately, gunmen shot dead a
guard.", "Later, a patrol hit a roadside bomb.", or numbers them: "1. A bomb killed two people. 2. Gunmen shot
dead a family of five." Only at the head of a sentence: inside one, "then" or "later" joins the parts of one
attack ("the bomber then blew himself up"). The cues are `separate_incident_opening` in
data/event_scope_cues.json.

>>> text = "A bomb killed two soldiers. Moreover, a civilian was killed in Kirkuk."
>>> opens_another_incident(text, text.index("Moreover"))
True
>>> opens_another_incident(text, 0)
False
>>> text = "1. A bomb killed two people. 2. Gunmen shot dead a family of five."
>>> opens_another_incident(text, text.index("Gunmen"))
True
"""

from __future__ import annotations

import re

from incident_extractor.events.tables import separate_incident_opening_pattern

# the number of a list item, alone before the sentence ("... others. 2. A family ..."), which the sentence
# splitter often leaves as a sentence of its own
LIST_NUMBER = re.compile(r"(?:^|[.!?:;]\s+)\(?\d{1,2}[.)]\s*$")
LIST_NUMBER_REACH = 12
# or at the head of the sentence itself ("2. An IED exploded ...")
LEADING_LIST_NUMBER = re.compile(r"\s*\(?\d{1,2}[.)]\s+(?=[A-Z])")


def opens_another_incident(text: str, start: int) -> bool:
    """Whether the sentence starting at `start` opens with a connective of another incident or a list number."""
    if separate_incident_opening_pattern().match(text, start) or LEADING_LIST_NUMBER.match(text, start):
        return True
    return start > 0 and bool(LIST_NUMBER.search(text, max(0, start - LIST_NUMBER_REACH), start))
