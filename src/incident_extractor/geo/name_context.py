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


def level_after(text: str, texts: list[str], ends: list[int], index: int, stop: int, following_adjacent: bool,
                words: FinderWords) -> tuple:
    """(kind hint, end of the level word when it follows the name) of the name spanning words `index`..`stop`:
    "Plateau State" (the gazetteer knows the whole), "Kunar province", "the Gwoza Local Government Area",
    "the village of X"."""
    own_last = texts[stop].lower() if stop > index else ""
    if own_last in words.admin1_words_after:
        return "admin1", None
    if own_last in words.place_words_after:
        return "place", None
    following = texts[stop + 1].lower() if following_adjacent else ""
    if following in words.admin1_words_after:
        return "admin1", ends[stop + 1]
    if following in words.place_words_after:
        return "place", ends[stop + 1]
    for phrase in words.place_phrases_after:
        last = stop + len(phrase)
        if following == phrase[0] and last < len(texts) and tuple(word.lower() for word in texts[stop + 1:last + 1]) == phrase \
                and " ".join(text[ends[stop + 1]:ends[last]].split()) == " ".join(texts[stop + 2:last + 1]):
            return "place", ends[last]
    previous = texts[index - 1].lower() if index else ""
    if previous == "of" and index >= 2 and texts[index - 2].lower() in words.place_nouns_before:
        return ("admin1" if texts[index - 2].lower() in words.admin1_words_after else "place"), None
    return None, None
