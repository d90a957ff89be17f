"""What the words around a capitalised name say about it: a locative cue before its run ("in Ibrahimzai,
Orakzai"), a capitalised word that continues a longer proper name ("Kentucky Fried Chicken"), a person's name
around it ("Ahmad Salem Haj Ali"), a title-case headline. Helpers of `finder.find_name_mentions`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from incident_extractor.geo.finder import FinderWords

# An Arabic article written in lower case before a capitalised name: "al-Hasakah", "el-Arish", "ad-Dawr".
ARTICLE_JOINED = re.compile(r"[a-z]{1,3}[-‑‐][A-Z]")


def cued_run_before(texts, starts, ends, text, last, words) -> bool:
    """The capitalised run of words ending at `last` ("Ibrahimzai", "Bab al-Hawa") follows a locative cue."""
    first = last
    while first > 0 and last - first < 3 and texts[first - 1][:1].isupper() and text[ends[first - 1]:starts[first]] == " ":
        first -= 1
    return first > 0 and texts[first - 1].lower() in words.locative_cues


def goes_on_with(word: str, lowered: str, words: FinderWords) -> bool:
    """A word after a name that continues a longer proper name: capitalised ("Fried", "al-Alil"), and neither
    a word that says what the place has ("Avenue", "Airport", "Province") nor a connector ("De")."""
    return ((word[0].isupper() or ARTICLE_JOINED.match(word) is not None)
            and lowered not in words.street_words_after and lowered not in words.kept_place_words_after
            and lowered not in words.place_words_after and lowered not in words.admin1_words_after
            and lowered not in words.connectors)  # "Mocimboa De Praia": the lookup missed a spelling, not a firm


def capitalised_word_before(text: str, texts: list[str], ends: list[int], index: int, words: FinderWords) -> bool:
    """The word before the name is a capitalised word of the same run (only a space between): "Ahmad" of
    "Ahmad Salem Haj Ali"; not a connector ("Dar es Salaam") nor a sentence start after a full stop."""
    if index == 0 or text[ends[index - 1]:ends[index - 1] + 1] != " ":
        return False
    previous, name = texts[index - 1], texts[index]
    return (previous.istitle() and previous.isalpha() and name.istitle()
            and previous.lower() not in words.connectors)


def title_case_around(texts: list[str], first: int, last: int) -> bool:
    """A headline in title case ("Kabul Blast Kills Ten"): no longer word in lower case just before the name
    or two words after it, so a capital there says nothing about a longer name."""
    return not any(len(word) > 3 and word.islower() for word in texts[max(0, first - 3):first] + texts[last + 2:last + 5])


def ends_longer_entity(text: str, texts: list[str], starts: list[int], ends: list[int], index: int, entity,
                       words: FinderWords) -> bool:
    """The name is the tail of a longer proper name the model tagged as one entity, right after a capitalised word
    of it: "the Ite River Canyon", "a Mogadishu Lido Beach", "the Abul Fazal Abbas shrine". Not after an article,
    a connector ("Dar es Salaam"), a direction word ("South Kordofan": a region of the place) or a possessive
    ("Pattani's Khok Pho District": the wider place)."""
    if entity is None or index == 0 or starts[index - 1] < entity[0] or text[ends[index - 1]:starts[index]] != " ":
        return False
    previous = texts[index - 1]
    lowered = previous.lower()
    return (previous[:1].isupper() and lowered != "the" and lowered not in words.connectors
            and lowered not in words.direction_words and not lowered.endswith(("'s", "’s")))
