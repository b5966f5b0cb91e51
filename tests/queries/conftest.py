"""Fixtures for the saved-query tests: the hand-made batch and the real report on both engines.

The Neo4j database is shared by every test of the session, so each fixture that needs a given
content checks what is stored (document ids and hash) and reloads only when it differs, exactly
like `report_store` in tests/conftest.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ENGINES, REPORT_ID, _open
from tests.queries import handmade


@pytest.fixture(scope="session")
def handmade_batch():
    return handmade.build()


@pytest.fixture(scope="session")
def _embedded_handmade(tmp_path_factory, handmade_batch):
    from graph.embedded_store import EmbeddedStore
    s = EmbeddedStore(tmp_path_factory.mktemp("handmade") / "graph.lbug")
    s.load(handmade_batch)
    yield s
    s.close()


def _neo4j_holding(request, batch):
    """The shared Neo4j store, holding exactly `batch`'s document (reloaded if it does not)."""
    s = _open("neo4j", request, Path())
    sha = batch.nodes[batch.document].properties["sha256"]
    if [d["id"] for d in s.documents()] != [batch.document] or s.document_hash(batch.document) != sha:
        s.clear()
        s.load(batch)
    return s


def _report_batch_or_skip(request):
    try:
        import loaders.pipeline  # noqa: F401
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("loaders"):
            pytest.skip("loaders.pipeline (the report loader) does not exist yet")
        raise
    return request.getfixturevalue("report_batch")


@pytest.fixture(params=ENGINES)
def handmade_store(request, handmade_batch):
    """A store of each engine holding only the hand-made batch (read-only use)."""
    if request.param == "embedded":
        yield request.getfixturevalue("_embedded_handmade")
        return
    s = _neo4j_holding(request, handmade_batch)
    yield s
    s.close()


@pytest.fixture
def both_handmade(request, handmade_batch):
    """{engine: store} holding the hand-made batch on both engines at once."""
    neo = _neo4j_holding(request, handmade_batch)
    yield {"embedded": request.getfixturevalue("_embedded_handmade"), "neo4j": neo}
    neo.close()


@pytest.fixture
def both_reports(request):
    """{engine: store} holding the real report on both engines at once."""
    batch = _report_batch_or_skip(request)
    neo = _neo4j_holding(request, batch)
    assert batch.document == REPORT_ID
    yield {"embedded": request.getfixturevalue("_embedded_report"), "neo4j": neo}
    neo.close()


@pytest.fixture(params=ENGINES)
def loaded_report_store(request):
    """Like `report_store` (each engine, the real report), skipped while the loader is missing."""
    batch = _report_batch_or_skip(request)
    if request.param == "embedded":
        yield request.getfixturevalue("_embedded_report")
        return
    s = _neo4j_holding(request, batch)
    yield s
    s.close()
