"""A suicide attack named as an event dies with its attacker: "Six people were killed in a suicide bombing" = 7,
"a double suicide car bombing killed 20" = 22, "Two suicide bombings hit the city" = 2 attackers.

The headline counts attackers (incident-record.md), and a suicide attack that took place killed whoever carried
it out. The rule is the last resort of `extra_rules.suicide_figures`: a sentence that names the bomber ("a suicide
bomber", "blew himself up") is counted there, once. The attackers are a figure "on top" of the toll, like a
bomber named in the sentence, so a toll that names them inside ("including the bomber") holds them already.

    >>> [(f.number.value, f.victims) for f in suicide_event_figures("A suicide bombing killed six.", Claims("A suicide bombing killed six."))]
    [(1, 'suicide bombers')]
    >>> attackers_of_event("a double suicide car bombing", 9, "car bombing")
    2
    >>> attackers_of_event("in suicide bombings", 3, "bombings") is None   # how many: the text does not say
    True
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from incident_extractor.casualties.figures import Claims, Figure
from incident_extractor.casualties.lexicon import lexicon
from incident_extractor.casualties.numbers import ParsedNumber

# the words right before "suicide" in its noun phrase: "a", "a double", "the Kabul", "two coordinated"
WORDS_BEFORE = re.compile(r"(?:[\w'’-]+\s+){1,4}$")


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern, dict[str, int], frozenset[str]]:
    events = lexicon()["suicide_attackers"]
    heads = sorted(events["event_heads"], key=len, reverse=True)
    head_source = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads)
    pattern = re.compile(rf"(?<![\w'’-])suicide\s+(?P<head>{head_source})(?![\w'’-])", re.IGNORECASE)
    counts = {normalise(k): v for k, v in events["event_counts"].items()}
    return pattern, counts, frozenset(events["event_modifiers"])


def normalise(words: str) -> str:
    return " ".join(words.lower().split())


def attackers_of_event(text: str, start: int, head: str) -> Optional[int]:
    """How many attackers the event phrase whose "suicide" starts at text[start] names: the nearest count word
    before it, over modifiers only ("a double suicide bombing" = 2, "two coordinated suicide attacks" = 2, "a
    Taliban suicide blast" = 1, never "killing two in suicide attacks"); with no such word, the event is no one
    attack the text tells ("killed in suicide blast" in a headline, "carried out suicide bombings")."""
    counts, modifiers = _tables()[1], _tables()[2]
    plural = head.lower().endswith("s")
    before = WORDS_BEFORE.search(text, max(0, start - 60), start)
    words = before.group(0).split() if before else []
    mixed_case = not text.isupper()
    for index in range(len(words) - 1, -1, -1):
        word = words[index].lower()
        pair = f"{words[index - 1].lower()} {word}" if index else ""
        if pair in counts or word in counts:
            count = counts.get(pair) or counts[word]
            return None if plural and count == 1 else count  # "the suicide bombings": how many, it does not say
        if word not in modifiers and not (mixed_case and words[index][:1].isupper()):
            break
    return None


def suicide_event_figures(text: str, claims: Claims) -> list[Figure]:
    """The attackers of the first suicide attack named as an event in the sentence, one figure "on top"."""
    pattern = _tables()[0]
    for match in claims.scan(pattern, text):
        if claims.taken(*match.span()):
            continue
        count = attackers_of_event(text, match.start(), match.group("head"))
        if not count:
            continue
        claims.claim(*match.span())
        return [Figure("killed", ParsedNumber(count, count, count, "exact"), match.start(), match.end(),
                       "suicide bombers", None, ("more", "attackers"), match.group(0))]
    return []
