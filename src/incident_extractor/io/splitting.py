"""Several articles in one text file, and texts too long for one pass.

The convention for dumps: articles are separated by a line that holds only a form feed (the page
break of text exports) or only five or more '=' characters ("=====", as many exporters write).
`--split-on REGEX` replaces it (the regex must match a whole line). A file with one article keeps
its path as document id; the articles of a dump get `PATH#1`, `PATH#2`, ... in file order.

A text longer than `max_chars` is cut into parts at paragraph (else line, else word) boundaries;
part k > 1 gets the id `ID~partK`, so nothing is lost and every part fits the model's limits.
"""

from __future__ import annotations

import re
from typing import Iterator, Optional

DEFAULT_SEPARATOR = r"[ \t]*(\f|={5,})[ \t]*"
DEFAULT_MAX_CHARS = 100_000  # long-form news is 10-40k characters; spaCy's parser needs ~1 GB per 100k words


def compile_separator(pattern: Optional[str]) -> re.Pattern:
    """A full-line separator regex, multiline; raises re.error for a bad --split-on."""
    return re.compile(rf"^(?:{pattern or DEFAULT_SEPARATOR})$", re.MULTILINE)


def split_dump(text: str, separator: re.Pattern) -> list[str]:
    """The articles of a dump, in order, without empty ones; one element when there is no separator."""
    # cut on the match spans (re.split would also return whatever groups the user's regex captures)
    parts, last = [], 0
    for match in separator.finditer(text):
        parts.append(text[last : match.start()])
        last = match.end()
    parts.append(text[last:])
    articles = [part for part in parts if part.strip()]
    return articles or [text]


def dump_ids(base_id: str, count: int) -> list[str]:
    return [base_id] if count == 1 else [f"{base_id}#{n}" for n in range(1, count + 1)]


def _cut_point(text: str, limit: int) -> int:
    """The last paragraph, line or word boundary before `limit` (hard cut when there is none)."""
    floor = limit // 2  # never produce tiny parts just to honour a boundary
    for boundary in ("\n\n", "\n", " "):
        at = text.rfind(boundary, floor, limit)
        if at > 0:
            return at + len(boundary)
    return limit


def split_long_text(text: str, max_chars: int) -> Iterator[str]:
    """Parts of at most max_chars characters, cut at natural boundaries, in order."""
    start = 0
    while len(text) - start > max_chars:
        cut = start + _cut_point(text[start : start + max_chars + 1], max_chars)
        yield text[start:cut]
        start = cut
    yield text[start:]


def part_id(base_id: str, index: int) -> str:
    return base_id if index == 1 else f"{base_id}~part{index}"
