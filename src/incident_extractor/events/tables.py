"""Loading the event and actor tables from `data/` once, as compiled patterns and plain dicts."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

from incident_extractor.nlp.regex_cache import cached_re


def read_data_json(file_name: str) -> dict:
    text = resources.files("incident_extractor").joinpath("data", file_name).read_text(encoding="utf-8")
    return json.loads(text)


@dataclass(frozen=True)
class TriggerRule:
    event_type: Optional[str]  # None: the type depends on who did what to whom (see events.classify)
    sub_event_type: Optional[str]
    strength: float


@dataclass(frozen=True)
class TriggerTable:
    pattern: re.Pattern  # one alternation over lower-cased text; the name of the group that matched indexes `rules`
    pattern_any_case: re.Pattern  # the same, for text whose lower-casing changes its length
    rules: dict[str, TriggerRule]
    anaphora_before: re.Pattern
    caption_cues: re.Pattern
    generic_statement_cues: re.Pattern
    accident_cues: re.Pattern  # a crash, a flood: deaths that are no act of violence


@lru_cache(maxsize=1)
def trigger_table() -> TriggerTable:
    """All trigger rules compiled into a single regex so a document is scanned once."""
    re = cached_re  # compiled code cached on disk (nlp/regex_cache.py): same patterns, faster start-up
    raw = read_data_json("event_triggers.json")
    alternatives, rules = [], {}
    for index, entry in enumerate(raw["triggers"]):
        name = f"rule{index}"
        alternatives.append(f"(?P<{name}>{entry['pattern']})")
        rules[name] = TriggerRule(entry["event_type"], entry["sub_event_type"], float(entry["strength"]))
    # the lookarounds stand in for \b but also accept hyphens ("U.S.-mediated" must not hide "mediated")
    combined = r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])"
    return TriggerTable(
        # matching lower-cased text without IGNORECASE is a third faster; the patterns are lower-case
        pattern=re.compile(combined.lower().replace("?p<rule", "?P<rule")),
        pattern_any_case=re.compile(combined, re.IGNORECASE),
        rules=rules,
        anaphora_before=re.compile(raw["anaphora_before"], re.IGNORECASE),
        caption_cues=re.compile(raw["caption_cues"], re.IGNORECASE),
        generic_statement_cues=re.compile(raw["generic_statement_cues"], re.IGNORECASE),
        accident_cues=re.compile(raw["accident_cues"], re.IGNORECASE),
    )


@lru_cache(maxsize=1)
def separate_incident_pattern() -> re.Pattern:
    """Words that start another incident than the one told before (data/event_scope_cues.json)."""
    return cached_re.compile(read_data_json("event_scope_cues.json")["separate_incident"], re.IGNORECASE)


@lru_cache(maxsize=1)
def separate_incident_opening_pattern() -> re.Pattern:
    """Words that open a sentence telling another incident ("Moreover,", "Separately,", "Later,"): matched at a
    sentence's start only (data/event_scope_cues.json)."""
    return cached_re.compile(read_data_json("event_scope_cues.json")["separate_incident_opening"], re.IGNORECASE)


@lru_cache(maxsize=1)
def scope_cue_patterns() -> dict[str, re.Pattern]:
    """Scope name -> compiled cue regex (see data/event_scope_cues.json)."""
    re = cached_re  # compiled code cached on disk (nlp/regex_cache.py): same patterns, faster start-up
    raw = read_data_json("event_scope_cues.json")
    return {scope: re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) for scope, patterns in raw["cues"].items()}


@lru_cache(maxsize=1)
def actor_table() -> dict:
    """The actor lexicon (data/actor_kinds.json): head nouns, named groups and modifiers by kind."""
    return read_data_json("actor_kinds.json")
