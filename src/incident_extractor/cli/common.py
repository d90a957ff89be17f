"""Options and error helpers shared by the commands."""

from __future__ import annotations

import sys
from typing import Annotated, NoReturn, Optional

import typer

ModelOption = Annotated[
    Optional[str],
    typer.Option("--model", help="An installed spaCy pipeline to use instead of en_core_web_sm."),
]


def error_line(message: str) -> None:
    print(f"incidents: {message}", file=sys.stderr)


def fail_usage(message: str) -> NoReturn:
    error_line(message)
    raise typer.Exit(2)
