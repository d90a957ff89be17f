"""The examples in module docstrings (">>>") are run as tests, so the documentation cannot drift from the code."""

import doctest
import importlib
import pkgutil

import pytest

import incident_extractor


def modules_with_examples():
    for info in pkgutil.walk_packages(incident_extractor.__path__, "incident_extractor."):
        spec = importlib.util.find_spec(info.name)
        if spec and spec.origin and spec.origin.endswith(".py"):
            with open(spec.origin, encoding="utf-8") as source:
                if ">>>" in source.read():
                    yield info.name


@pytest.mark.parametrize("name", sorted(modules_with_examples()))
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
