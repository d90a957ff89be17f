"""The `incidents` command: a thin typer app; each command lives in its own module."""

from __future__ import annotations

from typing import Annotated

import typer

from incident_extractor import __version__
from incident_extractor.cli import evaluate as evaluate_command
from incident_extractor.cli import extract as extract_command
from incident_extractor.cli import info as info_command
from incident_extractor.cli import schema as schema_command

app = typer.Typer(
    name="incidents",
    help="Turn news articles into structured incident records (what, when, where, who, how many).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"incidents {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn news articles into structured incident records."""


app.command("extract")(extract_command.extract)
app.command("schema")(schema_command.schema)
app.command("info")(info_command.info)
app.command("evaluate")(evaluate_command.evaluate)


def main() -> None:
    app()
