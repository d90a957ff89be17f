"""A counted group before a bare past participle that is a verb with its object, not a toll.

"12 killed" and "three soldiers killed in the clash" are tolls (the nominal rule counts them), but in
"SEVERAL GUNMEN KILLED ROBERTO SALAS" or "two soldiers killed a farmer" the group is the subject of an active
verb: the people counted are the killers. The nominal rule reads such a phrase only when no object follows the
participle (the same test the passive rule makes for a verb without an auxiliary).

>>> import re
>>> match = re.match(r"(?P<num>two)\\s+gunmen\\s+(?P<verb>killed)", "two gunmen killed a farmer")
>>> is_active_clause("two gunmen killed a farmer", match, {"killed"})
True
>>> match = re.match(r"(?P<num>12)\\s+(?P<verb>killed)", "12 killed a day earlier")
>>> is_active_clause("12 killed a day earlier", match, {"killed"})
False
>>> match = re.match(r"(?P<num>ten)\\s+people\\s+(?P<verb>killed)", "ten people killed Monday")
>>> is_active_clause("ten people killed Monday", match, {"killed"})
False
"""

from __future__ import annotations

import re

from incident_extractor.casualties.caps_objects import NEXT_WORD, object_follows_in_capitals
from incident_extractor.casualties.lexicon import normalise_phrase, patterns

PAST_FORM = re.compile(r"ed$", re.IGNORECASE)


def is_active_clause(text: str, match: re.Match, transitive: set[str]) -> bool:
    """The match's participle is a transitive verb, a head word stands between it and the number, and an object
    follows it: never a day, a month or a time adverb, in capitals or not ("ten people killed Monday")."""
    verb = normalise_phrase(match.group("verb"))
    between = text[match.end("num"):match.start("verb")].split()
    return (verb in transitive and any(w.lower() not in ("more", "other") for w in between)
            and _object_after(text, match.end()))


def _object_after(text: str, end: int) -> bool:
    """A determiner, a number or a victim noun; else a name (a capital in mixed case, a content word in capitals)
    that is no time word and no past tense."""
    if patterns()["object_follows"].match(text, end):
        return True
    following = NEXT_WORD.match(text, end)
    if following is None or PAST_FORM.search(following.group(1)):
        return False  # "THE TWO REBELS KILLED LIVED IN THE CAMP": the sentence's own verb follows
    return object_follows_in_capitals(text, end) and (text.isupper() or following.group(1)[0].isupper())
