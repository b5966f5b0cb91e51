"""The graph behind a query result, for drawing and for graph-format exports.

Most saved queries answer with a table whose rows name nodes by id (`id`, `*_id` columns) rather
than returning nodes and edges. The diagram, GraphML or GEXF of such a result draws what the
answer names and nothing more: the nodes named by id, the neighbours the table names by name or
acronym (the responsible "Troika de la CRM" of a commitment row), and the relations between them.
A neighbour the table does not name (a statement, a passage, a topic) is left out, and so are the
lexical MENTIONS/IN_DOCUMENT edges. Shared by the
app and the CLI so both draw the same thing. It only reads, through the `saved` it is given
(`saved(name, params)` runs the saved query `name` of queries/): it holds no Cypher of its own.
"""
from __future__ import annotations

from collections.abc import Callable

from graph.store import QueryResult

MAX_NODES = 2000


def ids_in(result: QueryResult) -> list[str]:
    """Node ids a result names: its own nodes, and the values of id-like columns."""
    ids = set(result.nodes)
    for ci, col in enumerate(result.columns):
        c = str(col).lower()
        if c == "id" or c.endswith("_id") or c.endswith("_ids") or c == "ids":
            for row in result.rows:
                v = row[ci]
                for x in (v if isinstance(v, list) else [v]):
                    if isinstance(x, str) and ":" in x:
                        ids.add(x)
    return sorted(ids)


def names_in(result: QueryResult) -> set[str]:
    """Every text a result's cells hold (list cells flattened): how a table names a node it does
    not give the id of."""
    out: set[str] = set()
    for row in result.rows:
        for v in row:
            for x in (v if isinstance(v, list) else [v]):
                if isinstance(x, str) and x:
                    out.add(x)
    return out


def graph_of_result(saved: Callable[[str, dict], QueryResult], result: QueryResult,
                    limit: int = MAX_NODES) -> QueryResult:
    """The result's own nodes and edges, or else the nodes its rows name (by id, or by name or
    acronym among their neighbours) and the relations between them; end nodes of kept edges are
    fetched, and the whole is capped at `limit` nodes."""
    if result.edges:
        g = QueryResult(result.columns, [], dict(result.nodes), dict(result.edges))
    else:
        ids = ids_in(result)[:limit]
        if not ids:
            return QueryResult([], [])
        near = saved("app_around", {"ids": ids})
        named, wanted = names_in(result), set(ids)
        for node in near.nodes.values():
            props = node.get("properties", {})
            if node.get("name") in named or props.get("name") in named \
                    or props.get("acronym") in named:
                wanted.add(node["id"])
        edges = {k: e for k, e in near.edges.items()
                 if e["source"] in wanted and e["target"] in wanted}
        g = QueryResult([], [], {}, edges)
        g.nodes.update(saved("app_nodes_by_id", {"ids": sorted(wanted)}).nodes)
    missing = sorted({x for e in g.edges.values() for x in (e["source"], e["target"])} - set(g.nodes))
    if missing:
        g.nodes.update(saved("app_nodes_by_id", {"ids": missing}).nodes)
    if len(g.nodes) > limit:
        keep = set(sorted(g.nodes)[:limit])
        g.nodes = {k: v for k, v in g.nodes.items() if k in keep}
        g.edges = {k: e for k, e in g.edges.items() if e["source"] in keep and e["target"] in keep}
    return g
