"""Where tests find documents that are not the bundled report.

`CASES` are small documents written for this project (copied from the shared cases, with their
`expected.yaml`); they live in the repository. `corpus_dir()` finds the folder of real public
documents of this field, which the project must not hold: it is looked up beside the checkout
(the first ancestor folder with `shared/corpus`, or `$ACTAGRAPH_CORPUS`). Product code must never
import this module.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
CASES = REPO / "tests" / "data" / "cases"


def case_expectations() -> dict:
    """The analyst's expectations of each case, keyed by file name (tests/data/cases/expected.yaml)."""
    return yaml.safe_load((CASES / "expected.yaml").read_text(encoding="utf-8"))


def corpus_dir() -> Path | None:
    """The folder of real public documents, or None when this checkout has none beside it."""
    env = os.environ.get("ACTAGRAPH_CORPUS")
    if env:
        return Path(env) if Path(env).is_dir() else None
    for parent in REPO.parents:
        candidate = parent / "shared" / "corpus"
        if candidate.is_dir():
            return candidate
    return None


def corpus_file(name: str) -> Path:
    """One corpus document by file name; skips the test when the corpus is not beside the checkout."""
    folder = corpus_dir()
    if folder is None or not (folder / name).is_file():
        pytest.skip(f"corpus document {name} is not available beside this checkout")
    return folder / name


def corpus_batch(name: str, curation: bool = False):
    """The batch of one corpus document (loaders.pipeline.load_file, general rules unless
    `curation`), extracted once per test process: tests that read the same document share it, so
    treat it as read-only. Skips the test when the corpus is not beside the checkout."""
    return _extracted(corpus_file(name), curation)


@functools.cache
def _extracted(path: Path, curation: bool):
    from loaders.pipeline import load_file
    return load_file(path, curation=curation)
