"""Letters Python's IGNORECASE matches to an ASCII letter although str.lower() does not give that letter.

"İ" (dotted capital I), "ı" (dotless i), "ſ" (long s) and "K" (Kelvin sign): a case-insensitive pattern written
in ASCII matches "kılled" as "killed", but "kılled".lower() is no key of a lower-case table and holds no
"killed". Every shortcut that lower-cases text instead of matching case-insensitively (lower-case twins,
word gates, table lookups) asks here first.
"""

from __future__ import annotations

import re

FOLDS_ONTO_ASCII = re.compile("[\u0130\u0131\u017f\u212a]")
# the ASCII letter each of them matches, for turning a matched phrase into a table key
ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
