"""The saved query `shortest_path` on the embedded engine: the search's bound raised one hop at a
time, stopping at the first bound where every pair of ends has its shortest paths.

queries/shortest_path.cypher (embedded variant) searches `* ALL SHORTEST 1..5` and keeps the
paths of at most `$max_hops` hops. LadybugDB's search runs to its upper bound from the source,
whatever the distance of the target: at 1,000 benchmark meetings Chile and El Salvador are two
hops apart (489 shortest paths, one through each meeting both attend, PARTICIPATES_IN), yet the
search to five hops ran the 1.5 GB buffer pool out of memory, where the same text bounded at two
hops answers (BENCHMARKS.md). All shortest paths between two ends have one length, the smallest,
so the search bounded at k hops gives a pair's shortest paths exactly when they have at most k
hops, and none otherwise. Here the text is run with the bound 1, 2, ... up to `$max_hops`, a
pair's paths kept from the first bound that finds them, until every pair of ends has paths;
the ends are matched once, as the text matches them, and each search starts from their ids; the
rows are ordered as the text orders them. Measured on that store: the text 9.1 s p50 (it
answered there in a fresh worker), this program 7 s (0.8 s for the ends, 1.7 s for the one-hop
search, 4.4 s for the two-hop one). Columns, rows, order, nodes and edges are the
text's (tests/queries/test_anchored_programs.py and tests/queries/test_parity.py).

Neo4j keeps the saved Cypher. What this module must not do: write, paste a user's value into the
text (only the bound, an integer of 1 to 5, is written into it), or answer anything but what the
text answers.
"""
from __future__ import annotations

import time

from graph.store import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult, QueryTimeout

SEARCH = "* ALL SHORTEST 1..5"
PATHS = "MATCH p = "


def _texts(params: dict) -> tuple[str, str, dict]:
    """(the saved embedded text's search from two lists of end ids, its match of the two ends,
    the parameters they use)."""
    from queries.library import load_library
    text, bound = load_library()["shortest_path"].bound("embedded", params)
    if text.count(SEARCH) != 1 or text.count(PATHS) != 1:
        raise ValueError("queries/shortest_path.cypher: the embedded text no longer holds one "
                         f"{SEARCH!r} search")
    ends = text[:text.index(PATHS)] + "RETURN DISTINCT a.id AS source, b.id AS target"
    search = ("MATCH (a) WHERE a.id IN $source_ids MATCH (b) WHERE b.id IN $target_ids "
              + text[text.index(PATHS):])
    return search, ends, bound


def _end_pair(row: list) -> tuple[str, str]:
    ids = row[2]["nodes"]
    return ids[0]["id"], ids[-1]["id"]


def shortest_path(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
                  max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """The saved query's answer on `store` (wired to the embedded engine by the query's header).
    params: the query's (source, target, max_hops 1..5, relations, passages). Returns the text's
    QueryResult: its columns, rows ordered by hops, node_key, edge_key, the nodes and edges of
    the rows' paths, `max_rows` cut with truncated=True. Raises QueryTimeout when the statements
    together pass `timeout` seconds, ValueError when the saved text lost its search, and what
    store.run raises."""
    began = time.monotonic()

    def left() -> float:
        rest = timeout - (time.monotonic() - began)
        if rest <= 0:
            raise QueryTimeout(f"query stopped after {timeout:g} s time limit")
        return rest

    text, ends, bound = _texts(params)
    pairs = {tuple(r) for r in store.run(ends, bound, timeout=left(), max_rows=10 ** 9).rows}
    bound = {**bound, "source_ids": sorted({a for a, _ in pairs}),
             "target_ids": sorted({b for _, b in pairs})}
    columns, paths, found = None, {}, set()
    for hops in range(1, max(1, min(5, int(params["max_hops"]))) + 1):
        if not pairs or found >= pairs:
            break
        res = store.run(text.replace(SEARCH, f"* ALL SHORTEST 1..{hops}"), bound,
                        timeout=left(), max_rows=10 ** 9)
        columns = res.columns
        for row in res.rows:   # a pair found at a lower bound gives the same rows again
            paths.setdefault((row[3], row[4]), row)
            found.add(_end_pair(row))
    if columns is None:
        columns = store.run(text.replace(SEARCH, "* ALL SHORTEST 1..1"), bound,
                            timeout=left(), max_rows=1).columns
    rows = [paths[k] for k in sorted(paths, key=lambda k: (paths[k][0], k[0], k[1]))]
    kept = rows[:max_rows]
    nodes = {n["id"]: n for row in kept for n in row[2]["nodes"]}
    edges = {e["id"]: e for row in kept for e in row[2]["edges"]}
    return QueryResult(columns=columns, rows=kept, nodes=nodes, edges=edges,
                       truncated=len(rows) > max_rows)
