"""The saved query `edge_counts` on the embedded engine: one count per relationship table.

queries/edge_counts.cypher groups every relationship of the store by its `type` (813,849 tuples
scanned and aggregated at 1,000 benchmark meetings, 0.8 s p50 on a loaded machine,
BENCHMARKS.md). On LadybugDB each relationship type is its own table (the ontology's edge types,
`EmbeddedStore.schema_statements`), whose rows a bare `count(*)` reads from the table's size
(`COUNT_REL_TABLE`) without scanning it. The rows are the text's: a type with no relationship
gives no row, ordered by type (tests/queries/test_anchored_programs.py and
tests/queries/test_parity.py hold them together).

Neo4j keeps the saved Cypher (its count store answers a typed count the same way). What this
module must not do: write, or answer anything but what the text answers.
"""
from __future__ import annotations

from graph.ontology import load_ontology
from graph.store import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult

COLUMNS = ["type", "n"]


def counts_statement() -> str:
    """One `count(*)` per relationship table of the ontology, joined by UNION ALL."""
    return " UNION ALL ".join(f"MATCH ()-[r:{name}]->() RETURN '{name}' AS type, count(*) AS n"
                              for name in sorted(load_ontology().edge_types))


def edge_counts(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
                max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """The saved query's answer on `store` (wired to the embedded engine by the query's header).
    params: none. Returns a QueryResult with COLUMNS, one row per relationship type the store
    holds, ordered by type, `max_rows` cut with truncated=True. Raises what store.run raises
    (QueryTimeout past `timeout` seconds)."""
    rows = sorted([t, n] for t, n in store.run(counts_statement(), {}, timeout=timeout,
                                                 max_rows=10 ** 9).rows if n)
    return QueryResult(columns=list(COLUMNS), rows=rows[:max_rows],
                       truncated=len(rows) > max_rows)
