"""Command-line paths to input files: folders walked recursively in sorted order, '-' for stdin.

Symlinks are followed, but a folder already on the current walk (a symlink loop) is reported once and
skipped. Hidden files and folders (".name") are skipped inside folders, never when named explicitly.
--include / --exclude globs are matched against the path relative to the folder given and against the
file name ("*.txt", "2022/*", "drafts/**"); a file must match some --include (when any is given) and no
--exclude. Files named explicitly are always read.
"""

from __future__ import annotations

import errno
import fnmatch
import os
from pathlib import Path
from typing import Iterable, Iterator, Sequence, Union

from incident_extractor.io.document import ReadFailure

STDIN = "-"
PathItem = Union[Path, ReadFailure, str]


def wanted(relative: str, include: Sequence[str], exclude: Sequence[str]) -> bool:
    """Does a file (its path relative to the walked folder, '/'-separated) pass the globs?"""
    name = relative.rsplit("/", 1)[-1]

    def matches(pattern: str) -> bool:
        return fnmatch.fnmatchcase(relative, pattern) or fnmatch.fnmatchcase(name, pattern)

    if include and not any(matches(p) for p in include):
        return False
    return not any(matches(p) for p in exclude)


def expand_paths(
    paths: Iterable[str], include: Sequence[str] = (), exclude: Sequence[str] = ()
) -> Iterator[PathItem]:
    """Files in order, STDIN for '-', and a ReadFailure for every path that cannot be used."""
    for raw in paths:
        if raw == STDIN:
            yield STDIN
            continue
        try:
            info = os.stat(raw)
        except OSError as error:
            kind = "missing" if error.errno in (errno.ENOENT, errno.ENOTDIR) else "unreadable"
            reason = "no such file or folder" if kind == "missing" else (error.strerror or str(error)).lower()
            yield ReadFailure.of(kind, raw, f"{raw}: {reason}", raw)
            continue
        if os.path.isdir(raw):
            yield from _walk_sorted(Path(raw), include, exclude, ancestors=((info.st_dev, info.st_ino),))
        else:
            yield Path(raw)


def _walk_sorted(
    folder: Path, include: Sequence[str], exclude: Sequence[str], ancestors: tuple, prefix: str = ""
) -> Iterator[PathItem]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        reason = (error.strerror or str(error)).lower()
        yield ReadFailure.of("unreadable", str(folder), f"{folder}: {reason}", str(folder))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        relative = f"{prefix}{entry.name}"
        try:
            is_dir = entry.is_dir()  # follows symlinks
        except OSError:
            is_dir = False
        if is_dir:
            try:
                info = entry.stat()
            except OSError as error:
                reason = (error.strerror or str(error)).lower()
                yield ReadFailure.of("unreadable", entry.path, f"{entry.path}: {reason}", entry.path)
                continue
            key = (info.st_dev, info.st_ino)
            if key in ancestors:
                yield ReadFailure.of("unreadable", entry.path, f"{entry.path}: symlink loop, skipped", entry.path)
                continue
            yield from _walk_sorted(Path(entry.path), include, exclude, ancestors + (key,), relative + "/")
        elif wanted(relative, include, exclude):
            # broken links and link loops stay in: reading them reports the problem
            yield Path(entry.path)
