"""Does an object follow a bare participle in wire text written in capitals?

"THREE UNIDENTIFIED MEN SHOT AND KILLED PRESIDENCY MINISTER ANTONIO PORTH": the men are the killers. Mixed case
tells an object by its capital letter ("Gunmen killed Ana Ruiz"); in capitals any content word after the verb
starts one, unless it is a function word, a time or place adverb ("KILLED LAST NIGHT", "KILLED OUTSIDE THE BANK")
or an adverb in -LY.
"""

from __future__ import annotations

import re
from functools import lru_cache

from incident_extractor.casualties.lexicon import patterns
from incident_extractor.casualties.wire_tables import wire_tables

NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")


@lru_cache(maxsize=1)
def _not_objects() -> frozenset:
    tables = wire_tables()
    return frozenset(tables["not_object_words"]) | frozenset(tables["time_words"]) | frozenset(tables["lone_time_adverbs"])


def object_follows_in_capitals(text: str, end: int) -> bool:
    following = NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1).lower()
    tables = patterns()
    return not (word in tables["list_stop_words"] or word in tables["verb_words"] or word in tables["not_name_words"]
                or word in _not_objects() or word.endswith("ly"))
