"""Victim phrases: how many people a matched phrase names and who they are.

"a soldier and two civilians" -> [1 soldier, 2 civilians]; "the seven crew members" -> [7 members];
"his son" -> [1 son]; "the passengers" -> [] (a group of unknown size says nothing about the count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from incident_extractor.casualties.context import is_demonym, side_of
from incident_extractor.casualties.lexicon import normalise_phrase, patterns
from incident_extractor.casualties.numbers import ParsedNumber, parse_number
from incident_extractor.dating.tables import date_tables

SINGLE = ParsedNumber(1, 1, 1, "exact")
# bare digits in this range without a victim noun are years ("killed 1990"), never counts
YEAR_RANGE = range(1000, 2101)
MONEY_SCALE = 1_000_000  # "millions", "billions" with no people named: an amount, never a toll
DEFINITE = {"the", "his", "her", "their", "its", "this", "that"}
# all-caps wire text writes "AND": the join test must ignore case
LIST_GOES_ON = re.compile(r"\s*,\s+and\s", re.IGNORECASE)
LIST_JOIN = re.compile(r"\b(?:and|as\s+well\s+as|plus|along\s+with)\b", re.IGNORECASE)


@dataclass(frozen=True)
class VictimGroup:
    number: ParsedNumber
    start: int  # offsets into the sentence
    end: int
    victims: Optional[str]
    side: Optional[str]
    text: str
    additional: bool = False  # "two more", "another": people on top of a figure already given


def is_plural_head(head: str) -> bool:
    tables = patterns()
    word = normalise_phrase(head)
    if word in tables["singular_heads"]:
        return False
    return word in tables["plural_heads"] or (word.endswith("s") and not word.endswith("ss"))


AGE_NOUN = re.compile(r"\d{1,3}-(?:year|month|week)-olds?")  # "a 17-year-old", "two 16-year-olds"


def names_person(head: str) -> bool:
    """A known victim noun, one shaped like a person noun ("attendant", "technician", "trustee"), a nationality
    ("two Americans and a Briton") or an age used as a noun ("a 17-year-old and a 20-year-old")."""
    tables, word = patterns(), head.lower()
    return (word in tables["singular_heads"] or word in tables["plural_heads"] or word.endswith(tables["person_suffixes"])
            or is_demonym(word) or bool(AGE_NOUN.fullmatch(word)))


def victim_groups(sentence: str, start: int, end: int, appositions: bool = True) -> list[VictimGroup]:
    """The counted victim groups of the list phrase at sentence[start:end]. With `appositions` off, items joined by
    a bare comma stay separate ("killed 43 soldiers, nine were wounded": the second item starts a clause)."""
    groups = []
    for match in patterns()["item"].finditer(sentence, start, end):
        group = _group_of(match)
        if group is not None:
            groups.append(group)
    groups = [g for g in groups if not _is_age_apposition(sentence, g) and not _is_day_of_month(sentence, g)]
    if len(groups) > 1:
        # in a list, a single item must name a person: "the fire and 51 others" is no list of victims
        groups = [g for g in groups if g.number is not SINGLE or g.victims is None or names_person(g.victims)]
    joins = [sentence[a.end:b.start] for a, b in zip(groups, groups[1:])]
    if appositions and joins and not any(LIST_JOIN.search(j) for j in joins) and not LIST_GOES_ON.match(sentence, end):
        # "killing 29 people, one woman who was pregnant": an apposition, not a list (but "44 officers, 18 rebels, 5
        # militants, and some civilians": the list's "and" comes with an uncounted last item)
        groups = groups[:1]
    elif appositions and _breaks_down_the_first(groups, joins):
        groups = groups[:1]  # "three people, one soldier and two civilians, were hurt": the first says how many
    if len(groups) == 2 and groups[1].victims is None and re.fullmatch(r"\s*,\s*and\s+", sentence[groups[0].end:groups[1].start]):
        groups = groups[1:]  # "... four civilians, and at least 235 others were wounded": a new clause
    return groups


GENERAL_NOUNS = {"people", "persons", "individuals", "victims", "casualties", "others"}


def _breaks_down_the_first(groups: list[VictimGroup], joins: list[str]) -> bool:
    """A counted group of people in general, a bare comma, then a list whose counts add up to it (never "Two
    soldiers, a guard and a civilian": the first item is one kind of its own)."""
    if len(groups) < 3 or joins[0].strip() != "," or not groups[0].number.value:
        return False
    if groups[0].victims is not None and groups[0].victims.lower() not in GENERAL_NOUNS:
        return False
    rest = [g.number.value for g in groups[1:]]
    return None not in rest and sum(rest) == groups[0].number.value


# "Ana Ruiz, 42, and her son": a bare number between commas right after a word is an age
AGE_BEFORE = re.compile(r"[^\W\d_][\w'’.-]*,\s*$")
AGE_AFTER = re.compile(r"\s*[,;]")


def _is_age_apposition(sentence: str, group: VictimGroup) -> bool:
    return (group.victims is None and group.text.isdigit() and len(group.text) <= 3
            and bool(AGE_BEFORE.search(sentence, max(0, group.start - 40), group.start))
            and bool(AGE_AFTER.match(sentence, group.end)))


# "On December 27, three men were killed", "Dec. 3, two": a bare day number right after its month
DAY_AFTER_MONTH = re.compile(r"(?<![\w'’-])(?P<month>[^\W\d_]{3,9})\.?\s+$")


def _is_day_of_month(sentence: str, group: VictimGroup) -> bool:
    if group.victims is not None or not group.text.isdigit() or not 1 <= int(group.text) <= 31:
        return False
    month = DAY_AFTER_MONTH.search(sentence, max(0, group.start - 12), group.start)
    return month is not None and month.group("month").lower() in date_tables().months


def _split_words(words: Optional[str]) -> tuple[str, Optional[str]]:
    """("two Armenian" , "soldiers") from "two Armenian soldiers": modifiers and the head noun."""
    if not words:
        return "", None
    parts = words.rsplit(None, 1)
    return (parts[0] + " " if len(parts) == 2 else ""), parts[-1]


def _group_of(match: re.Match) -> Optional[VictimGroup]:
    text = match.group(0)
    if match.group("num"):
        number = parse_number(match.group("num"))
        modifiers, head = _split_words(match.group("words"))
        if match.group("of") and not head:
            head = match.group("of").split()[-1]
        if number is None:
            return None
        if head is None and number.value in YEAR_RANGE and re.fullmatch(r"\d{4}", match.group("num").strip()):
            return None
        if number.qualifier == "vague" and (number.value or 0) >= MONEY_SCALE and head is None:
            return None  # "the injury of six people and millions in losses": money, not people
        modifiers += head or ""
    elif match.group("art"):
        modifiers, head = _split_words(match.group("words1"))
        if match.group("art").lower() in DEFINITE and is_plural_head(head):
            return None
        number = SINGLE
        modifiers += head
    else:
        head, number, modifiers = None, SINGLE, ""
    if head and head.lower() in ("others", "other", "them", "whom", "those"):
        head = None
    if head and normalise_phrase(head) in patterns()["non_victims"]:
        return None  # "seven horses were also killed": no people
    # "two more", "four other soldiers": people on top of those already counted. A bare "others" is not: it
    # mostly sets the wounded apart from the dead of its own clause ("killing one and injuring five others")
    more = (match.group("more") or "").lower()
    additional = more in ("more", "further", "additional") or (more == "other" and head is not None) or (
        (match.group("det") or match.group("art") or "").lower() in ("another", "a further", "an additional"))
    return VictimGroup(number, match.start(), match.end(), head, side_of(modifiers), text, additional)


def is_lone_definite_plural(groups: list[VictimGroup]) -> bool:
    """"The soldiers": a group of unknown size (never "a CRPF personnel", one person after "a")."""
    return (len(groups) == 1 and groups[0].victims is not None and groups[0].number is SINGLE
            and is_plural_head(groups[0].victims) and not INDEFINITE.match(groups[0].text))


INDEFINITE = re.compile(r"an?\s", re.IGNORECASE)


PEOPLE_ENDINGS = ("ans", "ites", "ists", "ims", "ics", "ers", "ees")  # Afghans, Shiites, Muslims, Catholics


def names_a_people(name: str, sentence: str = "") -> bool:
    """Capitalised words that name a people or a thing, not a person: "Americans", "Syrian Kurds", "Shia Muslims"
    (never "Ananta Bijoy Das"); in a title-case headline every plural counts as one ("Kill During Clashes")."""
    words = name.split()
    last = words[-1].lower()
    if not is_plural_head(last):
        return False
    if len(words) == 1 or last in patterns()["plural_heads"] or is_demonym(last) or is_demonym(words[0].lower()):
        return True
    return last.endswith(PEOPLE_ENDINGS) or is_title_case(sentence)


def is_title_case(sentence: str) -> bool:
    """Most words capitalised: a headline's title case, where capitals tell no names apart."""
    words = [w for w in sentence.split() if w[:1].isalpha()]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
