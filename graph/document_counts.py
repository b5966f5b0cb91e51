"""The saved query `documents` on both engines: every stored document and what it contributes, counted
in one pass over the nodes and one over the relationships instead of one pass per document.

queries/documents.cypher counts each document's nodes and relationships with `COUNT { }`
subqueries; on Neo4j the label-less ones (`MATCH (n) WHERE n.doc = d.id`, and every relationship
for `r.doc` / `r.docs`) scan the whole store once per document, so the query grows with the
square of the corpus (5 s at 100 meetings, over its time limit at 1,000). Here the same counts
are grouped by document in three statements and joined in Python; the rows, columns and order
are the text's (tests/queries/test_parity.py runs both). On LadybugDB the text's subqueries
did the same per-document scans: over its 30 s limit at 1,000 meetings, where these three
statements take about 10 s (30 November 2026, a loaded machine).

What this module must not do: write, or answer anything but what the text answers.
"""
from __future__ import annotations

import time

from graph.store import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult, QueryTimeout

COLUMNS = ["id", "title", "date", "place", "path", "passages", "acta_commitments",
           "report_decisions", "statements", "nodes", "edges"]

_DOCUMENTS = ("MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.date AS date, "
              "d.place AS place, d.path AS path ORDER BY id")
# per document: its nodes of each kind, Commitments split by whether they are report decisions
_NODES = ("MATCH (n) WHERE n.doc IS NOT NULL "
          "RETURN n.doc AS doc, n.kind AS kind, "
          "coalesce(n.acta_group, '') = 'report' AS report, count(*) AS c")
# a relationship counts for its `doc` and for every document of its `docs` (a fact edge,
# graph/facts.py), once per document
_EDGES = ("MATCH ()-[r]->() WHERE r.doc IS NOT NULL OR r.docs IS NOT NULL "
          "WITH r.doc AS doc, coalesce(r.docs, []) AS docs "
          "UNWIND CASE WHEN doc IS NULL OR doc IN docs THEN docs ELSE docs + [doc] END AS d "
          "RETURN d AS doc, count(*) AS c")


def documents(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
              max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """The saved query's answer on `store` (any GraphStore; wired to Neo4j by the query's
    header, on both engines). params: none. Returns a QueryResult with COLUMNS, one row per Document node ordered
    by id, no nodes or edges; `max_rows` cuts the rows (truncated=True). Raises QueryTimeout
    when the three statements together take longer than `timeout` seconds, and what store.run
    raises."""
    began = time.monotonic()

    def run(text: str) -> list[list]:
        left = timeout - (time.monotonic() - began)
        if left <= 0:
            raise QueryTimeout(f"query stopped after {timeout:g} s time limit")
        return store.run(text, {}, timeout=left, max_rows=10 ** 9).rows

    docs = run(_DOCUMENTS)
    wanted = {row[0] for row in docs}
    counts: dict[str, dict[str, int]] = {d: {c: 0 for c in COLUMNS[5:]} for d in wanted}
    for doc, kind, report, c in run(_NODES):
        if doc not in wanted:
            continue
        per = counts[doc]
        per["nodes"] += c
        if kind == "Passage":
            per["passages"] += c
        elif kind == "Statement":
            per["statements"] += c
        elif kind == "Commitment":
            per["report_decisions" if report else "acta_commitments"] += c
    for doc, c in run(_EDGES):
        if doc in counts:
            counts[doc]["edges"] += c
    rows = [row + [counts[row[0]][c] for c in COLUMNS[5:]] for row in docs]
    truncated = len(rows) > max_rows
    return QueryResult(list(COLUMNS), rows[:max_rows], truncated=truncated)
