"""The saved query `sources_of` on both engines: the node branch always, the relationship branch
only when the asked id has the shape of a stored relationship id.

queries/sources_of.cypher answers a node (by id or name) and a relationship (by id) in two
branches joined by UNION ALL. LadybugDB keeps no index on relationship ids, so the relationship
branch (`MATCH (s)-[r]->(t) WHERE r.id = $id`) scans every relationship of the store whatever
the id (813,849 at 1,000 benchmark meetings: 3.9 s p50, BENCHMARKS.md), even for a node's id or
name, which no relationship can carry. Every stored relationship id is the 20 lower-case hex
characters of `graph.batch.Edge.id` or `Edge.fact_id`; an id of any other shape (a node's id
holds a colon, a name is free text) cannot be one, and its relationship branch is not run.

The node branch's label-less `MATCH (x)` read every node table, Passage the largest, for each
answer (0.65-0.8 s at 1,000 benchmark meetings for 50 rows, against 0.09 s for the same rows
from `MATCH (x:Country) WHERE x.id IN $ids`): the nodes are found first (by id or name on the
tables that may hold them, a passage by its id on its own table), then their mentions are read
from their own tables in one statement, ordered as the text orders them. Columns,
rows and order are the text's (tests/queries/test_anchored_programs.py and
tests/queries/test_parity.py hold them together).

The statements are the same on Neo4j, where the text's label-less `MATCH (x)` is an
AllNodesScan of every label, passages included, and `MATCH (x:<Kind>) WHERE x.id IN $ids` a seek
on the kind's id constraint. What this module must not do: write, paste a user's value into the
text, or answer anything but what the text answers.
"""
from __future__ import annotations

import re
import time

from graph.store import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult, QueryTimeout

EDGE_ID = re.compile(r"[0-9a-f]{20}")

_NODE = ("WITH toLower($id) AS k_id MATCH (x) "
         "WHERE x.id = $id OR (toLower(x.name) = k_id AND x.kind <> 'Passage') "
         "OPTIONAL MATCH (p:Passage)-[m:MENTIONS]->(x) "
         "RETURN 'node' AS element, x.id AS id, x.kind AS kind, x.name AS name, "
         "CASE WHEN m IS NULL THEN 'own' ELSE 'mention' END AS via, "
         "coalesce(p.doc, x.doc) AS document, coalesce(m.section, x.section) AS section, "
         "coalesce(m.paragraph, x.paragraph) AS paragraph, "
         "coalesce(m.char_start, x.char_start) AS char_start, "
         "coalesce(m.char_end, x.char_end) AS char_end, coalesce(m.quote, x.quote) AS quote, "
         "coalesce(m.sources, x.sources) AS sources, x.reference AS reference "
         "ORDER BY id, coalesce(document, ''), coalesce(paragraph, -1), "
         "coalesce(char_start, -1), coalesce(quote, '')")
# The nodes the text's node branch answers for: by id on any table, by name on every table
# but Passage's.
_FIND = ("MATCH (x:{kinds}) WHERE x.id = $id OR toLower(x.name) = toLower($id) "
         "RETURN x.id, x.kind")
_FIND_PASSAGE = "MATCH (x:Passage) WHERE x.id = $id RETURN x.id, x.kind"
_FOUND = ("MATCH (x:{kinds}) WHERE x.id IN $ids " + _NODE[_NODE.index("OPTIONAL MATCH"):])
_EDGE = ("MATCH (s)-[r]->(t) WHERE r.id = $id "
         "RETURN 'edge' AS element, r.id AS id, r.type AS kind, s.name + ' -> ' + t.name AS name, "
         "'own' AS via, r.doc AS document, r.section AS section, r.paragraph AS paragraph, "
         "r.char_start AS char_start, r.char_end AS char_end, r.quote AS quote, "
         "r.sources AS sources, r.reference AS reference ORDER BY id")


def may_be_edge_id(value: str) -> bool:
    """True when `value` has the shape of a stored relationship id (20 lower-case hex characters:
    graph.batch.Edge.id, Edge.fact_id)."""
    return bool(EDGE_ID.fullmatch(value or ""))


def sources_of(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
               max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """The saved query's answer on `store` (wired to both engines by the query's header).
    params: {"id": a node's id or name, or a relationship's id}. Returns the text's QueryResult
    (the node rows, then the relationship rows, each branch in its order; `max_rows` cut with
    truncated=True). Raises QueryTimeout when the statements together pass `timeout` seconds,
    and what store.run raises."""
    from graph.ontology import load_ontology
    began = time.monotonic()

    def left() -> float:
        rest = timeout - (time.monotonic() - began)
        if rest <= 0:
            raise QueryTimeout(f"query stopped after {timeout:g} s time limit")
        return rest

    named = "|".join(k for k in load_ontology().node_kinds if k != "Passage")
    found = store.run(_FIND.format(kinds=named), {"id": params["id"]}, timeout=timeout,
                      max_rows=10 ** 9).rows
    found += store.run(_FIND_PASSAGE, {"id": params["id"]}, timeout=left(),
                       max_rows=10 ** 9).rows
    kinds = "|".join(sorted({kind for _id, kind in found})) or "Country"
    nodes = store.run(_FOUND.format(kinds=kinds), {"ids": sorted({i for i, _k in found})},
                      timeout=left(), max_rows=max_rows)
    rows = list(nodes.rows)
    truncated = nodes.truncated
    if may_be_edge_id(params["id"]) and len(rows) <= max_rows and not truncated:
        edges = store.run(_EDGE, {"id": params["id"]}, timeout=left(), max_rows=max_rows)
        rows += edges.rows
        truncated = edges.truncated
    if len(rows) > max_rows:
        rows, truncated = rows[:max_rows], True
    return QueryResult(columns=nodes.columns, rows=rows, truncated=truncated)
