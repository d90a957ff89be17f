"""Find place-name mentions in text: capitalised word runs looked up in the gazetteer, with their cues.

Works on the text plus the NER spans (as (start, end, label) triples), so it is testable without a
pipeline. NER alone is not enough: the small model tags "Yerevan" as PERSON and most all-caps wire
text as ORG, so every capitalised run is looked up, and the NER label and the words around it
("in", "the village of", "province") decide how much evidence the lookup needs (see `accept_mention`).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import compress
from operator import itemgetter, not_
from typing import Callable, Optional, Sequence

from incident_extractor.geo.name_context import (ARTICLE_JOINED, capitalised_word_before, cued_run_before,
                                                 ends_longer_entity, goes_on_with, level_after, title_case_around)


# A full stop joins letters only in abbreviations ("U.S."): "Maiduguri.Only" (a missing space) is two words.
# Written as runs of \w joined by single marks ("\w*(?:mark\w+)*"): the engine then runs through a word in one
# C loop instead of trying three alternatives per letter; the words found are the same.
WORD = re.compile(r"[^\W\d_]\w*(?:(?:['’\-]|(?<![^\W\d_]{2})\.)\w+)*")
POSSESSIVE_ENDINGS = ("'s", "’s", "'S", "’S")  # "Yerevan's": looked up as "Yerevan"
MAX_WORDS_IN_NAME = 5
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# A dateline opens a wire story: "SAN SALVADOR, 3 JAN 90 (EFE) --", "KABUL, Afghanistan (Reuters) -"; local news
# may put the dash or the station right after the city: "MANCHESTER — ", "HOUSTON (KPRC) - ".
DATELINE = re.compile(r"\A\s*(?P<name>[A-Z][A-Z .'’-]{1,40}?)\s*(?:,\s*[^\n]{0,60}?(?:--|—|–|\(|-\s)|(?:--|—|–)\s|\()")


_UPPER_ASCII = bytes(range(ord("A"), ord("Z") + 1))
_LOWER_ASCII = bytes(range(ord("a"), ord("z") + 1))
_JOINED_PARTS = re.compile(r"[-’']")


@dataclass(frozen=True)
class NameMention:
    """A run of words that is a key of the gazetteer (or a country name), with what surrounds it."""

    text: str  # the name as written (possessive removed)
    start_char: int
    end_char: int
    cue: bool = False  # after "in", "near", "the village of" ... or before "province"
    kind_hint: Optional[str] = None  # admin1 ("X province"), place ("the town of X")
    ner_label: Optional[str] = None
    in_dateline: bool = False
    inside_longer_entity: bool = False  # "Pierre" in the PERSON "Pierre Laporte"
    extended_end: Optional[int] = None  # end of "X province" when the suffix is part of the mention
    before_street_word: bool = False  # "Moi Avenue", "Sanaa street": a street or building named after X
    follows_name_comma: bool = False  # "Indelimane, Mali": the second name of an "X, Y" pair
    loose: bool = False  # found by its loose key only ("Mahmoudiya" for "Al Mahmudiyah")
    vowels: bool = False  # found by its vowel key only ("Bokamal" for "Al Bu Kamal"): a weak reading
    # the entity goes on with a capitalised word that is no place or building word: "Kentucky Fried Chicken",
    # "Parsons Green": the name found is only the first part of a longer proper name
    name_goes_on: bool = False
    # a capitalised word right before and one right after that goes on: "Ahmad Salem Haj Ali" (a person),
    # "Abu Kamal Brigade Commander": a word in the middle of another proper name, never a place on its own
    inside_name_run: bool = False
    # the street word is capitalised, part of a street's own name: "Garfield Avenue", not "a Jerusalem hospital"
    street_name: bool = False
    # the last part of a longer entity: "Canyon" of "the Ite River Canyon", "Lido Beach" of "a Mogadishu Lido Beach"
    name_tail: bool = False


@dataclass(frozen=True)
class FinderWords:
    locative_cues: frozenset
    place_nouns_before: frozenset
    admin1_words_after: frozenset
    place_words_after: frozenset
    direction_words: frozenset
    connectors: frozenset
    street_words_after: frozenset
    kept_place_words_after: frozenset
    name_level_words: frozenset
    common_words: frozenset
    min_population_bare: int
    min_population_bare_all_caps: int
    min_population_in_context: int
    modifier_cues: frozenset = frozenset()  # "in downtown Bogota": a word that leaves the cue before it in force
    nouns_before_of: frozenset = frozenset()  # "the main street of Hat Yai", "the mayor of Arsal"
    event_words_after: frozenset = frozenset()  # "the Nag Hammadi massacre": named after where it happened
    place_phrases_after: tuple = ()  # "the Gwoza Local Government Area": a level word of several words


@lru_cache(maxsize=1)
def finder_words() -> FinderWords:
    data_dir = resources.files("incident_extractor").joinpath("data")
    patterns = json.loads(data_dir.joinpath("geo_patterns.json").read_text(encoding="utf-8"))
    common = data_dir.joinpath("geo_common_words.txt").read_text(encoding="utf-8").splitlines()
    context_words = json.loads(data_dir.joinpath("geo_context_words.json").read_text(encoding="utf-8"))
    from spacy.lang.en.stop_words import STOP_WORDS  # a plain set; cheap next to the model already loaded

    common.extend(STOP_WORDS)
    common.extend(patterns["direction_words"])
    return FinderWords(
        **{name: frozenset(patterns[name]) for name in (
            "locative_cues", "place_nouns_before", "admin1_words_after", "place_words_after",
            "direction_words", "connectors", "kept_place_words_after", "name_level_words")},
        street_words_after=frozenset(_word_lines(data_dir.joinpath("geo_street_words.txt").read_text(encoding="utf-8"))),
        common_words=frozenset(word.strip() for word in common if word.strip() and not word.startswith("#")),
        modifier_cues=frozenset(context_words["modifier_cues"]),
        nouns_before_of=frozenset(context_words["nouns_before_of"]),
        event_words_after=frozenset(context_words["event_words_after"]),
        place_phrases_after=tuple(tuple(phrase.split()) for phrase in patterns["place_phrases_after"]),
        min_population_bare=patterns["min_population_bare"],
        min_population_bare_all_caps=patterns["min_population_bare_all_caps"],
        min_population_in_context=patterns["min_population_in_context"],
    )


def _word_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def is_all_caps(text: str) -> bool:
    """News wire written in capitals (MUC-4): most letters are upper case."""
    # counts A-Z and a-z by deleting them from the ASCII bytes: two C calls, no list of one-letter strings
    sample = text[:1000].encode("ascii", "ignore")
    upper = len(sample) - len(sample.translate(None, _UPPER_ASCII))
    lower = len(sample) - len(sample.translate(None, _LOWER_ASCII))
    return upper > 4 * max(lower, 1)


def find_dateline(text: str) -> Optional[tuple[int, int]]:
    """Offsets of the dateline place at the top of a wire story, or None."""
    match = DATELINE.match(text)
    if not match or len(match.group("name").split()) > 4:
        return None
    return match.start("name"), match.end("name")


def _entity_at(ent_starts: list[int], ents: Sequence[tuple[int, int, str]], start: int):
    position = bisect.bisect_right(ent_starts, start) - 1
    if position >= 0 and ents[position][0] <= start < ents[position][1]:
        return ents[position]
    return None


def find_name_mentions(
    text: str,
    ents: Sequence[tuple[int, int, str]],
    is_name: Callable[[str], bool],
    all_caps: bool,
    could_start_name: Callable[[str], bool] = lambda word: True,
    could_continue_name: Callable[[str], bool] = lambda two_words: True,
) -> list[NameMention]:
    """Longest runs of (capitalised) words whose key `is_name` accepts, left to right, not overlapping."""
    words = finder_words()
    ents = sorted(ents)
    ent_starts = [ent[0] for ent in ents]
    dateline = find_dateline(text) if all_caps or text[:1].isupper() else None
    starts, ends, texts = _word_columns(text)
    count = len(starts)
    mentions: list[NameMention] = []
    resume_at = 0  # the word after the last name found: names do not overlap
    for index in range(count) if all_caps else _maybe_capitalised(texts):
        if index < resume_at:
            continue
        start, word = starts[index], texts[index]
        if not (all_caps or word[0].isupper() or ARTICLE_JOINED.match(word)):
            continue
        if not could_start_name(_without_possessive(word)):
            if "-" in word:  # "the Herat-Kandahar highway", "the Paris-Lyon train": two places joined
                mentions.extend(_hyphen_parts(text, texts, start, index, is_name, words, all_caps))
            continue
        found = None
        # the words a name may span: contiguous, separated by spaces only
        last = _last_contiguous(text, starts, ends, texts, index, min(index + MAX_WORDS_IN_NAME, count) - 1, all_caps,
                                words.connectors)
        if last > index and not could_continue_name(_without_possessive(text[start:ends[index + 1]])):
            last = index
        for stop in range(last, index - 1, -1):
            candidate = _without_possessive(text[start:ends[stop]])
            if stop > index and texts[stop].lower() in words.connectors:  # a name never ends on "de"
                continue
            if is_name(candidate):
                found = (stop, candidate)
                break
        if found is None:
            if "-" in word:
                mentions.extend(_hyphen_parts(text, texts, start, index, is_name, words, all_caps))
            continue
        stop, name = found
        if stop > index + 1 or (stop == index + 1 and texts[index].lower() not in words.connectors):
            # "Macomia District", "Plateau State": a name with its level word is read as the shorter name (when it
            # is one) followed by that word, which then hints the kind, as if the gazetteer lacked the whole
            level_word = texts[stop].lower()
            shorter = _without_possessive(text[start:ends[stop - 1]])
            # (never "Mexico City", "Jersey City", "Spanish Town": the whole is the town's own name)
            if ((level_word in words.admin1_words_after or level_word in words.place_words_after)
                    and level_word not in words.name_level_words and is_name(shorter)
                    and not all(word in words.common_words for word in shorter.lower().split())):  # "Southern District"
                stop, name = stop - 1, shorter
        name_end = start + len(name)
        previous = texts[index - 1].lower() if index else ""
        following = texts[stop + 1].lower() if stop + 1 < count else ""
        following_adjacent = stop + 1 < count and text[ends[stop]:starts[stop + 1]].strip() == ""
        kind_hint, extended_end = level_after(text, texts, ends, index, stop, following_adjacent, words)
        # "in the Sinai"; not in capitals, where "AT THE AIR FORCE HOSPITAL" would make "AIR" a place
        skips_to = ("of",) if all_caps else ("of", "the")
        before_of = texts[index - 2].lower() if previous in skips_to and index >= 2 else ""
        cue = (kind_hint is not None or previous in words.locative_cues or previous in words.direction_words
               or before_of in words.direction_words or before_of in words.locative_cues
               or before_of in ("km", "kilometres", "kilometers", "miles")
               or (previous in words.modifier_cues and index >= 2 and texts[index - 2].lower() in words.locative_cues)
               or (previous == "of" and index >= 2 and texts[index - 2].lower() in words.nouns_before_of)
               or (not all_caps and previous == "the" and index >= 3 and texts[index - 2].lower() == "of"  # "parts of the Sinai"
                   and texts[index - 3].lower() in words.nouns_before_of)
               # not in capitals: "A SURPRISE ATTACK", "THE SAVAGE ATTACK" are adjectives
               or (not all_caps and following_adjacent and following in words.event_words_after))
        follows_name_comma = (index > 0 and text[ends[index - 1]:start].strip() == ","
                              and (all_caps or texts[index - 1][0].isupper() or previous in words.place_words_after
                                   or previous in words.admin1_words_after))  # "the Sahel region, Mali"
        # "in Ibrahimzai, Orakzai": the wider place of a pair shares the cue of the name before it (known or not)
        cue = cue or (follows_name_comma and not all_caps and cued_run_before(texts, starts, ends, text, index - 1, words))
        in_dateline = dateline is not None and dateline[0] <= start < dateline[1]
        entity = _entity_at(ent_starts, ents, start)
        goes_on = (not all_caps and following_adjacent and kind_hint is None
                   and goes_on_with(texts[stop + 1], following, words) and not title_case_around(texts, index, stop))
        inside_name_run = (goes_on and not cue and entity is None
                           and capitalised_word_before(text, texts, ends, index, words))
        name_goes_on = goes_on and entity is not None and entity[1] >= ends[stop + 1]
        mentions.append(NameMention(
            text=name, start_char=start, end_char=name_end, cue=cue or in_dateline, kind_hint=kind_hint,
            ner_label=entity[2] if entity else None, in_dateline=in_dateline, extended_end=extended_end,
            inside_longer_entity=bool(entity) and (entity[1] - entity[0]) > (name_end - start) + 3,
            before_street_word=following_adjacent and following in words.street_words_after and kind_hint is None,
            follows_name_comma=follows_name_comma, name_goes_on=name_goes_on, inside_name_run=inside_name_run,
            street_name=following_adjacent and following in words.street_words_after and not all_caps
            and texts[stop + 1][0].isupper(),
            name_tail=not all_caps and ends_longer_entity(text, texts, starts, ends, index, entity, words),
        ))
        # "Idlib Countryside", "Macomia District": the level word belongs to the name, never a name of its own
        resume_at = bisect.bisect_left(starts, extended_end) if extended_end is not None else stop + 1
    return mentions


def _hyphen_parts(text, texts, start, index, is_name, words, all_caps) -> list[NameMention]:
    """The places of a hyphenated word that is no name as a whole ("Herat-Kandahar"): each part of three
    letters or more the gazetteer knows, with the cue of the word before the compound. Only when every part
    is capitalised ("London-based" is an adjective) or, in capitals, a name; never "Al-X"."""
    parts = texts[index].split("-")
    if not all(part[:1].isupper() and (not all_caps or is_name(part)) for part in parts):
        return []
    previous = texts[index - 1].lower() if index else ""
    cue = previous in words.locative_cues or previous in words.direction_words
    found, offset = [], start
    for part in parts:
        part_start, offset = offset, offset + len(part) + 1
        if (len(part) > 2 and part.lower() not in words.connectors
                and part.lower() not in words.common_words and is_name(part)):
            found.append(NameMention(text=part, start_char=part_start, end_char=part_start + len(part), cue=cue))
    return found


def _word_columns(text: str) -> tuple[list[int], list[int], list[str]]:
    """Start offsets, end offsets and texts of every word, as three lists built by map() over the matches:
    C loops, no Python statement (nor tuple) per word."""
    matches = list(WORD.finditer(text))
    return list(map(re.Match.start, matches)), list(map(re.Match.end, matches)), list(map(re.Match.group, matches))


def _maybe_capitalised(texts: list[str]):
    """Indices of the words that are not all lower case: only they can begin a name in mixed-case text
    (a capital letter, or an article joined to one: "al-Hasakah"). Filtered in C: most words are lower case."""
    return compress(range(len(texts)), map(not_, map(str.islower, texts)))


def _without_possessive(text: str) -> str:
    return text[:-2] if text.endswith(POSSESSIVE_ENDINGS) else text


def _last_contiguous(text, starts, ends, texts, first, limit, all_caps, connectors) -> int:
    """The last word, up to `limit`, that continues a name begun at `first` (spaces only between)."""
    last = first
    while last < limit:
        gap = text[ends[last]:starts[last + 1]]
        if len(gap) > 2 or gap.strip():
            break
        word = texts[last + 1]
        # "de", "la", and "ez-Zor" (an article joined by a hyphen) may sit inside a name
        if not all_caps and not word[0].isupper() and _JOINED_PARTS.split(word.lower(), 1)[0] not in connectors:
            break
        last += 1
    return last
