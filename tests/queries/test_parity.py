"""Every saved query, with its defaults, gives the same answer on LadybugDB and on Neo4j.

Rows are compared in order (every query has a total ORDER BY); inside a cell, lists are compared
as multisets, because `collect()` promises no order on either engine.
"""
from __future__ import annotations

import json

import pytest

from queries.library import load_library
from tests.queries.conftest import required_values

LIBRARY = load_library()


def normalise(value):
    """A cell or row with every list sorted (collect order is engine-specific)."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        items = [normalise(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False,
                                                       default=str))
    return value


def run_on_both(name: str, stores: dict, params: dict | None = None) -> dict:
    """Run saved query `name` on each engine of `stores`; {engine: QueryResult}."""
    query = LIBRARY[name]
    params = {**required_values(query), **(params or {})}
    return {engine: query.run(store, params) for engine, store in stores.items()}


def assert_same(name: str, results: dict) -> None:
    emb, neo = results["embedded"], results["neo4j"]
    assert emb.columns == neo.columns, name
    assert not emb.truncated and not neo.truncated, name
    assert len(emb.rows) == len(neo.rows), f"{name}: {len(emb.rows)} vs {len(neo.rows)} rows"
    for i, (a, b) in enumerate(zip(emb.rows, neo.rows)):
        assert [normalise(v) for v in a] == [normalise(v) for v in b], f"{name}: row {i} differs"
    assert normalise(emb.nodes) == normalise(neo.nodes), f"{name}: nodes differ"
    assert normalise(emb.edges) == normalise(neo.edges), f"{name}: edges differ"


def test_every_saved_query_agrees_on_both_engines_over_the_report(both_reports):
    empty = []
    for name in LIBRARY:
        results = run_on_both(name, both_reports)
        assert_same(name, results)
        if not results["embedded"].rows:
            empty.append(name)
    # The defaults are chosen to say something about the report: most queries return rows.
    assert len(empty) <= 4, f"queries with no rows on the report with their defaults: {empty}"


def test_every_saved_query_agrees_on_both_engines_over_the_handmade_batch(both_handmade):
    for name in LIBRARY:
        assert_same(name, run_on_both(name, both_handmade))


@pytest.mark.parametrize("name, params", [
    ("neighbourhood", {"hops": 2}),
    ("neighbourhood", {"hops": 3, "actor": "CRM"}),
    ("shortest_path", {"source": "Paraguay", "target": "Panamá"}),
    ("due_before", {"before": "2017-04-30"}),
    ("forum_members", {"forum": "CSM"}),
    ("responsibility_register", {"include_report": False}),
    ("entity_search", {"q": "troika", "kind": "Body"}),
])
def test_parameterised_queries_agree_over_the_report(both_reports, name, params):
    assert_same(name, run_on_both(name, both_reports, params))
