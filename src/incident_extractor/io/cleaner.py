"""Text cleaning before NLP: line endings, repeated lines and page furniture.

How offsets relate to the original text: every record offset points into the *cleaned* text, the
text the extractor received. The cleaner never rewrites inside a line: it drops whole lines (page
furniture, repeated titles, bylines, everything after a footer marker), strips trailing spaces,
turns \\r\\n and \\r into \\n, keeps at most one blank line between paragraphs, and replaces
control characters by a space (one for one). So every kept line is a verbatim piece of the
original, and `CleanedText.original_offset` maps a cleaned offset back to the decoded input.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from incident_extractor.nlp.regex_cache import compile_pattern

_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"\s+")
MIN_REPEATED_LINE = 20  # shorter lines ("Reuters", "Syria") may repeat legitimately
MAX_BYLINE_WORDS = 8
BYLINE_ZONE = 4  # bylines are looked for among the first (and last) non-blank lines only
TAIL_START_FRACTION = 0.5  # a footer marker only ends the article in its second half


@dataclass(frozen=True)
class FurniturePatterns:
    line: re.Pattern
    tail: re.Pattern
    byline: re.Pattern


@lru_cache(maxsize=1)
def furniture_patterns() -> FurniturePatterns:
    raw = resources.files("incident_extractor.data").joinpath("furniture_patterns.json").read_text("utf-8")
    table = json.loads(raw)

    def alternation(patterns: list[str], flags: int) -> re.Pattern:
        # one compiled alternation is far cheaper per line than one regex per pattern
        return compile_pattern("|".join(f"(?:{p})" for p in patterns), flags)  # code cached on disk

    return FurniturePatterns(
        line=alternation(table["line_patterns"], re.IGNORECASE),
        tail=alternation(table["tail_markers"], re.IGNORECASE),
        byline=alternation(table["byline_patterns"], 0),
    )


def is_furniture_line(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and furniture_patterns().line.fullmatch(stripped) is not None


def is_byline(line: str) -> bool:
    stripped = line.strip()
    if not stripped or stripped.endswith(".") or len(stripped.split()) > MAX_BYLINE_WORDS:
        return False
    return furniture_patterns().byline.fullmatch(stripped) is not None


def _normalised(line: str) -> str:
    return _SPACES.sub(" ", line.strip()).casefold()


@dataclass(frozen=True)
class CleanedText:
    text: str
    # (cleaned_start, original_start, length) of every kept line, in order
    segments: tuple[tuple[int, int, int], ...]
    # the lines dropped from the top of the article (bylines, "Published March 9, 2025"): no text for the
    # pipeline, but the publication date they may state is the anchor of every relative date
    header: str = ""

    def original_offset(self, offset: int) -> int:
        """The offset in the decoded input of a character offset in the cleaned text."""
        if not self.segments:
            return offset
        starts = [s[0] for s in self.segments]
        index = max(0, bisect.bisect_right(starts, offset) - 1)
        cleaned_start, original_start, length = self.segments[index]
        return original_start + min(offset - cleaned_start, length)


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    lines = []
    for match in _LINE.finditer(text):
        if match.start() == len(text) and not match.group(0):
            break
        lines.append((match.start(), match.group(1)))
    return lines


def _dropped_lines(lines: list[tuple[int, str]], total_chars: int) -> set[int]:
    patterns = furniture_patterns()
    dropped: set[int] = set()
    content = [i for i, (_, line) in enumerate(lines) if line.strip()]
    edges = set(content[:BYLINE_ZONE]) | set(content[-2:])
    seen: set[str] = set()
    for i in content:
        start, line = lines[i]
        stripped = line.strip()
        if start >= total_chars * TAIL_START_FRACTION and patterns.tail.fullmatch(stripped):
            dropped.update(range(i, len(lines)))
            break
        if patterns.line.fullmatch(stripped) or (i in edges and is_byline(stripped)):
            dropped.add(i)
            continue
        key = _normalised(stripped)
        if len(key) > MIN_REPEATED_LINE:
            if key in seen:
                dropped.add(i)
                continue
            seen.add(key)
    return dropped


def clean_with_offsets(text: str) -> CleanedText:
    """Drop page furniture and repeated lines; keep a map from cleaned to original offsets.

    The first copy of a repeated title stays: headlines often state the incident.
    """
    lines = _lines_with_offsets(text)
    dropped = _dropped_lines(lines, len(text))
    pieces: list[str] = []
    segments: list[tuple[int, int, int]] = []
    top_zone = [i for i, (_, line) in enumerate(lines) if line.strip()][:BYLINE_ZONE]
    header = [lines[i][1].strip() for i in top_zone if i in dropped]
    length = 0
    blank_pending = False
    for i, (start, line) in enumerate(lines):
        if i in dropped:
            continue
        line = line.rstrip()
        if not line.strip():
            blank_pending = bool(pieces)
            continue
        if pieces:
            separator = "\n\n" if blank_pending else "\n"
            pieces.append(separator)
            length += len(separator)
        blank_pending = False
        segments.append((length, start, len(line)))
        pieces.append(_CONTROL.sub(" ", line))
        length += len(line)
    return CleanedText(text="".join(pieces), segments=tuple(segments), header="\n".join(header))


def clean_text(text: str) -> str:
    return clean_with_offsets(text).text
