"""Text cleaning before NLP: line endings, repeated titles and page furniture.

Offsets in every record point into the cleaned text (what the extractor received). The cleaner only
removes whole lines and normalises line endings, so every kept line appears verbatim in the original:
a record's `text` field can always be found again in the source file.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

_BLANK_RUN = re.compile(r"\n{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@lru_cache(maxsize=1)
def _furniture_patterns() -> tuple[re.Pattern, ...]:
    raw = resources.files("incident_extractor.data").joinpath("furniture_patterns.json").read_text("utf-8")
    return tuple(re.compile(p, re.IGNORECASE) for p in json.loads(raw)["line_patterns"])


def is_furniture_line(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    return any(pattern.match(stripped) for pattern in _furniture_patterns())


def clean_text(text: str) -> str:
    """Drop page furniture and repeated lines; normalise line endings and control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    kept: list[str] = []
    seen_long_lines: set[str] = set()
    for line in text.split("\n"):
        stripped = line.strip()
        if is_furniture_line(line):
            continue
        # a title repeated as the first lines of a dump ("Title\n\nTitle\n\n...")
        if stripped and len(stripped) > 20 and stripped in seen_long_lines and len(kept) < 12:
            continue
        if stripped:
            seen_long_lines.add(stripped)
        kept.append(line.rstrip())
    return _BLANK_RUN.sub("\n\n", "\n".join(kept)).strip("\n")
