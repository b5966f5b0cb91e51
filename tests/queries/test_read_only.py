"""Writes through the library or `store.run` are refused on both engines; the graph is unchanged."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.queries.conftest import required_values

from graph.readonly import ReadOnlyError
from graph.store import StoreError
from queries.library import SavedQuery, load_library

WRITES = [
    "CREATE (n:Country {id: 'country:xx', name: 'Atlantis', kind: 'Country'})",
    "MATCH (n:Country) SET n.name = 'hacked'",
    "MERGE (n:Country {id: 'country:xx'})",
    "MATCH (n) DETACH DELETE n",
    "MATCH ()-[r]->() DELETE r",
    "MATCH (n:Country) REMOVE n.name",
    "MATCH (n) RETURN n.id; MATCH (n) DETACH DELETE n",
    "MATCH (n) /* harmless? */ DELETE n",
    "ＣＲＥＡＴＥ (n:Country {id: 'country:xx', name: 'x'})",
    "MATCH (n) CALL { WITH n DETACH DELETE n } RETURN 1",
    "MATCH (n) FOREACH (x IN [1] | SET n.name = 'x')",
    "DROP TABLE Country",
    "COPY Country FROM 'countries.csv'",
    "LOAD CSV FROM 'file:///x.csv' AS row RETURN row",
    "CALL db.createLabel('X')",
    "CALL apoc.create.node(['X'], {})",
    "MATCH (n) WITH n CALL (n) { DETACH DELETE n } RETURN 1",
]


def _snapshot(store) -> tuple:
    stats = store.stats()
    names = store.run("MATCH (n) RETURN n.id AS id, n.name AS name ORDER BY id").rows
    return stats, [tuple(r) for r in names]


@pytest.mark.parametrize("query", WRITES)
def test_store_run_refuses_writes(handmade_store, query):
    before = _snapshot(handmade_store)
    with pytest.raises(ReadOnlyError):
        handmade_store.run(query)
    assert _snapshot(handmade_store) == before


def test_saved_query_with_write_text_is_refused(handmade_store):
    before = _snapshot(handmade_store)
    rogue = SavedQuery(name="rogue", path=Path("rogue.cypher"), title_es="x", title_en="x",
                       description_es="x", description_en="x", params=[], view="table",
                       cypher="MATCH (n) DETACH DELETE n")
    with pytest.raises(ReadOnlyError):
        rogue.run(handmade_store, {})
    rogue.variants = {handmade_store.engine: "MATCH (n:Country) SET n.name = 'x' RETURN n"}
    with pytest.raises(ReadOnlyError):
        rogue.run(handmade_store, {})
    assert _snapshot(handmade_store) == before


@pytest.mark.parametrize("query", [
    "CREATE (n:Country {id: 'country:xx', name: 'Atlantis', kind: 'Country'})",
    "MATCH (n:Country) SET n.name = 'hacked'",
    "MATCH (n) DETACH DELETE n",
])
def test_engine_refuses_writes_even_past_the_lexical_guard(handmade_store, query):
    """The second lock: the engine's read path (read-only handle / READ access) refuses writes."""
    before = _snapshot(handmade_store)
    with pytest.raises((ReadOnlyError, StoreError)):
        handmade_store._run(query, {}, read_only=True, timeout=10, max_rows=10)
    assert _snapshot(handmade_store) == before


def test_every_saved_query_runs_read_only(handmade_store):
    before = _snapshot(handmade_store)
    for q in load_library().values():
        q.run(handmade_store, required_values(q))
        for p in q.params:
            if p.choices_query:
                assert isinstance(q.options(handmade_store, p.name), list)
    assert _snapshot(handmade_store) == before
