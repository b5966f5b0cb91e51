"""The saved query `shortest_path` on both engines: a search from both ends at once, each hop
expanded from the node ids reached so far, table (label) by table.

queries/shortest_path.cypher (its `embedded` variant) gives, for every pair of matched ends, all
the shortest paths between them of at most `max_hops` hops (1 to 5), leaving out passages and
lexical relationships unless asked and keeping only the asked relationship types. On LadybugDB
its recursive pattern searches from the source outwards over the whole store: at 1,000 benchmark
meetings, between Chile and El Salvador (489 paths of two hops, one through each meeting both
attend) 9.4 s p50, the per-hop node filter scanning every node table (BENCHMARKS.md). A
label-less `MATCH (n) WHERE n.id IN $ids` also scans every table, while the same match on one
node table (`MATCH (n:Country) WHERE n.id IN $ids`) starts from those ids: so every hop here is
one statement per node table of the frontier, and its cost follows the degrees of the nodes
reached, not the size of the store.

The search: breadth-first from both ends, always growing the smaller frontier, keeping for every
node reached its distance and the relationships that reach it at that distance. The first
length at which the two searches share a node is the length of every shortest path (each
shortest path has a node at any distance from its source); the paths are then the shortest
paths from the source to each shared node at one distance, joined to those from that node to the
target. Their nodes and relationships are read whole at the end (one statement per table), in
the shape the text's paths have. Rows, columns, order and the row cap are the text's
(tests/queries/test_anchored_programs.py and tests/queries/test_parity.py).

On Neo4j the text's `ALL SHORTEST` quantified pattern from Chile was stopped for memory at 1,000
meetings (the server's 128 MiB transaction limit, BENCHMARKS.md); the same search runs there with
the Neo4j variant's own predicates (`toLower`, `any(x IN aliases ...)`, `r.type IN $types`),
each hop a seek on the `<Kind>(id)` constraint's index.

Where an end is also the other end (the same node matched by both names), the text's answer is
given (its search from a node to itself is not this search's).

What this module must not do: write, paste a user's value into a
statement, or answer anything but what the text answers.
"""
from __future__ import annotations

import time
from collections import defaultdict

from graph.store import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult, QueryTimeout

LEXICAL = ("MENTIONS", "IN_DOCUMENT")
MAX_HOPS = 5  # the text's bound: a pattern's bound cannot be a parameter
COLUMNS = ["hops", "names", "path", "node_key", "edge_key"]

# The ends as each engine's text matches them, both in one scan of the tables that may hold one:
# the source's and the target's names are two parameters of one statement.
_NAMED = {
    "embedded": ("lower(a.id) = lower(${p}) OR lower(a.name) = lower(${p}) "
                 "OR lower(coalesce(a.acronym, '')) = lower(${p}) "
                 "OR contains('|' + lower(list_to_string('|', coalesce(a.aliases, []))) + '|', "
                 "'|' + lower(${p}) + '|')"),
    "neo4j": ("toLower(a.id) = toLower(${p}) OR toLower(a.name) = toLower(${p}) "
              "OR toLower(coalesce(a.acronym, '')) = toLower(${p}) "
              "OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower(${p}))"),
}
# One hop from the given nodes of one table, filtered as the text filters each hop.
_TYPE_OK = {"embedded": "list_contains($types, r.type)", "neo4j": "r.type IN $types"}


def _statements(engine: str) -> dict[str, str]:
    named = _NAMED[engine]
    return {
        "ends": ("MATCH (a:{kinds}) WHERE " + named.format(p="source") + " OR "
                 + named.format(p="target") + " RETURN a.id, a.kind, "
                 + "(" + named.format(p="source") + ") AS is_source, "
                 + "(" + named.format(p="target") + ") AS is_target"),
        "hop": ("MATCH (n:{kind})-[r]-(x) WHERE n.id IN $ids AND " + _TYPE_OK[engine] + " "
                "AND ($passages OR x.kind <> 'Passage') "
                "RETURN n.id, r.id, x.id, x.kind"),
        "nodes": "MATCH (n:{kind}) WHERE n.id IN $ids RETURN n",
        "edges": "MATCH (n:{kind})-[r]-(x) WHERE n.id IN $ids AND r.id IN $edges RETURN r",
    }


class _Clock:
    """The time left of one query's limit, checked between statements."""

    def __init__(self, timeout: float):
        self.timeout, self.began = timeout, time.monotonic()

    def left(self) -> float:
        left = self.timeout - (time.monotonic() - self.began)
        if left <= 0:
            raise QueryTimeout(f"query stopped after {self.timeout:g} s time limit")
        return left


class _Side:
    """One end's breadth-first search: every node reached, its distance, and the
    (previous node, relationship id) pairs that reach it at that distance."""

    def __init__(self, start: str, kind: str):
        self.dist = {start: 0}
        self.kind = {start: kind}
        self.came = defaultdict(list)   # node id -> [(previous node id, relationship id)]
        self.frontier = [start]
        self.level = 0

    def grow(self, hops: dict[str, list[tuple[str, str, str]]]) -> None:
        """One level more, from {node id: [(relationship id, other id, other kind)]}."""
        nxt: list[str] = []
        for n in self.frontier:
            for rid, x, kind in hops.get(n, ()):
                d = self.dist.get(x)
                if d is None:
                    self.dist[x], self.kind[x] = self.level + 1, kind
                    nxt.append(x)
                    d = self.level + 1
                if d == self.level + 1:
                    self.came[x].append((n, rid))
        self.frontier, self.level = nxt, self.level + 1

    def walks_to(self, node: str) -> list[tuple[list[str], list[str]]]:
        """Every shortest path from this side's start to `node`: (node ids, relationship ids),
        both from the start."""
        if self.dist[node] == 0:
            return [([node], [])]
        out = []
        for prev, rid in self.came[node]:
            for nodes, rels in self.walks_to(prev):
                out.append((nodes + [node], rels + [rid]))
        return out


def _types(store, params: dict) -> list[str]:
    from graph.ontology import load_ontology
    every = list(load_ontology().edge_types)
    asked = params.get("relations") or []
    types = [t for t in every if not asked or t in asked]
    if not params.get("passages"):
        types = [t for t in types if t not in LEXICAL]
    return types


def _ends(store, source: str, target: str, clock: _Clock):
    """([(id, kind)] matching `source`, [(id, kind)] matching `target`), each ordered by id."""
    from graph.ontology import load_ontology
    kinds = "|".join(k for k in load_ontology().node_kinds if k not in ("Passage", "Document"))
    rows = store.run(_statements(store.engine)["ends"].replace("{kinds}", kinds),
                     {"source": source, "target": target},
                     timeout=clock.left(), max_rows=10 ** 9).rows
    rows.sort(key=lambda r: r[0])
    return ([(r[0], r[1]) for r in rows if r[2]], [(r[0], r[1]) for r in rows if r[3]])


def _hops(store, nodes: dict[str, str], types: list[str], passages: bool,
          clock: _Clock, seen: dict) -> dict[str, list[tuple[str, str, str]]]:
    """{node id: [(relationship id, other node id, other kind)]} for `nodes` ({id: kind}), read
    once per node (`seen` keeps them for the other end's search and the next pair)."""
    by_kind = defaultdict(list)
    for n, kind in nodes.items():
        if n not in seen:
            by_kind[kind].append(n)
    for kind, ids in sorted(by_kind.items()):
        for n in ids:
            seen[n] = []
        rows = store.run(_statements(store.engine)["hop"].format(kind=kind),
                         {"ids": ids, "types": types, "passages": passages},
                         timeout=clock.left(), max_rows=10 ** 9).rows
        for n, rid, x, xkind in rows:
            if x != n:
                seen[n].append((rid, x, xkind))
    return {n: seen[n] for n in nodes}


def _paths(store, a: tuple[str, str], b: tuple[str, str], limit: int, types: list[str],
           passages: bool, clock: _Clock, seen: dict) -> list[tuple[list[str], list[str]]]:
    """All shortest paths from end `a` to end `b` ((id, kind) each) of at most `limit` hops."""
    sa, sb = _Side(*a), _Side(*b)
    while sa.level + sb.level < limit and sa.frontier and sb.frontier:
        side = sa if len(sa.frontier) <= len(sb.frontier) else sb
        side.grow(_hops(store, {n: side.kind[n] for n in side.frontier}, types, passages,
                        clock, seen))
        shared = [n for n in side.frontier if n in (sb if side is sa else sa).dist]
        if shared:
            break
    both = [n for n in sa.dist if n in sb.dist]
    if not both:
        return []
    length = min(sa.dist[n] + sb.dist[n] for n in both)
    if length > limit:
        return []
    split = min(sa.level, length)
    out = []
    for m in sorted(n for n in both if sa.dist[n] == split and sb.dist[n] == length - split):
        for na, ra in sa.walks_to(m):
            for nb, rb in sb.walks_to(m):
                out.append((na + nb[::-1][1:], ra + rb[::-1]))
    return out


def _whole(store, paths, kinds: dict[str, str], clock: _Clock, seen: dict):
    """{node id: node}, {relationship id: edge} of every node and relationship on `paths`, in the
    engine-neutral shape of the store's answers. Each relationship is read from one of its ends:
    one the search did not expand (its degree is not known to be large) or else the one of
    fewer relationships read, so that a hub such as an end of the search is not read again."""
    node_ids = defaultdict(set)
    anchor: dict[str, str] = {}
    for nodes, rels in paths:
        for n in nodes:
            node_ids[kinds[n]].add(n)
        for u, v, rid in zip(nodes, nodes[1:], rels):
            if rid not in anchor:
                anchor[rid] = min((u, v), key=lambda n: (n in seen, len(seen.get(n, ())), n))
    edge_ends, edge_ids = defaultdict(set), defaultdict(set)
    for rid, n in anchor.items():
        edge_ends[kinds[n]].add(n)
        edge_ids[kinds[n]].add(rid)
    nodes_out, edges_out = {}, {}
    for kind, ids in sorted(node_ids.items()):
        res = store.run(_statements(store.engine)["nodes"].format(kind=kind), {"ids": sorted(ids)}, timeout=clock.left(),
                        max_rows=10 ** 9)
        for (node,) in res.rows:
            nodes_out[node["id"]] = node
    for kind, ids in sorted(edge_ends.items()):
        res = store.run(_statements(store.engine)["edges"].format(kind=kind),
                        {"ids": sorted(ids), "edges": sorted(edge_ids[kind])},
                        timeout=clock.left(), max_rows=10 ** 9)
        for (edge,) in res.rows:
            edges_out[edge["id"]] = edge
    return nodes_out, edges_out


def shortest_path(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
                  max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """The saved query's answer on `store` (wired to both engines by the query's header).
    params: {"source", "target": id, name, acronym or alias; "max_hops": int; "relations": list
    of relationship types (empty = all); "passages": bool}. Returns the text's QueryResult:
    columns hops, names, path ({"nodes": [...], "edges": [...]}), node_key, edge_key, ordered by
    hops, node_key, edge_key, cut to `max_rows` (truncated=True). Raises QueryTimeout when its
    statements together pass `timeout` seconds, and what store.run raises."""
    clock = _Clock(timeout)
    ends_a, ends_b = _ends(store, params["source"], params["target"], clock)
    if {i for i, _ in ends_a} & {i for i, _ in ends_b}:
        from queries.library import load_library
        return load_library()["shortest_path"].run_text(store, params, timeout=clock.left(),
                                                       max_rows=max_rows)
    limit = max(0, min(int(params["max_hops"]), MAX_HOPS))
    types, passages = _types(store, params), bool(params.get("passages"))
    seen: dict = {}
    found = []
    kinds = dict(ends_a + ends_b)
    for a in ends_a:
        for b in ends_b:
            found += _paths(store, a, b, limit, types, passages, clock, seen)
    for hops in seen.values():
        for _rid, x, kind in hops:
            kinds.setdefault(x, kind)
    nodes, edges = _whole(store, found, kinds, clock, seen)
    rows = []
    for node_ids, rel_ids in found:
        rows.append([len(rel_ids), [nodes[n].get("name") for n in node_ids],
                     {"nodes": [nodes[n] for n in node_ids], "edges": [edges[r] for r in rel_ids]},
                     " > ".join(node_ids), " > ".join(rel_ids)])
    rows.sort(key=lambda r: (r[0], r[3], r[4]))
    result = QueryResult(columns=list(COLUMNS), rows=rows[:max_rows],
                         truncated=len(rows) > max_rows)
    for row in result.rows:   # what the store collects beside the rows it gives, as for the text
        result.nodes.update((n["id"], n) for n in row[2]["nodes"])
        result.edges.update((e["id"], e) for e in row[2]["edges"])
    return result
