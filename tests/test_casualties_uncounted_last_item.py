"""A list of counted groups whose last item is uncounted ("..., and some civilians") keeps its counted items and
adds nothing for the last (lexicon aside, victims.py). Sentences written for these tests."""

import pytest

from casualty_helpers import headline as count

UNCOUNTED_LAST = [
    ("31 police commandos, 12 rebels, 4 militiamen, and some villagers were killed.", 47),
    ("Six soldiers, and some civilians were killed.", 6),
    ("Nine miners and co-workers were killed.", 9),
    # a bare comma and no "and": an apposition, the first group only
    ("The blast killed 29 people, one woman who was pregnant.", 29),
]


@pytest.mark.parametrize("text, killed", UNCOUNTED_LAST)
def test_uncounted_last_item(text, killed):
    assert count(text, "killed") == killed
