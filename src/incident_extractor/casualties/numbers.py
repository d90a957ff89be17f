"""Number phrases of casualty reports: "1,200", "6.5k", "twenty-three", "a dozen", "between 10 and 15",
"at least 12", "dozens".

`parse_number` is pure, total (never raises) and cheap: anything longer than a number phrase can be is
refused before any work is done. `number_phrase_pattern` is the regex source the finder embeds to locate
number phrases inside a sentence; both read the same word tables (data/numbers_words.json).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

# No number phrase of a news report is longer than this; longer input is refused without parsing,
# which keeps the parser fast on arbitrary text.
MAX_PHRASE_CHARS = 120
MAX_WORD_TOKENS = 12
DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class ParsedNumber:
    """A count as the text states it. `value` is the headline figure: the stated number for qualified
    figures ("more than 100" -> 100), the low end of a range, the table value of a vague word."""

    value: Optional[int]
    low: Optional[int]
    high: Optional[int]
    qualifier: str  # exact / at_least / more_than / about / at_most / range / vague


@lru_cache(maxsize=1)
def number_tables() -> dict:
    return json.loads((DATA_DIR / "numbers_words.json").read_text("utf-8"))


def phrase_alternation(phrases) -> str:
    """Regex matching any of the phrases, the longest possible first ("at least" before "at"), any whitespace
    between words. Built as a character trie: Python's regex engine tries the branches of a flat alternation
    one by one, so a trie keeps a 400-word list as cheap as a handful."""
    trie: dict = {}
    for phrase in {" ".join(p.lower().split()) for p in phrases if p.strip()}:
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_source(trie) or "(?!)"


def _trie_source(node: dict) -> str:
    branches = [(r"\s+" if char == " " else re.escape(char)) + _trie_source(child)
                for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


@lru_cache(maxsize=1)
def _compiled() -> dict:
    tables = number_tables()
    qualifiers = phrase_alternation(tables["qualifiers"])
    fixed = phrase_alternation(tables["fixed_phrases"])
    vague = phrase_alternation(tables["vague"])
    number_words = [w for w, v in tables["units"].items() if w not in ("a", "an", "no", "pair", "couple", "single")]
    words = phrase_alternation(number_words + list(tables["tens"]) + list(tables["scales"]))
    # digits not glued to letters, currency, times or other digits, nor an age: "82mm", "$5", "10:30", "23-year-old",
    # "aged 67" fail
    digits = (
        r"(?<![\w$€£¥#./:])(?<![^\W\d]-)(?<!aged\s)(?<!age\s)(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
        r"(?:\s*(?:k|thousand|million|hundred)\b)?(?![\w%°/]|[-–][^\W\d]|:\d|,\d|\.\d)"
    )
    spelled = (
        rf"(?<![\w-])(?<!\d\s)(?:a\s+(?=(?:hundred|thousand|dozen)\b))?(?:(?:{words})(?:\s+and\s+|\s+|-)?)+"
        rf"(?<![\s-])(?<!\sand)(?![\w-])"
    )
    core = rf"(?:{fixed})(?!\w)|(?:{digits})|(?:{spelled})|(?:(?<!\w)(?:{vague})(?!\w)(?:\s+of(?:\s+the)?(?!\w))?)"
    # one optional second number instead of separate range patterns: "10-15", "10 to 15", "between 10 and 15"
    # (the parser refuses "12 and 15" without "between"; see `_parse_range`)
    phrase = (rf"(?:(?<!\w)(?:{qualifiers})\s+)?(?:between\s+(?:{core})\s+and\s+(?:{core})|"
              rf"(?:{core})(?:\s*(?:-|–|—|\s+to\s+|\s+or\s+)\s*(?:{core}))?)")
    return {
        "phrase": phrase,
        "qualifier": re.compile(rf"^(?:{qualifiers})\s+"),
        "digits": re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(k|m|thousand|million|hundred)?$", re.ASCII),
        "range": re.compile(r"^(?:between\s+(?P<a>.+?)\s+and\s+(?P<b>.+)|(?:from\s+)?(?P<c>.+?)\s*(?:-|–|—|\s+to\s+|\s+or\s+)\s*(?P<d>.+))$"),
    }


def number_phrase_pattern() -> str:
    """Regex source (no groups) matching one number phrase; compile it with re.IGNORECASE."""
    return _compiled()["phrase"]


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def parse_cardinal(text: str) -> Optional[int]:
    """A plain count without qualifier: "1,200", "6.5k", "twenty-three", "one hundred and five", "a dozen"."""
    s = _normalise(text)
    if not s or len(s) > MAX_PHRASE_CHARS:
        return None
    tables = number_tables()
    if s in tables["fixed_phrases"]:
        return tables["fixed_phrases"][s]
    digits = _compiled()["digits"].match(s)
    if digits:
        whole, fraction, suffix = digits.groups()
        if len(whole) > 15:
            return None
        number = float(f"{whole.replace(',', '')}.{fraction or 0}")
        number *= tables["digit_suffixes"].get(suffix, 1) if suffix else 1
        return int(round(number))
    return _spelled_cardinal(s, tables)


def _spelled_cardinal(s: str, tables: dict) -> Optional[int]:
    tokens = [t for t in re.split(r"[\s-]+", s) if t and t != "and"]
    if not tokens or len(tokens) > MAX_WORD_TOKENS:
        return None
    units, tens, scales = tables["units"], tables["tens"], tables["scales"]
    total, current = 0, 0
    for index, token in enumerate(tokens):
        if token in ("a", "an") and index > 0:
            return None  # an article only starts a phrase ("a hundred")
        if token == "dozen":
            current = max(current, 1) * 12
        elif token in units:
            current += units[token]
        elif token in tens:
            current += tens[token]
        elif token in scales:
            current = max(current, 1) * scales[token]
            if scales[token] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current


def parse_number(text: str) -> Optional[ParsedNumber]:
    """Parse a number phrase with its qualifier; None when the text is not one. Never raises."""
    return _parse_text(text) if isinstance(text, str) else None


@lru_cache(maxsize=4096)  # the same few phrases ("two", "at least 12") recur; the result is immutable
def _parse_text(text: str) -> Optional[ParsedNumber]:
    try:
        return _parse_number(text)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None


def _parse_number(text: str) -> Optional[ParsedNumber]:
    if not isinstance(text, str) or len(text) > MAX_PHRASE_CHARS:
        return None
    s = _normalise(text)
    tables = number_tables()
    qualifier = "exact"
    prefix = _compiled()["qualifier"].match(s)
    if prefix and s[prefix.end():]:
        qualifier = tables["qualifiers"][_normalise(prefix.group(0))]
        s = s[prefix.end():]
    s = re.sub(r"\s+of(?: the)?$", "", s)  # "dozens of", "a handful of the"
    if s in tables["vague"]:
        value = tables["vague"][s]
        return ParsedNumber(value, value, None, "vague")
    value = parse_cardinal(s)
    if value is None:
        return _parse_range(s)
    if qualifier in ("at_least", "more_than"):
        return ParsedNumber(value, value, None, qualifier)
    if qualifier == "at_most":
        return ParsedNumber(value, None, value, qualifier)
    if qualifier == "about":
        return ParsedNumber(value, None, None, qualifier)
    return ParsedNumber(value, value, value, "exact")


def _parse_range(s: str) -> Optional[ParsedNumber]:
    match = _compiled()["range"].match(s)
    if not match:
        return None
    first, second = (match.group("a"), match.group("b")) if match.group("a") else (match.group("c"), match.group("d"))
    low, high = _range_end(first), _range_end(second)
    if low is None or high is None or low > high:
        return None
    return ParsedNumber(low, low, high, "range")


def _range_end(s: str) -> Optional[int]:
    vague = number_tables()["vague"]
    return vague.get(s) if s in vague else parse_cardinal(s)
