"""Read-only, proven: write attempts are refused on both engines and change nothing.

Each attempt is tried twice: through `run()` (lexical guard, then engine) and straight at the
engine's read path (the second lock), so removing either protection makes a test fail.
"""
from __future__ import annotations

import time

import pytest

from graph.export import graph_of_store, to_json
from graph.readonly import ReadOnlyError, check_read_only
from graph.store import QueryTimeout, StoreError
from tests.graph.test_escape import ESCAPES
from tests.graph.test_store_contract import small_batch

WRITE_ATTEMPTS = [
    "CREATE (n:Country {id: 'x', name: 'X'})",
    "create (n:Country {id: 'x', name: 'X'})",
    "MERGE (n:Country {id: 'x'})",
    "MATCH (n:Country) SET n.name = 'hacked'",
    "MATCH (n:Country) SET n += {name: 'hacked'}",
    "MATCH (n:Country) DELETE n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (n:Country) REMOVE n.name",
    "MATCH (n:Country) WITH n LIMIT 1 CREATE (m:Country {id: 'y', name: 'Y'})",
    "MATCH (a:Country), (b:Conference) CREATE (a)-[:MEMBER_OF {id: 'z'}]->(b)",
    "MATCH (a:Country), (b:Conference) MERGE (a)-[:MEMBER_OF {id: 'z'}]->(b)",
    "MATCH ()-[r]->() DELETE r",
    "LOAD CSV FROM 'file:///etc/passwd' AS row RETURN row",
    "COPY Country FROM '/etc/passwd'",
    "CREATE INDEX idx_x IF NOT EXISTS FOR (n:Country) ON (n.name)",
    "DROP INDEX country_doc",
    "CREATE CONSTRAINT c_x IF NOT EXISTS FOR (n:Country) REQUIRE n.name IS UNIQUE",
    "DROP CONSTRAINT country_id",
    "CREATE NODE TABLE Evil(id STRING PRIMARY KEY)",
    "DROP TABLE Country",
    "ALTER TABLE Country ADD evil STRING",
    "MATCH (n) RETURN n; MATCH (n) DETACH DELETE n",
    "MATCH (n) RETURN count(n) AS n; CREATE (:Country {id: 'x', name: 'X'})",
    "MATCH (n) /* harmless */ DETACH /* still */ DELETE n",
    "MATCH (n) // comment\nDETACH DELETE n",
    "CALL apoc.create.node(['Country'], {id: 'x'})",
    "CALL db.createLabel('Evil')",
    "CALL dbms.security.createUser('evil', 'pw', false)",
    "CALL { CREATE (:Country {id: 'x', name: 'X'}) } RETURN 1",
    "MATCH (n:Country) CALL (n) { SET n.name = 'x' } RETURN n",
    "FOREACH (i IN [1] | CREATE (:Country {id: 'x', name: 'X'}))",
    "ＣＲＥＡＴＥ (n:Country {id: 'x', name: 'X'})",                # full-width letters (NFKC)
    "CRE\u200bATE (n:Country {id: 'x', name: 'X'})",               # zero-width space
    "MATCH (n) SeT n.name = 'x'",
    "BEGIN TRANSACTION",
    "CHECKPOINT",
    "INSTALL json",
    "ATTACH 'other.lbug' AS o",
]


def test_at_least_thirty_attempts_and_fifty_escapes():
    assert len(WRITE_ATTEMPTS) >= 30 and len(ESCAPES) >= 50


@pytest.mark.parametrize("query", WRITE_ATTEMPTS + ESCAPES)
def test_guard_refuses(query):
    with pytest.raises(ReadOnlyError):
        check_read_only(query)


@pytest.mark.parametrize("query", [
    "MATCH (n:Country) RETURN n.name AS name ORDER BY name",
    "MATCH (n) WHERE n.name = 'CREATE something; DELETE' RETURN n",   # keywords inside strings
    "MATCH (n) WHERE n.name CONTAINS $q RETURN n.id AS id",
    "MATCH p=(a)-[*1..2]-(b) RETURN p LIMIT 1",
    "MATCH (n) RETURN n.char_start AS s, n.date_end AS e ORDER BY s",
])
def test_guard_allows_reads(query):
    check_read_only(query)


def test_every_attempt_refused_and_graph_unchanged(store):
    store.load(small_batch())
    before = to_json(graph_of_store(store))
    for q in WRITE_ATTEMPTS:
        with pytest.raises(ReadOnlyError):
            store.run(q)
        try:
            # past the guard: the engine's read path must not write either
            store._run(q, {}, read_only=True, timeout=5, max_rows=10)
        except (ReadOnlyError, StoreError):
            pass
    assert to_json(graph_of_store(store)) == before


def test_runaway_query_is_stopped_by_the_time_limit(store):
    """A long variable-length path over a dense bipartite graph explodes; the time limit or, in
    the embedded worker, the memory ceiling stops it."""
    b = small_batch()
    for j in range(5):
        b.add_node(f"conference:f{j}", "Conference", f"F{j}", [])
    for i in range(30):
        b.add_node(f"country:c{i}", "Country", f"C{i}", [])
        for j in range(5):
            b.add_edge("MEMBER_OF", f"country:c{i}", f"conference:f{j}")
    store.load(b)
    started = time.monotonic()
    with pytest.raises((QueryTimeout, StoreError)) as err:
        store.run("MATCH p=(a:Country)-[*1..10]-(b) RETURN count(*) AS n", timeout=1.0)
    assert "stopped" in str(err.value)
    assert time.monotonic() - started < 30
    # the store still answers afterwards
    assert store.run("MATCH (n:Country) RETURN count(n) AS n").rows[0][0] == 31


def test_row_cap_truncates(store):
    b = small_batch()
    for i in range(30):
        b.add_node(f"country:c{i}", "Country", f"C{i}", [])
        b.add_edge("MEMBER_OF", f"country:c{i}", "conference:crm")
    store.load(b)
    res = store.run("MATCH (n:Country) RETURN n.id AS id ORDER BY id", max_rows=10)
    assert len(res.rows) == 10 and res.truncated


# One expression that iterates inside another iteration costs the product of both lists, and
# Neo4j evaluates one expression to its end whatever the time limit says (a core stays busy after
# the transaction is reported terminated). Every form of it is refused before any engine sees it.
NESTED_ITERATIONS = [
    "MATCH (n) WITH collect(n) AS c RETURN size([a IN c | [b IN c | 1]]) AS x",
    "MATCH (n) WITH collect(n) AS c RETURN size([a IN c | size([b IN c WHERE b <> a])]) AS x",
    "MATCH (n) WITH collect(n) AS c RETURN any(a IN c WHERE any(b IN c WHERE a = b)) AS x",
    "MATCH (n) WITH collect(n) AS c RETURN all(a IN c WHERE none(b IN c WHERE a = b)) AS x",
    "MATCH (n) WITH collect(n) AS c RETURN [a IN c | [(a)-->(b) | b.id]] AS x",
    "MATCH (n) RETURN [(n)-->(b) | [x IN b.aliases | x]] AS x",
    "MATCH (n) WITH collect(n) AS c RETURN [a IN c | COUNT { MATCH (a)-->() }] AS x",
    "MATCH (n) WITH collect(n) AS c RETURN [a IN c WHERE EXISTS { MATCH (a)--() }] AS x",
    "MATCH (n) WITH collect(n) AS c RETURN [a IN c | [b IN c | [d IN c | 1]]] AS x",
    "MATCH (n) WITH collect(n) AS c RETURN single(a IN c WHERE [b IN c | b] = []) AS x",
    "match (n) with collect(n) as c return [a in c | [b in c | 1]] as x",        # lower case
    "MATCH (n) WITH collect(n) AS c RETURN [a IN c | /* x */ [b IN c | 1]] AS x",  # a comment
]


@pytest.mark.parametrize("query", NESTED_ITERATIONS)
def test_guard_refuses_an_iteration_inside_another(query):
    with pytest.raises(ReadOnlyError, match="an iteration inside another one"):
        check_read_only(query)


@pytest.mark.parametrize("query", [
    "MATCH (n) WITH collect(n) AS c RETURN [a IN c WHERE a.id STARTS WITH 'x' | a.id] AS x",
    "MATCH (n) RETURN [(n)-->(b) | b.id] AS x",
    "RETURN [(1), 2, [3, 4]] AS x",
    "MATCH (n) WITH collect(n) AS c RETURN [a IN c | a.id] AS x, [b IN c | b.name] AS y",
    "MATCH (n) WHERE any(x IN n.aliases WHERE x = 'a') RETURN n",
])
def test_guard_allows_one_level_of_iteration(query):
    check_read_only(query)


def test_every_saved_query_stays_within_one_level_of_iteration():
    from queries.library import load_library
    assert len(load_library()) > 40          # loading checks every text with the guard


def test_a_nested_iteration_is_refused_by_the_store_too(store):
    store.load(small_batch())
    with pytest.raises(ReadOnlyError, match="an iteration inside another one"):
        store.run(NESTED_ITERATIONS[0])
    assert store.run("MATCH (n:Country) RETURN count(n) AS n").rows[0][0] >= 1


@pytest.mark.slow      # opens a LadybugDB file; `make test` runs it
def test_a_neo4j_procedure_on_the_embedded_engine_is_one_line(tmp_path):
    from graph.embedded_store import EmbeddedStore
    store = EmbeddedStore(tmp_path / "g.lbug")
    store.load(small_batch())
    with pytest.raises(StoreError, match=r"CALL db\.labels\(\) is a Neo4j procedure; on the "
                                         r"embedded engine use CALL show_tables\(\)"):
        store.run("CALL db.labels()")
    assert store.run("CALL show_tables() RETURN *").rows
    store.close()
