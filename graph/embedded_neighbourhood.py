"""The saved `neighbourhood` query on the embedded engine, answered by a breadth-first search.

queries/neighbourhood.cypher grows the ball around an entity one hop at a time, each hop cut to
`max_nodes` nodes (the first by id), and returns every relationship inside the ball with an end in
the last hop. On LadybugDB that single statement carries node objects from hop to hop, and the
engine reads every property of a label-less node for each expanded row: 11-15 s at 100 benchmark
meetings (BENCHMARKS.md). Here the same answer is built from small statements that carry ids only:

1. the entity, matched as the saved query matches it (id, name, acronym or alias, any case);
2. per hop, per node table of the frontier, `UNWIND $ids ... MATCH (n:<Kind> {id: i})-[r:<types>]-(o)`
   returning the neighbours' ids and tables; the relation filter (`relations`) and the passages
   rule (`passages`) choose the relationship tables, a neighbour that is a Passage is dropped
   unless passages are asked for, and the cap (`max_nodes`, first by id) is applied here;
3. the relationships of the last hop to the last two hops, as ids (a filter on the far end's id
   or returning the edge itself there costs 5-10 times more: the engine reads the far node's id
   from every table, and every property of every edge expanded);
4. the edges kept, fetched from their source nodes by primary key, and the end nodes, fetched per
   node table by primary key.
Rows, their order (source name, type, target name, edge id, nulls last) and the nodes and edges of
the result are those of the saved query; tests/queries/test_bounded.py holds the two to it.

Neo4j keeps the saved Cypher (queries/library.py runs this only on the embedded engine).
What this module must not do: paste a user's value into query text (relationship types enter the
text only as names of the ontology's tables, node kinds only as labels the engine returned), or
write to the store.
"""
from __future__ import annotations

import time

from graph.ontology import load_ontology
from graph.store import (DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult, QueryTimeout,
                         StoreError)

COLUMNS = ["source", "edge", "target", "source_name", "type", "target_name", "edge_id"]
# The kinds that are not entities: the lexical graph's Passage and the Document itself.
NOT_ENTITIES = ("Passage", "Document")
# a statement of this search returns at most this many rows (ids of one hop, or edges)
STEP_ROWS = 1_000_000

_FIND = ("WITH $actor AS k MATCH (a:{labels}) WHERE toLower(a.id) = k OR toLower(a.name) = k "
         "OR toLower(coalesce(a.acronym, '')) = k "
         "OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = k) "
         "RETURN a.id, label(a)")
_EXPAND = ("UNWIND $ids AS i MATCH (n:{kind} {{id: i}})-[r:{types}]-(o) "
           "RETURN DISTINCT n.id, o.id, label(o)")
_LINKS = ("UNWIND $ids AS i MATCH (n:{kind} {{id: i}})-[r:{types}]-(o) "
          "RETURN n.id, o.id, r.id, r.src")
_EDGES = ("UNWIND $ids AS i MATCH (n:{kind} {{id: i}})-[r:{types}]->(o) WHERE r.id IN $edges "
          "RETURN r")
_NODES = "UNWIND $ids AS i MATCH (n:{kind} {{id: i}}) RETURN n"


class _Clock:
    """What is left of the caller's time limit, shared by the statements of one search."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout

    def left(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise QueryTimeout(f"query stopped after {self.timeout:g} s time limit")
        return left


def relationship_tables(passages: bool, relations: list[str]) -> dict[str, tuple[set, set]]:
    """The relationship tables a hop may follow: {type: (source kinds, target kinds)}.

    Every type of the ontology with `passages`, else all but the lexical ones (whose source is a
    Passage); with `relations`, only the types named there (a name that is no type adds none).
    """
    onto = load_ontology()
    out = {}
    for name, et in onto.edge_types.items():
        if not passages and et.sources == ("Passage",):
            continue
        if relations and name not in relations:
            continue
        out[name] = (set(et.sources), set(et.targets))
    return out


def _touching(tables: dict[str, tuple[set, set]], kind: str) -> list[str]:
    """The tables of `tables` with `kind` at either end (LadybugDB binds only those)."""
    return [t for t, (src, dst) in tables.items() if kind in src or kind in dst]


def neighbourhood(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
                  max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """The saved query's answer on `store` (an EmbeddedStore) for coerced `params`.

    params: actor (str), hops (1-3), relations (list of type names, empty = all), passages
    (bool), max_nodes (int, per hop). Returns a QueryResult with the saved query's columns
    (COLUMNS), rows in its order, and the nodes and edges of those rows; `max_rows` cuts the
    rows (truncated=True). Raises QueryTimeout when the statements together take longer than
    `timeout` seconds, StoreError for a negative max_nodes and as store.run does.
    """
    clock = _Clock(timeout)

    def run(text: str, values: dict) -> list[list]:
        return store.run(text, values, timeout=clock.left(), max_rows=STEP_ROWS).rows

    passages = bool(params.get("passages"))
    cap = int(params.get("max_nodes") or 0)
    if cap < 0:      # the text's LIMIT refuses it on both engines
        raise StoreError(f"max_nodes must be 0 or more (a number of nodes per hop), not {cap}")
    hops = int(params.get("hops") or 1)
    tables = relationship_tables(passages, list(params.get("relations") or []))
    onto = load_ontology()
    labels = "|".join(k for k in onto.node_kinds if k not in NOT_ENTITIES)
    kind_of: dict[str, str] = {}
    groups = []                                    # per entity matched: [M0, M1, ..., Mh]
    for aid, kind in run(_FIND.format(labels=labels), {"actor": str(params.get("actor", "")).lower()}):
        kind_of[aid] = kind
        groups.append([[aid]])
    if not groups or not tables:
        return QueryResult(list(COLUMNS), [])

    for _ in range(hops):
        frontier = sorted({i for g in groups for i in g[-1]})
        adjacent = _expand(run, tables, frontier, kind_of)
        candidates = []
        for gi, g in enumerate(groups):
            found = set()
            for n in g[-1]:
                for o, okind in adjacent.get(n, ()):
                    if passages or okind != "Passage":
                        found.add(o)
            candidates += [(o, gi) for o in found]
        candidates.sort()
        for g in groups:
            g.append([])
        for o, gi in candidates[:cap]:
            groups[gi][-1].append(o)

    found = _edges_of_last_hop(run, tables, groups, kind_of)
    nodes = _fetch_nodes(run, {i for s, _, t in found for i in (s, t)}, kind_of)
    rows = [[nodes[s], edge, nodes[t], nodes[s]["name"], edge["type"], nodes[t]["name"],
             edge["id"]] for s, edge, t in found]
    rows.sort(key=_order)
    out = QueryResult(list(COLUMNS), rows[:max_rows], truncated=len(rows) > max_rows)
    for s, edge, t, *_ in out.rows:
        out.nodes[s["id"]], out.nodes[t["id"]], out.edges[edge["id"]] = s, t, edge
    return out


def _expand(run, tables, frontier: list[str], kind_of: dict) -> dict[str, list[tuple]]:
    """{node id: [(neighbour id, neighbour kind), ...]} over `tables`, for the ids of `frontier`."""
    adjacent: dict[str, list[tuple]] = {}
    for kind, ids in _by_kind(frontier, kind_of).items():
        types = _touching(tables, kind)
        if not types:
            continue
        for n, o, okind in run(_EXPAND.format(kind=kind, types="|".join(types)), {"ids": ids}):
            kind_of[o] = okind
            adjacent.setdefault(n, []).append((o, okind))
    return adjacent


def _edges_of_last_hop(run, tables, groups, kind_of) -> list[tuple[str, dict, str]]:
    """(source id, edge, target id) per relationship of a last hop Mh to Mh or M(h-1), once each
    (an edge inside Mh from its source's side), per entity matched."""
    last = sorted({i for g in groups for i in g[-1]})
    links: dict[str, list[tuple]] = {}
    for kind, ids in _by_kind(last, kind_of).items():
        types = _touching(tables, kind)
        if not types:
            continue
        for n, o, eid, src in run(_LINKS.format(kind=kind, types="|".join(types)), {"ids": ids}):
            links.setdefault(n, []).append((o, eid, src == n))
    found = []                                   # (source id, edge id, target id) in row order
    for g in groups:
        inner, before = set(g[-1]), set(g[-2])
        for n in g[-1]:
            for o, eid, outgoing in links.get(n, ()):
                if (o in inner or o in before) and (outgoing or o not in inner):
                    found.append((n, eid, o) if outgoing else (o, eid, n))
    edges = _fetch_edges(run, tables, found, kind_of)
    return [(s, edges[eid], t) for s, eid, t in found]


def _fetch_edges(run, tables, found, kind_of) -> dict[str, dict]:
    """{edge id: edge} for the (source id, edge id, target id) of `found`, read from the sources."""
    by_kind: dict[str, tuple[set, set]] = {}
    for s, eid, _ in found:
        ids, eids = by_kind.setdefault(kind_of[s], (set(), set()))
        ids.add(s)
        eids.add(eid)
    edges = {}
    for kind, (ids, eids) in by_kind.items():
        types = [t for t, (src, _) in tables.items() if kind in src]
        for (edge,) in run(_EDGES.format(kind=kind, types="|".join(types)),
                           {"ids": sorted(ids), "edges": sorted(eids)}):
            edges[edge["id"]] = edge
    return edges


def _fetch_nodes(run, ids: set[str], kind_of: dict) -> dict[str, dict]:
    """{id: node} in the engine-neutral shape, read per node table by primary key."""
    nodes = {}
    for kind, part in _by_kind(sorted(ids), kind_of).items():
        for (node,) in run(_NODES.format(kind=kind), {"ids": part}):
            nodes[node["id"]] = node
    return nodes


def _by_kind(ids: list[str], kind_of: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for i in ids:
        out.setdefault(kind_of[i], []).append(i)
    return out


def _order(row: list) -> tuple:
    """ORDER BY source_name, type, target_name, edge_id (a null after every value)."""
    return tuple((v is None, v if v is not None else "") for v in row[3:])
