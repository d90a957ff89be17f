"""`incidents --help/--version`, `schema`, `info`: stdout carries data, stderr messages."""

import json

import pytest
from typer.testing import CliRunner

from incident_extractor import SCHEMA_VERSION, __version__
from incident_extractor.cli import app

runner = CliRunner()

CONTRACT_FIELDS = {
    "id", "schema_version", "source", "scope", "event_type", "sub_event_type", "summary", "date",
    "locations", "actors", "killed", "injured", "casualties", "confidence", "warnings",
}


def test_version_prints_the_package_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"incidents {__version__}"


@pytest.mark.parametrize("command", ["extract", "schema", "info"])
def test_help_lists_every_command(command):
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert command in result.stdout


def test_schema_is_the_record_contract():
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert set(schema["properties"]) == CONTRACT_FIELDS
    assert set(schema["required"]) >= {"id", "source", "scope", "summary", "confidence"}
    assert schema["properties"]["schema_version"]["default"] == SCHEMA_VERSION


def test_info_names_the_model_and_our_components():
    result = runner.invoke(app, ["info"])
    assert result.exit_code == 0, result.stderr
    details = json.loads(result.stdout)
    assert details["incidents"] == __version__
    assert "ner" in details["pipeline"]
    assert "incident_casualties" in details["pipeline"]


def test_a_missing_model_is_a_usage_error_that_says_how_to_install_one():
    result = runner.invoke(app, ["info", "--model", "no_such_pipeline_xyz"])
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "no_such_pipeline_xyz" in lines[0] and "pip install" in lines[0]
