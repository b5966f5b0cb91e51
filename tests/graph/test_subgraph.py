"""The diagram of a table answer (graph/subgraph.py) draws what the answer names and nothing
more, on both engines over the real report."""
from __future__ import annotations

from graph.subgraph import graph_of_result
from queries.library import load_library


def diagram(store, name, **params):
    library = load_library()
    result = library[name].run(store, params)
    return result, graph_of_result(lambda n, p: library[n].run(store, p), result)


def test_multi_forum_diagram_is_the_actors_and_their_forums(report_store):
    result, g = diagram(report_store, "multi_forum_actors")
    actors = {r["id"] for r in result.records()}
    assert actors == {"country:cl", "country:mx", "country:pa"}
    kinds = {n["kind"] for n in g.nodes.values()}
    assert "Statement" not in kinds and "Passage" not in kinds
    named = {x for r in result.rows for v in r for x in (v if isinstance(v, list) else [v])}
    for node in g.nodes.values():
        assert node["id"] in actors or node.get("name") in named \
            or node["properties"].get("acronym") in named, node["id"]
    assert len(g.nodes) == 7     # 3 countries, CRM, CSM, the joint ad-hoc group, the co-facilitators


def test_every_edge_of_a_table_diagram_joins_two_drawn_nodes(report_store):
    result, g = diagram(report_store, "responsibility_register")
    assert {n["kind"] for n in g.nodes.values()} >= {"Commitment", "Body"}
    assert "Passage" not in {n["kind"] for n in g.nodes.values()}
    for e in g.edges.values():
        assert e["source"] in g.nodes and e["target"] in g.nodes
    assert len(g.nodes) < 2 * len(result.rows)
