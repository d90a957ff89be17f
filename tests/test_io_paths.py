import os

import pytest

from incident_extractor.io.document import ReadFailure
from incident_extractor.io.paths import STDIN, expand_paths, wanted


def make_tree(root):
    for relative in ("b/2.txt", "b/1.txt", "a.txt", "c/d/deep.jsonl", "c/skip.tmp", ".hidden/x.txt", "b/.secret.txt"):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Soldiers were killed.", encoding="utf-8")


def relative_names(root, items):
    return [os.path.relpath(str(item), root) if not isinstance(item, ReadFailure) else item.code for item in items]


def test_folders_are_walked_recursively_in_sorted_order(tmp_path):
    make_tree(tmp_path)
    found = relative_names(tmp_path, expand_paths([str(tmp_path)]))
    assert found == ["a.txt", "b/1.txt", "b/2.txt", "c/d/deep.jsonl", "c/skip.tmp"]


@pytest.mark.parametrize(
    "include, exclude, expected",
    [
        (("*.txt",), (), ["a.txt", "b/1.txt", "b/2.txt"]),
        ((), ("*.tmp", "b/*"), ["a.txt", "c/d/deep.jsonl"]),
        (("c/**",), ("*.tmp",), ["c/d/deep.jsonl"]),
    ],
)
def test_include_and_exclude_globs(tmp_path, include, exclude, expected):
    make_tree(tmp_path)
    assert relative_names(tmp_path, expand_paths([str(tmp_path)], include, exclude)) == expected


def test_explicit_files_and_stdin_are_kept_in_command_line_order(tmp_path):
    make_tree(tmp_path)
    items = list(expand_paths([str(tmp_path / "b/2.txt"), "-", str(tmp_path / ".hidden/x.txt")], ("*.jsonl",)))
    assert items[1] == STDIN
    assert [os.path.basename(str(i)) for i in (items[0], items[2])] == ["2.txt", "x.txt"]


def test_missing_path_is_one_failure(tmp_path):
    (failure,) = list(expand_paths([str(tmp_path / "nope")]))
    assert failure.code == "E011" and "no such file or folder" in failure.message


def test_symlink_loops_are_reported_not_followed(tmp_path):
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("text", encoding="utf-8")
    os.symlink(tmp_path / "news", tmp_path / "news" / "again")  # a folder that contains itself
    os.symlink(tmp_path / "loop1", tmp_path / "loop2")
    os.symlink(tmp_path / "loop2", tmp_path / "loop1")
    items = list(expand_paths([str(tmp_path / "news"), str(tmp_path / "loop1")]))
    assert [os.path.basename(str(items[0]))] == ["a.txt"]
    assert isinstance(items[1], ReadFailure) and "symlink loop" in items[1].message
    assert isinstance(items[2], ReadFailure) and items[2].code == "E012"


@pytest.mark.parametrize(
    "relative, include, exclude, expected",
    [
        ("x/y.txt", ("*.txt",), (), True),
        ("x/y.txt", ("x/*",), ("y.*",), False),
        ("x/y.txt", (), (), True),
        ("x/y.html", ("*.txt",), (), False),
    ],
)
def test_wanted(relative, include, exclude, expected):
    assert wanted(relative, include, exclude) is expected
