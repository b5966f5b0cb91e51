"""The saved query `actor_relations` on the embedded engine: the entity first, then its
relationships from it.

queries/actor_relations.cypher matches the entity and its relationships in one statement; on
LadybugDB the planner expands every relationship of the store and applies the entity's filter at
the end (PROFILE at 1,000 benchmark meetings: 863,698 relationship tuples for 3,473 rows, 9.4 s
p50 on a loaded machine, BENCHMARKS.md). Here the entity's ids are found first (one scan of the
entity tables, as the text matches them: id, name, acronym or alias, any case) and the
relationships are then expanded from those ids only. Columns, rows and order are the text's
(tests/graph/test_actor_relations.py and tests/queries/test_parity.py hold the two together).

Neo4j keeps the saved Cypher. What this module must not do: write, paste a user's value into the
text, or answer anything but what the text answers.
"""
from __future__ import annotations

import time

from graph.entity_lookup import find_ids
from graph.store import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult, QueryTimeout

_KINDS = ("Country|Conference|Organization|Body|Person|Event|Place|Instrument|Commitment|Topic|"
          "Statement|Date")
_FIND = find_ids(_KINDS)
_RELATIONS = (f"MATCH (a:{_KINDS})-[r]-(o) WHERE a.id IN $ids AND r.type <> 'MENTIONS' "
              "RETURN a.name AS actor, r.type AS relation, "
              "CASE WHEN r.src = a.id THEN 'out' ELSE 'in' END AS direction, "
              "o.kind AS other_kind, "
              "CASE WHEN o.number IS NULL THEN o.name ELSE o.number + ' ' + o.name END AS other, "
              "r.role AS role, r.on_behalf_of AS on_behalf_of, r.quote AS quote, a.id AS id, "
              "o.id AS other_id, r.id AS edge_id "
              "ORDER BY id, relation, direction, other_id, edge_id")


def actor_relations(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
                    max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """The saved query's answer on `store` (wired to the embedded engine by the query's header).
    params: {"actor": id, name, acronym or alias}. Returns the text's QueryResult (its columns,
    rows in its order, `max_rows` cut with truncated=True). Raises QueryTimeout when the two
    statements together pass `timeout` seconds, and what store.run raises."""
    began = time.monotonic()
    ids = [row[0] for row in store.run(_FIND, {"actor": params["actor"]}, timeout=timeout,
                                       max_rows=10 ** 9).rows]
    left = timeout - (time.monotonic() - began)
    if left <= 0:
        raise QueryTimeout(f"query stopped after {timeout:g} s time limit")
    return store.run(_RELATIONS, {"ids": ids}, timeout=left, max_rows=max_rows)
