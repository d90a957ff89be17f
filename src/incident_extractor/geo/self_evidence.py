"""Small places that are the only evidence of their own country ("Al-Safa" -> the Emirates in a Syrian story).

A town below `FOREIGN_MIN_POPULATION` that only its own name supports counts for its country when the text names
no country, unless everything else the text says points to one other country. Pure functions; the word list is
`data/geo_context_words.json`.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache

NEXT_WORD = re.compile(r"\s+(\w+)")
# How often the other evidence must name its one country before a small place elsewhere stops counting.
MIN_EVIDENCE_AGAINST_SMALL_PLACES = 2


def supported_elsewhere(evidence: list[tuple[int, str, str]], forces: list[tuple[int, int, str]]) -> set[str]:
    """The countries small places may count for when the text names no country: every small place's (empty
    set) unless all the other evidence (large places, borders and regions, a country's own forces: "Syrian
    Army positions") points to one country, at least twice; then only that one. One mention is not enough:
    "five Emirati soldiers" killed in a Yemeni district are abroad, and so is "the Digos" police unit in Italy.
    Other demonyms never count: "a Syrian woman in Zahle" is a person abroad as often as at home."""
    mentions = [code for _, code, _ in evidence] + [code for *_, code in forces]
    if len(set(mentions)) != 1 or len(mentions) < MIN_EVIDENCE_AGAINST_SMALL_PLACES:
        return set()
    return set(mentions)


def forces_of_their_country(text: str, demonyms: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The demonyms followed by a word for state forces ("Syrian Army", "Afghan troops"): armies fight at home
    as a rule, unlike the people a demonym usually names."""
    words = _state_force_words()
    forces = []
    for start, end, code in demonyms:
        following = NEXT_WORD.match(text, end)
        if following and following.group(1).lower() in words:
            forces.append((start, end, code))
    return forces


@lru_cache(maxsize=1)
def _state_force_words() -> frozenset:
    from importlib import resources

    patterns = resources.files("incident_extractor").joinpath("data", "geo_context_words.json").read_text(encoding="utf-8")
    return frozenset(json.loads(patterns)["state_force_words_after"])
