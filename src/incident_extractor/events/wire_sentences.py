"""False sentence breaks in all-caps wire text, mended before any stage reads the sentences.

In capitals the small model's parser cuts a sentence wherever a line wraps before a name or a bracket
("... KIDNAPPED BY TERRORISTS OF THE FARABUNDO MARTI NATIONAL LIBERATION FRONT || [FMLN] IN SAN MIGUEL."),
and at a dash aside ("TWO SMALL CHILDREN -- || 4- YEARS OLD AND 1- YEAR OLD -- DIED"): the pieces hold half a
clause each, so a victim list never meets its verb. A piece that ends without a sentence's closing mark is
joined to the next one; a blank line still ends a sentence (the paragraph cut comes after this), and so does
the wire header ("BOGOTA, 9 JAN 90 (EFE) --").
"""

from __future__ import annotations

import re

# what closes a sentence, quotes or brackets after it included (a colon or a semicolon goes on with a list, a
# quotation or bracket alone goes on: "... THE FMLN [LIBERATION FRONT] || IN SAN MIGUEL")
CLOSING = re.compile(r"""[.!?][\s"'’”)\]]*$""")
# the wire header: the dateline (a date, maybe the agency in brackets, then a dash) and the bracketed headings
# after it, "BOGOTA, 9 JAN 90 (EFE) -- [REPORT] [TEXT]"
HEADER_END = re.compile(r"(?:\d{2,4}\s*(?:\([^()]{0,60}\)\s*)?--|(?:^|--|\])\s*\[[^\[\]]{1,80}\])\s*$")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
_UPPER_ASCII = bytes(range(ord("A"), ord("Z") + 1))
_LOWER_ASCII = bytes(range(ord("a"), ord("z") + 1))


def is_wire_capitals(text: str) -> bool:
    """Most letters of the story's start are capitals (MUC-4 style wire)."""
    sample = text[:1000].encode("ascii", "ignore")
    upper = len(sample) - len(sample.translate(None, _UPPER_ASCII))
    lower = len(sample) - len(sample.translate(None, _LOWER_ASCII))
    return upper > 4 * max(lower, 1)


def join_false_breaks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (sentence start and end offsets, in order) with each piece that does not close a sentence joined
    to the next, in capitals only; mixed-case text is returned as it is."""
    if len(spans) < 2 or not is_wire_capitals(text):
        return spans
    joined = [spans[0]]
    for start, end in spans[1:]:
        last_start, last_end = joined[-1]
        if _continues(text, last_start, last_end, start):
            joined[-1] = (last_start, end)
        else:
            joined.append((start, end))
    return joined


def _continues(text: str, start: int, end: int, next_start: int) -> bool:
    piece = text[start:end]
    if CLOSING.search(piece) or HEADER_END.search(piece) or BLANK_LINE.search(text, end, next_start + 1):
        return False
    return not text[next_start:next_start + 1].islower()
