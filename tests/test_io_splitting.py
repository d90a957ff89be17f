import pytest

from incident_extractor.io.splitting import compile_separator, dump_ids, part_id, split_dump, split_long_text

FIRST = "A roadside bomb hit a bus near the market.\nFour people died."
SECOND = "Protesters marched to the parliament on Friday."


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"{FIRST}\n\f\n{SECOND}\n", [FIRST + "\n", "\n" + SECOND + "\n"]),
        (f"{FIRST}\n=====\n{SECOND}", [FIRST + "\n", "\n" + SECOND]),
        (f"{FIRST}\n  ==========  \n{SECOND}", [FIRST + "\n", "\n" + SECOND]),
        (f"=====\n{FIRST}\n=====\n\n=====\n{SECOND}", ["\n" + FIRST + "\n", "\n" + SECOND]),
        (f"{FIRST}\n====\n{SECOND}", [f"{FIRST}\n====\n{SECOND}"]),  # four '=' is a rule, not a separator
        (f"{FIRST} ===== {SECOND}", [f"{FIRST} ===== {SECOND}"]),  # must be a whole line
    ],
)
def test_default_separator(text, expected):
    assert split_dump(text, compile_separator(None)) == expected


def test_custom_separator_with_groups():
    separator = compile_separator(r"-+ (ARTICLE|STORY) \d+ -+")
    text = f"--- ARTICLE 1 ---\n{FIRST}\n--- STORY 2 ---\n{SECOND}"
    assert [part.strip() for part in split_dump(text, separator)] == [FIRST, SECOND]


@pytest.mark.parametrize("count, ids", [(1, ["d.txt"]), (3, ["d.txt#1", "d.txt#2", "d.txt#3"])])
def test_dump_ids(count, ids):
    assert dump_ids("d.txt", count) == ids


def test_long_text_is_cut_at_paragraphs_and_nothing_is_lost():
    paragraph = "Fighting continued in the valley for a third day. " * 20
    text = "\n\n".join([paragraph.strip()] * 30)
    parts = list(split_long_text(text, 5000))
    assert "".join(parts) == text
    assert all(len(part) <= 5000 for part in parts)
    assert all(part.endswith("\n\n") for part in parts[:-1])


def test_text_without_boundaries_is_cut_hard():
    parts = list(split_long_text("x" * 2500, 1000))
    assert [len(p) for p in parts] == [1000, 1000, 500]


@pytest.mark.parametrize("index, expected", [(1, "doc"), (2, "doc~part2")])
def test_part_id(index, expected):
    assert part_id("doc", index) == expected
