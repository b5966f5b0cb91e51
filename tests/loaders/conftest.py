"""Shared fixtures: the March 2017 troikas report, parsed and extracted once per session."""
from pathlib import Path

import pytest

from loaders.gazetteer import load_gazetteer
from loaders.read import read_text
from loaders.structure import parse_document

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "data" / "sources" / "informe-troikas-crm-csm-2017-03-30.txt"
DOC = REPORT.stem


@pytest.fixture(scope="session")
def report_text():
    return read_text(REPORT)


@pytest.fixture(scope="session")
def structure(report_text):
    return parse_document(report_text, DOC, str(REPORT))


@pytest.fixture(scope="session")
def batch(report_batch):
    """The report's batch: the session's one extraction of it (tests/conftest.py), read-only."""
    return report_batch


@pytest.fixture(scope="session")
def gazetteer():
    """Everything the report is read with: world, language and forum layers and its own curation."""
    return load_gazetteer(DOC)


def edges(batch, etype, src=None, dst=None):
    return [e for e in batch.edges.values() if e.type == etype
            and (src is None or e.source == src) and (dst is None or e.target == dst)]
