"""The saved query `commitments_of_actor` on the embedded engine: the actor first, then the bodies
it belongs to, then the commitments of the actor and of those bodies.

queries/commitments_of_actor.cypher walks `MEMBER_OF|FOCAL_POINT|HOLDS_POST*0..1` from the actor;
on LadybugDB the planner runs that recursive expansion from every node of the store before the
actor's filter narrows it (PROFILE at 1,000 benchmark meetings: `RECURSIVE_EXTEND` 19.5 s of
20.9 s, BENCHMARKS.md). Here the actor's ids are found first (one scan of the actor tables, as
the text matches them: id, name, acronym or alias, any case), then its one-hop holders from those
ids, then the commitments of the actor and of each holder in one statement ordered as the text.
Columns, rows and order are the text's (tests/queries/test_anchored_programs.py and
tests/queries/test_parity.py hold them together).

Neo4j keeps the saved Cypher. What this module must not do: write, paste a user's value into the
text, or answer anything but what the text answers.
"""
from __future__ import annotations

import time

from graph.entity_lookup import find_ids
from graph.store import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult, QueryTimeout

_ACTORS = "Country|Conference|Organization|Body|Person"
_FIND = find_ids(_ACTORS)
_HOLDERS = (f"MATCH (a:{_ACTORS})-[:MEMBER_OF|FOCAL_POINT|HOLDS_POST]->(h) WHERE a.id IN $ids "
            "RETURN DISTINCT a.id AS actor_id, h.id AS holder_id")
# `pairs` holds "<actor id> <holder id>" for the actor itself and each of its holders (ids hold
# no space), so the cross product of the few actors and holders keeps only the walked pairs
_COMMITMENTS = (f"MATCH (a:{_ACTORS}) WHERE a.id IN $ids "
                "MATCH (h)-[r:RESPONSIBLE_FOR]->(c:Commitment) "
                "WHERE h.id IN $holder_ids AND (a.id + ' ' + h.id) IN $pairs "
                "RETURN DISTINCT a.name AS actor, "
                "CASE WHEN h.id = a.id THEN '' ELSE h.name END AS via, "
                "c.doc AS document, c.acta_group AS acta_group, c.number AS number, "
                "c.text AS commitment, r.quote AS quote, c.id AS id "
                "ORDER BY actor, document, acta_group, number, via, id")


def commitments_of_actor(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
                         max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """The saved query's answer on `store` (wired to the embedded engine by the query's header).
    params: {"actor": id, name, acronym or alias; "indirect": bool}. Returns the text's
    QueryResult (its columns, rows in its order, `max_rows` cut with truncated=True). Raises
    QueryTimeout when the statements together pass `timeout` seconds, and what store.run
    raises."""
    began = time.monotonic()

    def left() -> float:
        rest = timeout - (time.monotonic() - began)
        if rest <= 0:
            raise QueryTimeout(f"query stopped after {timeout:g} s time limit")
        return rest

    ids = [row[0] for row in store.run(_FIND, {"actor": params["actor"]}, timeout=left(),
                                       max_rows=10 ** 9).rows]
    pairs = [(i, i) for i in ids]
    if ids and params.get("indirect", True):
        pairs += [tuple(row) for row in store.run(_HOLDERS, {"ids": ids}, timeout=left(),
                                                  max_rows=10 ** 9).rows]
    holder_ids = sorted({h for _, h in pairs})
    return store.run(_COMMITMENTS, {"ids": ids, "holder_ids": holder_ids,
                                    "pairs": sorted(f"{a} {h}" for a, h in pairs)},
                     timeout=left(), max_rows=max_rows)
