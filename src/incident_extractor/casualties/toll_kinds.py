"""What a bare toll counts, read from the words right after its number.

"The blast left a toll of 3 people wounded" counts the injured, never the dead: a "toll" that no word names as a
death toll gives no figure when an injury word follows its number (the list rules count "3 people wounded").
"A toll of two dead and five injured" stays a death toll: a word of death or a conjunction ends the look-ahead.

>>> counts_injured_after("A TOLL OF 1 PERSON WOUNDED", 11)
True
>>> counts_injured_after("a toll of two dead and five injured", 13)
False
"""

from __future__ import annotations

import re

# up to three words (never one of death, nor a conjunction), then an injury word
INJURED_AFTER = re.compile(
    r"(?:\s+(?!(?:dead|killed|deaths?|died|and|or|with|while)(?![\w'’-]))[\w'’-]+){0,3}?"
    r"\s+(?:wounded|injured|hurt)(?![\w'’-])", re.IGNORECASE)
DEATH_TOLL_WORDS = re.compile(r"death|fatalit|dead|killed", re.IGNORECASE)


def counts_injured_after(text: str, end: int) -> bool:
    """Whether an injury word follows the number that ends at `end` (a few words apart at most)."""
    return INJURED_AFTER.match(text, end) is not None


def is_injury_toll(which: str, text: str, number_end: int) -> bool:
    """A toll no word names as one of deaths ("toll", "casualty toll") whose number counts the injured.

    >>> is_injury_toll("toll", "a toll of three people injured", 15)
    True
    >>> is_injury_toll("death toll", "the death toll of three people injured", 23)
    False
    """
    return not DEATH_TOLL_WORDS.search(which) and counts_injured_after(text, number_end)
