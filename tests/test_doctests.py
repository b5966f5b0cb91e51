"""The examples in the docstrings of small public functions are run as tests."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["loaders.read", "loaders.commitments", "loaders.two_state_bodies", "loaders.entities", "loaders.invisible", "graph.export", "views.exports", "views.readable",
           "tests.command_line"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0, f"{name} has no examples"
    assert result.failed == 0
