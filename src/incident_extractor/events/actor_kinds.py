"""Actor phrases to ACLED's actor types and countries: pure functions over words, no pipeline needed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from incident_extractor.dating.scan import can_scan_lowered, find_matches, lower_case_twin
from incident_extractor.events.tables import actor_table
from incident_extractor.geo.alternation import word_alternation
from incident_extractor.nlp.regex_cache import cached_re

ARMED_KINDS = frozenset({"state_forces", "rebel_group", "political_militia", "identity_militia", "external_force"})


@dataclass(frozen=True)
class ActorLexicon:
    head_nouns: dict[str, tuple[str, bool]]
    modifier_kinds: dict[str, str]
    phrase_modifiers: frozenset[str]
    armed_group_modifiers: frozenset[str]
    title_heads: frozenset[str]
    named_groups: re.Pattern  # names, any case
    named_acronyms: re.Pattern  # acronyms, exact case ("ira", "eta" are words)
    named_kinds: tuple[tuple[re.Pattern, str], ...]  # which name matched, asked only of the few matches
    group_name_suffix: re.Pattern
    role_verbs: dict[str, str]  # verb lemma -> role ("protest" verbs give no role on their own)
    rebel_name_heads: frozenset[str]
    rebel_name_words: frozenset[str]
    claimant_verb: re.Pattern  # "claimed responsibility" after a name
    claimant_particles: frozenset[str]  # lower-case words inside a name ("Sons of al-Harith")
    claimant_skip_words: frozenset[str]
    responsibility_sentence: re.Pattern  # a sentence that says who did an incident told before
    victim_nouns: frozenset[str]  # "the murder of X": X was hit
    source_verbs: frozenset[str]  # "police said": the subject reports the incident
    role_verb_particles: dict[str, frozenset[str]]  # "carry" gives a role only in "carry out"
    state_weapon_nouns: frozenset[str]  # "an Israeli air strike": a demonym before one names a state's forces
    news_agencies: frozenset[str]  # upper-case names of agencies that file stories ("AP", "EFE"): never actors
    institution_heads: frozenset[str]  # state heads that name no person


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    re = cached_re  # compiled code cached on disk (nlp/regex_cache.py): same patterns, faster start-up
    raw = actor_table()
    # plain alternations without capture groups: a hundred named groups would slow every position
    names = [f"(?:{pattern})" for pattern, _ in raw["named_groups"]]
    kinds = [(re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in raw["named_groups"]]
    kinds += [(re.compile(re.escape(acronym)), kind) for acronym, kind in raw["named_acronyms"]]
    role_verbs = {lemma: role for role, lemmas in raw["role_verbs"].items() for lemma in lemmas}
    return ActorLexicon(
        head_nouns={word: (kind, bool(armed)) for word, (kind, armed) in raw["head_nouns"].items()},
        modifier_kinds=dict(raw["modifier_kinds"]),
        phrase_modifiers=frozenset(raw["phrase_modifiers"]),
        armed_group_modifiers=frozenset(raw["armed_group_modifiers"]),
        title_heads=frozenset(raw["title_heads"]),
        named_groups=re.compile(r"\b(?:" + "|".join(names) + r")\b", re.IGNORECASE),
        # a trie the search can skip through (see geo/alternation.py); the same matches for acronyms of letters
        named_acronyms=re.compile(word_alternation(acronym for acronym, _ in raw["named_acronyms"]) + r"\b"),
        named_kinds=tuple(kinds),
        group_name_suffix=re.compile(r"\b" + raw["group_name_suffix"] + r"\b", re.IGNORECASE),
        role_verbs=role_verbs,
        rebel_name_heads=frozenset(raw["rebel_name_heads"]),
        rebel_name_words=frozenset(raw["rebel_name_words"]),
        claimant_verb=re.compile(raw["claimant_verb"]),
        claimant_particles=frozenset(raw["claimant_particles"]),
        claimant_skip_words=frozenset(raw["claimant_skip_words"]),
        responsibility_sentence=re.compile(raw["responsibility_sentence"], re.IGNORECASE),
        victim_nouns=frozenset(raw["victim_nouns"]),
        source_verbs=frozenset(raw["source_verbs"]),
        role_verb_particles={verb: frozenset(words) for verb, words in raw["role_verb_particles"].items()},
        state_weapon_nouns=frozenset(raw["state_weapon_nouns"]),
        news_agencies=frozenset(name.upper() for name in raw["news_agencies"]),
        institution_heads=frozenset(raw["institution_heads"]),
    )


def kind_of_phrase(words: Sequence[str]) -> tuple[Optional[str], bool]:
    """(ACLED actor type, is_armed) of a phrase's words, its head last: "unidentified gunmen" -> political_militia.

    A modifier names the kind more precisely than a generic head ("rebel forces", "ethnic militia");
    an armed modifier turns plain people into an armed group ("armed men").
    """
    lexicon = actor_lexicon()
    if not words:
        return None, False
    head = words[-1].lower()
    kind, armed = lexicon.head_nouns.get(head, (None, False))
    for word in words[:-1]:
        override = lexicon.modifier_kinds.get(word.lower())
        if override is None:
            continue
        if kind in (None, "civilians") and override == "political_militia":
            return override, True  # "armed men", "masked men"
        says_only_armed = word.lower() in lexicon.armed_group_modifiers  # "armed rebels" stay rebels
        if armed and kind in ("state_forces", "political_militia", "rebel_group") and override != "state_forces" and not says_only_armed:
            return override, True  # "rebel forces", "ethnic militia", "militia fighters"; never "foreign ministers"
        if kind is None:
            return override, override in ARMED_KINDS
    if kind is None and lexicon.group_name_suffix.search(" ".join(words)):
        return "rebel_group", True
    if kind == "state_forces" and is_insurgent_name(words):
        return "rebel_group", True
    return kind, armed


def is_insurgent_name(words: Sequence[str]) -> bool:
    """A name with a state-sounding head is an insurgent organisation when its words say so:
    "Freedom Liberation Army", "Patriotic Resistance Front"; "the Liberation Army" but not "liberation forces"
    written in lower case (a name is capitalised, or the whole text is)."""
    lexicon = actor_lexicon()
    head = words[-1]
    if len(words) < 2 or head.lower() not in lexicon.rebel_name_heads or not head[:1].isupper():
        return False
    return any(word.lower() in lexicon.rebel_name_words for word in words[:-1])


def country_of_phrase(words: Sequence[str]) -> list[str]:
    """Countries named in a phrase by demonym or name, in order ("Armenian and Azerbaijani forces" -> AM, AZ)."""
    found: list[str] = []
    for word in words:
        code = country_of_word(word)
        if code and code not in found:
            found.append(code)
    return found


@lru_cache(maxsize=8192)
def country_of_word(word: str) -> Optional[str]:
    """The country a single word names ("Armenian", "U.S.", "Syria's"), else None."""
    from incident_extractor.geo.countries import country_by_name, demonym_country

    cleaned = word.strip(",'’").removesuffix("'s").removesuffix("’s")
    if not cleaned or not cleaned[0].isalpha():
        return None
    code = country_by_name(cleaned) if "." in cleaned else None  # "U.S.", "U.K."
    cleaned = cleaned.strip(".")
    if code is None and cleaned[:1].isupper():
        code = demonym_country(cleaned)
    if code is None and (cleaned[:1].isupper() or "." in cleaned):
        code = country_by_name(cleaned)
    return code


def find_named_groups(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every armed group known by name in a text."""
    lexicon = actor_lexicon()
    found = []
    text = text.replace("’", "'")  # "New People’s Army": the tables write the plain apostrophe; length is kept
    lowered = text.lower()
    scan_lowered = lowered if can_scan_lowered(text, lowered) else None  # names: the faster lower-case twin
    for pattern in (lexicon.named_groups, lexicon.named_acronyms):
        for match in find_matches(pattern, lower_case_twin(pattern), text, scan_lowered):
            found.append((match.start(), match.end(), _kind_of_group_name(match.group(0))))
    return sorted(found)


@lru_cache(maxsize=4096)  # the same few names come back in every story: one table walk per name, not per match
def _kind_of_group_name(name: str) -> Optional[str]:
    """The kind of the first named-group or acronym pattern that matches the whole name."""
    return next((kind for pattern, kind in actor_lexicon().named_kinds if pattern.fullmatch(name)), None)


def find_claimants(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every name written before "claimed responsibility": whoever claims an attack
    is an armed group, even one no table knows ("the Free Valley Brigade later claimed responsibility").
    The rare verb phrase is found first and the name read backwards from it (a name pattern tried at every
    capitalised word would cost more than the whole pipeline on all-caps wire text)."""
    lexicon = actor_lexicon()
    found = []
    if _CLAIM_WORD not in text and _ends_on_claim_word(lexicon.claimant_verb):
        return found  # the word every claim ends on, as the pattern writes it: one C scan instead of the pattern
    for match in lexicon.claimant_verb.finditer(text):
        words = name_before(text, match.start())
        if not words:
            continue
        kind, _ = kind_of_phrase([w for w, _ in words])
        found.append((words[0][1], words[-1][1] + len(words[-1][0]),
                      kind if kind in ARMED_KINDS and kind != "state_forces" else "rebel_group"))
    return found


_CLAIM_WORD = "responsibility"


def _ends_on_claim_word(pattern: re.Pattern) -> bool:
    """The pre-check holds only while the (data file's) pattern ends on that word, case-sensitively."""
    return pattern.pattern.endswith(_CLAIM_WORD) and not pattern.flags & re.IGNORECASE


_WORD_BEFORE = re.compile(r"([\w'’-]+)\s*$")
_MAX_NAME_WORDS = 6


def name_before(text: str, end: int) -> list[tuple[str, int]]:
    """(word, start) of the capitalised name that ends at `end`, particles allowed inside but not first."""
    lexicon = actor_lexicon()
    words: list[tuple[str, int]] = []
    position = end
    while len(words) < _MAX_NAME_WORDS:
        match = _WORD_BEFORE.search(text, max(0, position - 40), position)
        if match is None:
            break
        word = match.group(1)
        bare = word.split("-")[-1] if word.lower().split("-")[0] in lexicon.claimant_particles else word
        if not (bare[:1].isupper() or word.lower() in lexicon.claimant_particles):
            break
        words.insert(0, (word, match.start(1)))
        position = match.start(1)
    while words and (words[0][0].lower() in lexicon.claimant_skip_words or words[0][0].lower() in lexicon.claimant_particles):
        words.pop(0)
    if all(word.lower() in lexicon.claimant_skip_words for word, _ in words):
        return []
    return words
