"""Words a rule's pattern cannot match without: a sentence lacking them skips the pattern's scan.

Most rules find nothing in most sentences ("the death toll rose to", "no one was hurt", "Judge X died"), yet each
scan tries every position of the sentence's windows. Every match of a gated pattern contains, as a whole word,
one word of each set listed here (a verb of the lexicon right before a word boundary, "toll" before a space,
...), so testing the sentence's set of words first finds the same matches and skips most scans.

A word is a run of [\\w'’-], the characters the patterns' own word boundaries use. Each set below names the
part of the pattern (lexicon.py) that holds the word; a rule changed there must have its gate changed here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from incident_extractor.casualties.lexicon import cue_tables, lexicon

WORD = re.compile(r"[\w'’-]+")
MARKS = frozenset({","})  # start "words" that are punctuation: found anywhere, with no word boundary around them


def sentence_words(lowered: str) -> frozenset:
    """The words of a lower-cased sentence. (Only for text where IGNORECASE matches no letter lower() does not
    give, a dotless i or a long s: see dating.scan.can_scan_lowered.)"""
    return frozenset(WORD.findall(lowered))


def _first_words(phrases: Iterable[str]) -> frozenset:
    """The first word of each phrase: the word a pattern starting at a word boundary matches first."""
    return frozenset(WORD.findall(p.lower())[0] for p in phrases if WORD.search(p))


def _longest_words(phrases: Iterable[str]) -> frozenset:
    """The longest word of each phrase, for phrases whose every word is a whole word of the text (preceded by a
    space or a word boundary, followed by one): "unaccounted" rather than "for", the rarer word (the later one
    of two as long: "lives", not "their")."""
    return frozenset(max(reversed(WORD.findall(p.lower())), key=len) for p in phrases if WORD.search(p))


def _last_words(phrases: Iterable[str]) -> frozenset:
    """The last word of each phrase: where the phrase is followed by a word boundary it ends a word."""
    return frozenset(WORD.findall(p.lower())[-1] for p in phrases if WORD.search(p))


OF_NOUNS = frozenset({"murder", "murders", "killing", "killings", "assassination", "assassinations", "death",
                      "deaths", "massacre", "massacres", "slaying", "slayings"})  # the nouns named_list_head reads before "of"


@lru_cache(maxsize=1)
def rule_gates() -> dict[str, tuple[frozenset, ...]]:
    """Rule name -> sets of words; a sentence can hold a match only if it has a word of every set."""
    lex = lexicon()
    verbs = lex["verbs"].values()
    # every pattern has \s+ (or a word boundary) before (?P<verb>{passive_verbs}){boundary}: all its words are whole
    passive = _longest_words(p for forms in verbs for p in forms["passive"])
    active = _first_words(p for forms in verbs for p in forms["active"])  # (?<!..)(?P<verb>{active_verbs})\s+
    singular = frozenset(w for p in lex["victim_nouns_singular"] for w in WORD.findall(p.lower()))
    toll = frozenset({"toll", "number"})  # (?P<which>...toll|...number\s+of ...)
    return {
        "toll": (toll,),
        "toll_raise": (toll,),
        # (?P<subj>no\s+one|no-one|nobody|none...|not\s+a\s+single|not\s+one|no\s+...) ... (?P<verb>{passive_verbs})
        "zero_subject": (frozenset({"no", "no-one", "nobody", "none", "not"}), passive),
        "zero_noun": (frozenset({"no", "not", "without"}),),
        "zero_negated": (frozenset({"not"}), frozenset({"killed", "injured", "hurt", "wounded", "harmed"})),
        "zero_unhurt": (frozenset({"unhurt", "unharmed", "uninjured", "unscathed"}),),
        # head {to_death_verbs}, tail \s+(?P<compl>to\s+death|dead|alive){boundary}
        "to_death": (_first_words(lex["to_death_verbs"]), frozenset({"death", "dead", "alive"})),
        # head {leave_verbs}, tail \s+(?P<compl>{leave_complements}){boundary}
        "leave": (_first_words(lex["leave_verbs"]), _last_words(lex["leave_complements"])),
        # (?P<verb>deaths?|bodies|...|arrests?)\s+of
        "of_nominal": (frozenset({"of"}), frozenset({
            "death", "deaths", "bodies", "corpses", "remains", "murder", "murders", "killing", "killings", "massacre",
            "assassination", "injury", "injuries", "injuring", "wounding", "kidnapping", "abduction", "arrest",
            "arrests"})),
        # (?P<title>{singular_heads})\s+ ... (?P<verb>died|perished|{passive_verbs}){boundary}
        "titled_subject": (singular, passive | {"died", "perished"}),
        # (?P<verb>{active_verbs}|(?:murder|...)\s+of)\s+ ... (?P<title>{singular_heads})(?![\w'’-])
        "titled_object": (singular, active | {"murder", "assassination", "killing", "death", "slaying", "kidnapping",
                                              "abduction"}),
        # \s+(?:who\s+)?(?:was|has\s+been|had\s+been|is|got)\s+ ... (?P<verb>{passive_verbs}){boundary}
        "singular_was": (frozenset({"was", "been", "is", "got"}), passive),
        # (?P<subj>{singular_heads})\s+ ... (?P<verb>died|dies|perished|{passive_verbs}){boundary}
        "bare_subject": (singular, passive | {"died", "dies", "perished"}),
        # (?P<verb>died|perished|passed\s+away|lost\s+(?:his|her)\s+life){boundary}
        "singular_died": (frozenset({"died", "perished", "away", "life"}),),
        # (?:including|among\s+them|among\s+whom|of\s+whom|mostly|mainly)\s+
        "subgroup_list": (frozenset({"including", "among", "whom", "mostly", "mainly"}),),
        # \s+(?P<aux>were|have\s+been|had\s+been|are|being)\s+ ... (?P<verb>{passive_verbs}){boundary}
        "distant_passive": (frozenset({"were", "been", "are", "being"}), passive),
        "distant_died": (frozenset({"died", "perished", "dies", "die"}),),  # ... (?P<verb>died|perished|dies|die)
        "named_object": (active,),  # (?P<verb>{active_verbs})\s+
        "active": (active,),
        "passive": (passive,),  # tail: ... (?P<verb>{passive_verbs}){boundary}
        "nominal": (_nouns(lex),),
        # every branch ends with (?P<verb>{passive_verbs}){boundary} or (?P<dying>died|perished|lost\s+their\s+lives)
        "passive_any": (passive | {"died", "perished", "lives"},),
        # (?P<verb>(?:murders?|killings?|assassinations?|deaths?|massacres?|slayings?)\s+of|{active_verbs})\s+
        "named_list_head": (active | OF_NOUNS,),
        # (?P<verb>as\s+(?:did|were|was|had|have|has))\s+
        "as_did": (frozenset({"as"}), frozenset({"did", "were", "was", "had", "have", "has"})),
        # every branch of the "counterfactual" regexes (unreal.py) holds one of these words
        "counterfactual": (frozenset(w.lower() for w in cue_tables()["counterfactual"]["gate"]),
                           frozenset(w.lower() for w in cue_tables()["counterfactual"]["gate_perfect"])),
        # a killing word, an injuring word, and/or between them (unreal.py)
        "mixed_casualties": tuple(frozenset(words) for words in cue_tables()["mixed_casualties"]["gate"]),
    }


def _nouns(lex: dict) -> frozenset:
    """(?P<verb>{noun_types}){boundary}: the last word of a casualty noun."""
    return _last_words(n for forms in lex["verbs"].values() for n in forms["nouns"])


@lru_cache(maxsize=1)
def rule_starts() -> dict[str, frozenset]:
    """Rule name -> the words every match of its pattern starts with (right after a word boundary): the rule's
    pattern is tried only where these words are, not at every position of the windows."""
    lex = lexicon()
    active = _first_words(p for forms in lex["verbs"].values() for p in forms["active"])
    return {
        "named_object": active,  # (?<![\w'’-])(?P<verb>{active_verbs})\s+
        "active": active,  # head: (?<![\w'’-])(?P<verb>{active_verbs})...
        "titled_subject": _first_words(lex["victim_nouns_singular"]),  # (?<![\w'’-])(?P<title>{singular_heads})\s+
        "bare_subject": _first_words(lex["victim_nouns_singular"]),  # (?<![\w'’-])(?P<subj>{singular_heads})\s+
        # (?<![\w'’-])(?P<verb>{active_verbs}|(?:murder|assassination|...)\s+of)\s+
        "titled_object": active | {"murder", "assassination", "killing", "death", "slaying", "kidnapping", "abduction"},
        "named_list_head": active | OF_NOUNS,
        # (?:(?P<comma>,)\s+(?:who\s+)?|(?<![\w'’-])(?P<and>and)\s+)?(?<![\w'’-])(?:(?P<aux>were|was|have\s+been|
        # has\s+been|had\s+been|are|is)\s+...|(?P<dying>died|perished|lost\s+their\s+lives){boundary})|
        # (?<![\w'’-])(?P<and2>and)\s+...
        "passive_any": frozenset({",", "and", "were", "was", "have", "has", "had", "are", "is", "died", "perished",
                                  "lost"}),
        "as_did": frozenset({"as"}),  # (?<![\w'’-])(?P<verb>as\s+(?:did|were|was|had|have|has))\s+
    }


@lru_cache(maxsize=1)
def rule_ends() -> dict[str, frozenset]:
    """Rule name -> words every match holds after the word it starts with (its verb or noun): a match can start
    only before the last of them."""
    lex = lexicon()
    passive = _longest_words(p for forms in lex["verbs"].values() for p in forms["passive"])
    return {
        "passive": passive,  # a victim list, then ... (?P<verb>{passive_verbs}){boundary}
        "distant_passive": passive,  # (?P<subj>...)(?P<gap>...) ... (?P<verb>{passive_verbs}){boundary}
        "distant_died": frozenset({"died", "perished", "dies", "die"}),
        "nominal": _nouns(lex),  # (?P<num>...)\s+ ... (?P<verb>{noun_types}){boundary}
    }
