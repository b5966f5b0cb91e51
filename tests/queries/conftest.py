"""Fixtures for the saved-query tests: the hand-made batch and the real report on both engines.

The Neo4j database is shared by every test of the session, so each fixture that needs a given
content checks what is stored (document ids and hash) and reloads only when it differs, exactly
like `report_store` in tests/conftest.py.
"""
from __future__ import annotations

import pytest

from tests.conftest import ENGINES, REPORT_ID, holding, neo4j_holding
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


@pytest.fixture(params=ENGINES)
def handmade_store(request, handmade_batch):
    """A store of each engine holding only the hand-made batch (read-only use)."""
    yield from holding(request, handmade_batch, "_embedded_handmade")


@pytest.fixture
def both_handmade(request, handmade_batch, neo4j_settings):
    """{engine: store} holding the hand-made batch on both engines at once (naming
    neo4j_settings marks its tests `neo4j`, tests/conftest.py)."""
    neo = neo4j_holding(request, handmade_batch)
    yield {"embedded": request.getfixturevalue("_embedded_handmade"), "neo4j": neo}
    neo.close()


@pytest.fixture
def both_reports(request, neo4j_settings):
    """{engine: store} holding the real report on both engines at once (naming neo4j_settings
    marks its tests `neo4j`)."""
    batch = request.getfixturevalue("report_batch")
    neo = neo4j_holding(request, batch)
    assert batch.document == REPORT_ID
    yield {"embedded": request.getfixturevalue("_embedded_report"), "neo4j": neo}
    neo.close()


# The app's own queries take what a page gives them: a document, a list of node or edge ids.
REQUIRED_VALUES = {"doc": "informe-troikas-crm-csm-2017-03-30",
                   "ids": ["country:cl", "conference:crm", "body:crm-troika"],
                   "id": "0"}            # a fact id, or the start of one (review)


def required_values(query) -> dict:
    """Values for the required parameters of `query` that have no default."""
    return {p.name: REQUIRED_VALUES[p.name] for p in query.params
            if p.required and p.default is None}
