"""The bounded `neighbourhood` gives the answers of the former unbounded text on the report (kept
in tests/queries/unbounded/ as the reference), on both engines; its filters and cap do what they
say.

The unbounded text expanded every path (`*1..3` over edges stored once per document), which at
100 meetings took 24 s on Neo4j and ran out of time on LadybugDB (BENCHMARKS.md); on one report
it is quick enough, which is what lets it serve as the reference.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from queries.library import load_library, parse_query
from tests.queries.test_parity import normalise

LIBRARY = load_library()
UNBOUNDED = Path(__file__).parent / "unbounded"


def rows(result) -> list:
    return [[normalise(v) for v in row] for row in result.rows]


@pytest.mark.slow        # the unbounded reference expands every path from every starting node
@pytest.mark.parametrize("name, params", [
    ("neighbourhood", {}),
    ("neighbourhood", {"hops": 2}),
    ("neighbourhood", {"hops": 3}),
    ("neighbourhood", {"hops": 2, "actor": "CRM"}),
    ("neighbourhood", {"hops": 3, "actor": "CRM"}),
    ("neighbourhood", {"hops": 1, "actor": "Panamá"}),
])
def test_bounded_query_answers_as_the_unbounded_one_on_the_report(report_store, name, params):
    reference = parse_query(UNBOUNDED / f"{name}.cypher")
    old = reference.run(report_store, params, timeout=120)
    new = LIBRARY[name].run(report_store, params)
    assert new.columns == old.columns
    assert old.rows, "the reference answers something"
    assert rows(new) == rows(old)
    assert normalise(new.edges) == normalise(old.edges)


def test_neighbourhood_keeps_only_the_relationship_types_asked_for(report_store):
    res = LIBRARY["neighbourhood"].run(report_store, {"actor": "CRM", "hops": 2,
                                                      "relations": "MEMBER_OF"})
    types = {r["type"] for r in res.records()}
    assert types == {"MEMBER_OF"}
    members = {r["source_name"] for r in res.records() if r["target_name"] ==
               "Conferencia Regional sobre Migración"}
    assert {"El Salvador", "Honduras", "Panamá"} <= members


def test_neighbourhood_leaves_passages_out_unless_asked(report_store):
    q = LIBRARY["neighbourhood"]
    without = q.run(report_store, {"actor": "Chile"})
    assert not any(n["kind"] == "Passage" for n in without.nodes.values())
    assert "MENTIONS" not in {r["type"] for r in without.records()}
    with_text = q.run(report_store, {"actor": "Chile", "passages": True})
    mentions = [r for r in with_text.records() if r["type"] == "MENTIONS"]
    assert any(r["target_name"] == "Chile" for r in mentions)
    assert all(r["source"]["kind"] == "Passage" for r in mentions)
    assert any(n["kind"] == "Passage" for n in with_text.nodes.values())


def test_neighbourhood_caps_each_hop(report_store):
    q = LIBRARY["neighbourhood"]
    full = q.run(report_store, {"actor": "CRM", "hops": 2})
    capped = q.run(report_store, {"actor": "CRM", "hops": 2, "max_nodes": 5})
    assert len(capped.nodes) < len(full.nodes)
    # a ball of at most 5 + 5 nodes (M1 and M2), every row inside it
    assert len(capped.nodes) <= 10
    assert set(capped.edges) <= set(full.edges)


@pytest.mark.slow        # the reference takes about 30 s a pair on the embedded store
@pytest.mark.parametrize("params", [{}, {"source": "CRM", "target": "CSM"}])
def test_bounded_shortest_path_answers_as_the_unbounded_one_on_the_report(report_store, params):
    reference = parse_query(UNBOUNDED / "shortest_path.cypher")
    old = reference.run(report_store, params, timeout=120)
    new = LIBRARY["shortest_path"].run(report_store, params)
    assert old.rows, "the reference answers something"
    # the premise: the former answer went through no passage (the bound leaves them out)
    assert not any(n["kind"] == "Passage" for n in old.nodes.values())
    assert new.columns == old.columns
    assert rows(new) == rows(old)
    assert normalise(new.edges) == normalise(old.edges)


def test_shortest_path_keeps_its_bounds(report_store):
    q = LIBRARY["shortest_path"]
    default = q.run(report_store, {})
    assert [r["names"] for r in default.records()] == [
        ["Chile", "Reunión de las Troikas de la CRM y la CSM", "El Salvador"]]
    # the shortest path has 2 hops: a bound of 1 leaves nothing
    assert q.run(report_store, {"max_hops": 1}).rows == []
    # only the relationship types asked for, and no path when they do not join the two
    members = q.run(report_store, {"source": "Chile", "target": "Panamá",
                                   "relations": "MEMBER_OF"})
    assert members.rows and {e["type"] for e in members.edges.values()} == {"MEMBER_OF"}
    assert q.run(report_store, {"relations": "HELD_ON"}).rows == []
    # passages and mentions only when asked: then the shortest way may go through the text
    assert not any(n["kind"] == "Passage" for n in default.nodes.values())
    with_text = q.run(report_store, {"source": "CRM", "target": "CSM", "passages": True})
    assert with_text.rows
    assert all(r["hops"] <= 2 for r in with_text.records())


def test_neighbourhood_is_answered_by_the_breadth_first_search_on_the_embedded_engine():
    from graph.embedded_neighbourhood import neighbourhood
    q = LIBRARY["neighbourhood"]
    assert q.program_for("embedded") is neighbourhood
    assert q.program_for("neo4j") is None          # Neo4j keeps the saved Cypher


@pytest.mark.parametrize("params", [
    {"actor": "Chile", "passages": True},
    {"actor": "CRM", "hops": 2, "passages": True},
    {"actor": "CRM", "hops": 2, "relations": "MEMBER_OF,PART_OF"},
    {"actor": "CRM", "hops": 3, "max_nodes": 7, "passages": True},
    {"actor": "crm", "hops": 2, "max_nodes": 5},
])
def test_neighbourhood_answers_as_its_saved_text(report_store, params):
    """The search gives the rows, nodes and edges of the saved Cypher (passages, relation filter,
    cap, case of the name); on Neo4j both calls run the text."""
    q = LIBRARY["neighbourhood"]
    text = q.run_text(report_store, params, timeout=120)
    new = q.run(report_store, params)
    assert text.rows, "the saved text answers something"
    assert new.columns == text.columns
    assert rows(new) == rows(text)
    assert normalise(new.nodes) == normalise(text.nodes)
    assert normalise(new.edges) == normalise(text.edges)


def test_neighbourhood_of_nothing_and_of_an_unknown_type_is_empty(report_store):
    q = LIBRARY["neighbourhood"]
    assert q.run(report_store, {"actor": "Atlántida"}).rows == []
    assert q.run(report_store, {"actor": "CRM", "relations": "NO_SUCH_TYPE"}).rows == []


def test_neighbourhood_cuts_rows_at_max_rows_as_the_text_does(report_store):
    q = LIBRARY["neighbourhood"]
    full = q.run(report_store, {"actor": "CRM", "hops": 2})
    cut = q.run(report_store, {"actor": "CRM", "hops": 2}, max_rows=3)
    assert cut.truncated and not full.truncated
    assert rows(cut) == rows(full)[:3]
    assert set(cut.edges) == {r[-1] for r in cut.rows}


def test_neighbourhood_refuses_a_negative_cap_in_one_line(report_store):
    from graph.store import StoreError
    with pytest.raises(StoreError) as info:
        LIBRARY["neighbourhood"].run(report_store, {"actor": "CRM", "max_nodes": -1})
    assert "\n" not in str(info.value)


def test_the_search_keeps_the_callers_time_limit(_embedded_report):
    """The limit is for the whole search, not for each of its statements (the search runs on
    the embedded engine only: the session's embedded store holding the report)."""
    from graph.store import QueryTimeout
    from graph.embedded_neighbourhood import neighbourhood
    q = LIBRARY["neighbourhood"]
    with pytest.raises(QueryTimeout, match="time limit"):
        neighbourhood(_embedded_report, q.coerce({"actor": "CRM", "hops": 3}), timeout=1e-9)
