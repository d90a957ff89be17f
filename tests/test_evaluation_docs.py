"""A metric or an option of `incidents evaluate` that docs/evaluation.md does not mention fails here."""

from pathlib import Path

import pytest
import typer.main

from incident_extractor.cli import app
from incident_extractor.evaluation.metrics import METRICS

DOCS = (Path(__file__).parent.parent / "docs" / "evaluation.md").read_text(encoding="utf-8")


def evaluate_options():
    command = typer.main.get_command(app).commands["evaluate"]
    options = [opt for param in command.params if param.param_type_name == "option" for opt in param.opts]
    assert "--predictions" in options  # the lookup itself must find the options
    return [opt for opt in options if opt != "--help"]


@pytest.mark.parametrize("metric", METRICS)
def test_every_metric_is_documented(metric):
    assert f"`{metric}`" in DOCS


@pytest.mark.parametrize("option", evaluate_options())
def test_every_option_is_documented(option):
    assert option in DOCS
