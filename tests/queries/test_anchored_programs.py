"""The programs that answer saved queries from their anchor (or their row cap) first give the
saved text's answer: `commitments_of_actor`, `sources_of`, `edge_counts`, `shortest_path` on LadybugDB and
`responsibility_register` on both engines, on the hand-made batch and on the real report."""
from __future__ import annotations

import json

import pytest

from graph.sources_of import may_be_edge_id
from queries.library import load_library

LIBRARY = load_library()


def cells(result) -> list:
    """Rows with every list sorted (collect() promises no order on either engine)."""
    def one(v):
        if isinstance(v, (list, tuple)):
            return sorted((one(x) for x in v), key=lambda x: json.dumps(x, default=str))
        return v
    return [[one(v) for v in row] for row in result.rows]


def assert_program_is_text(store, name: str, params: dict, max_rows: int = 5000):
    query = LIBRARY[name]
    assert query.program_for(store.engine) is not None, (name, store.engine)
    program = query.run(store, params, max_rows=max_rows)
    text = query.run_text(store, params, max_rows=max_rows)
    assert program.columns == text.columns
    assert cells(program) == cells(text)
    assert program.truncated == text.truncated
    return program


@pytest.mark.parametrize("params", [
    {"actor": "Chile"}, {"actor": "chile", "indirect": False}, {"actor": "country:pa"},
    {"actor": "CRM"}, {"actor": "Troika de la CSM"}, {"actor": "nobody at all"}])
def test_commitments_of_an_actor_as_the_text_on_the_report(_embedded_report, params):
    rows = assert_program_is_text(_embedded_report, "commitments_of_actor", params).rows
    assert (len(rows) > 0) == (params["actor"] != "nobody at all")


def test_commitments_through_a_body_are_kept_and_dropped_as_asked(_embedded_report):
    query = LIBRARY["commitments_of_actor"]
    through = [r for r in query.run(_embedded_report, {"actor": "Chile"}).records() if r["via"]]
    direct = query.run(_embedded_report, {"actor": "Chile", "indirect": False}).records()
    assert through and not any(r["via"] for r in direct)
    assert len(query.run(_embedded_report, {"actor": "Chile"}).rows) == len(direct) + len(through)


def test_commitments_of_an_actor_as_the_text_on_the_handmade_batch(_embedded_handmade):
    """The program is the embedded engine's (Neo4j runs the saved text itself)."""
    for actor in ("Chile", "Panamá", "CRM", "Liduvina Magarín", "El Salvador"):
        assert_program_is_text(_embedded_handmade, "commitments_of_actor", {"actor": actor})
        assert_program_is_text(_embedded_handmade, "commitments_of_actor", {"actor": actor},
                               max_rows=1)


def test_sources_of_a_node_a_name_and_a_relationship_as_the_text(report_store):
    store = report_store
    edge_ids = [r[0] for r in store.run("MATCH ()-[r]->() RETURN r.id AS id ORDER BY id").rows]
    fact = store.run("MATCH (a)-[r:MEMBER_OF]->(b) RETURN r.id ORDER BY r.id LIMIT 1").rows[0][0]
    for value in ("Chile", "country:cl", "conferencia regional sobre migración", edge_ids[0],
                  fact, fact.upper(), "nothing by this name"):
        rows = assert_program_is_text(store, "sources_of", {"id": value}).rows
        assert (len(rows) > 0) == (value not in (fact.upper(), "nothing by this name")), value
    assert [r[0] for r in LIBRARY["sources_of"].run(store, {"id": fact}).rows] == ["edge"]
    # a passage by its id (never by its name), a document by its id, each from its own table
    passage = store.run("MATCH (p:Passage) RETURN p.id ORDER BY p.id LIMIT 1").rows[0][0]
    document = store.run("MATCH (d:Document) RETURN d.id ORDER BY d.id LIMIT 1").rows[0][0]
    for value in (passage, document):
        rows = assert_program_is_text(store, "sources_of", {"id": value}).rows
        assert rows and {r[1] for r in rows} == {value}
    assert_program_is_text(store, "sources_of", {"id": "Chile"}, max_rows=3)


def test_every_stored_relationship_id_has_the_shape_the_program_asks_for(_embedded_report):
    ids = [r[0] for r in _embedded_report.run("MATCH ()-[r]->() RETURN r.id").rows]
    assert ids and all(may_be_edge_id(i) for i in ids)
    nodes = [r[0] for r in _embedded_report.run("MATCH (n) RETURN n.id").rows]
    assert not any(may_be_edge_id(n) for n in nodes)


@pytest.mark.parametrize("value, shaped", [
    ("0f3a9c1d2e4b5a6978c0", True), ("0F3A9C1D2E4B5A6978C0", False), ("0f3a9c1d2e4b5a6978c", False),
    ("country:cl", False), ("Chile", False), ("", False)])
def test_what_may_be_a_relationship_id(value, shaped):
    assert may_be_edge_id(value) is shaped


def test_relationship_counts_as_the_text(_embedded_report, handmade_store):
    counts = assert_program_is_text(_embedded_report, "edge_counts", {}).records()
    types = [c["type"] for c in counts]
    assert "MENTIONS" in types and "MEMBER_OF" in types and types == sorted(types)
    assert all(c["n"] > 0 for c in counts)
    total = _embedded_report.run("MATCH ()-[r]->() RETURN count(*)").rows[0][0]
    assert sum(c["n"] for c in counts) == total
    if handmade_store.engine == "embedded":
        assert_program_is_text(handmade_store, "edge_counts", {})


@pytest.mark.parametrize("params", [
    {}, {"include_report": False}, {"reviewed": True},
    {"doc": "informe-troikas-crm-csm-2017-03-30"}, {"doc": "no such document"}])
def test_the_register_cut_first_is_the_text_on_both_engines(report_store, params):
    assert_program_is_text(report_store, "responsibility_register", params)


@pytest.mark.parametrize("cap", [1, 7, 20])
def test_the_register_cut_at_the_cap_is_the_texts_first_rows(report_store, cap):
    full = LIBRARY["responsibility_register"].run_text(report_store, {})
    assert len(full.rows) > 20
    cut = assert_program_is_text(report_store, "responsibility_register", {}, max_rows=cap)
    assert cut.truncated and cells(cut) == cells(full)[:cap]



def assert_paths_are_text(store, params: dict, max_rows: int = 5000):
    """The program's paths are the text's: rows in order (names and paths are ordered lists),
    the nodes and relationships collected beside them, the cut."""
    query = LIBRARY["shortest_path"]
    assert query.program_for(store.engine) is not None
    program = query.run(store, params, max_rows=max_rows)
    text = query.run_text(store, params, max_rows=max_rows)
    assert program.columns == text.columns
    assert program.rows == text.rows
    assert (program.nodes, program.edges, program.truncated) == (text.nodes, text.edges,
                                                                 text.truncated)
    return program


@pytest.mark.parametrize("params, some", [
    ({"source": "Chile", "target": "Panamá"}, True),
    ({"source": "chile", "target": "el salvador"}, True),
    ({"source": "CRM", "target": "Conferencia Suramericana sobre Migraciones"}, True),
    ({"source": "Chile", "target": "Panamá", "passages": True}, True),
    ({"source": "Chile", "target": "Panamá", "max_hops": 1}, False),
    ({"source": "Chile", "target": "CRM", "relations": ["MEMBER_OF"]}, True),
    ({"source": "Chile", "target": "Panamá", "relations": ["CONCERNS"]}, False),
    ({"source": "Chile", "target": "nobody at all"}, False),
    ({"source": "Chile", "target": "chile"}, None)])
def test_shortest_paths_from_both_ends_as_the_text_on_the_report(_embedded_report, params, some):
    full = {"max_hops": 5, "relations": [], "passages": False, **params}
    rows = assert_paths_are_text(_embedded_report, full).rows
    if some is not None:
        assert bool(rows) is some
    if rows:
        assert len({r[0] for r in rows}) == 1     # every shortest path has one length
        assert all(r[1][0] and r[2]["nodes"][0]["id"] == r[3].split(" > ")[0] for r in rows)


def test_shortest_paths_cut_at_the_cap_as_the_text(_embedded_report):
    full = {"source": "Chile", "target": "Panamá", "max_hops": 5, "relations": [],
            "passages": True}
    every = LIBRARY["shortest_path"].run_text(_embedded_report, full)
    assert len(every.rows) > 2
    cut = assert_paths_are_text(_embedded_report, full, max_rows=2)
    assert cut.truncated and cut.rows == every.rows[:2]


def test_shortest_paths_as_the_text_on_the_handmade_batch(_embedded_handmade):
    for source, target in (("country:py", "PANAMA"), ("Paraguay", "Panamá"), ("CRM", "Chile"),
                           ("Liduvina Magarín", "El Salvador")):
        assert_paths_are_text(_embedded_handmade, {"source": source, "target": target,
                                                   "max_hops": 5, "relations": [],
                                                   "passages": False})


@pytest.mark.parametrize("params", [
    {"source": "Paraguay", "target": "Panamá"}, {"source": "chile", "target": "el salvador"},
    {"source": "Chile", "target": "Panamá", "passages": True},
    {"source": "Chile", "target": "Panamá", "relations": ["CONCERNS"]},
    {"source": "Chile", "target": "nobody at all"}])
def test_shortest_paths_from_both_ends_as_the_text_on_both_engines(report_store, params):
    assert_paths_are_text(report_store, {"max_hops": 5, "relations": [], "passages": False,
                                         **params})
