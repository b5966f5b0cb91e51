"""Saved queries whose rows are the relationships of the whole graph, one row per relationship
and document, ordered by relationship id then document: read a page of relationships at a time.

queries/network_relations.cypher and queries/app_review_facts.cypher match every relationship
of some types, unwind each one's documents and sort all the rows (every property projected) by
relationship id and document before the store cuts them to its row cap. At 1,000 benchmark
meetings the sort held every relationship's quote at once: Neo4j stopped it at its transaction
memory limit (BENCHMARKS.md). Here the relationships are ordered by id alone and cut to a page
(`ORDER BY r.id LIMIT $page`, a top-n of references) before their documents are unwound and their
properties read, and the next page starts after the last id read (`r.id > $after`). A
relationship whose documents unwind to no row is left out of the page, so every relationship of a
page gives at least one row and the first `max_rows` rows are the text's (relationship ids are
unique; tests/queries/test_edge_pages.py and tests/queries/test_parity.py hold them together).
The memory of one statement follows the page, not the graph; a whole read (the network analysis,
the review list) costs one scan of the relationships per page.

What this module must not do: write, paste a user's value into the text, or answer anything but
what the text answers.
"""
from __future__ import annotations

from graph.store import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult

# relationships read per statement when the caller asks for more rows than this
PAGE_EDGES = 20_000
# the store's own cut of one page's rows: none (a page's rows follow its relationships' documents)
PAGE_ROWS = 1_000_000_000

NETWORK_RELATIONS = """MATCH (a)-[r:MEMBER_OF|PART_OF|HOLDS_POST|PRESIDES|REPRESENTS|FOCAL_POINT|PARTICIPATES_IN|ORGANISES|RESPONSIBLE_FOR]->(b)
WHERE r.id > $after AND size(coalesce(r.docs, [r.doc])) > 0
WITH a, r, b
ORDER BY r.id
LIMIT $page
UNWIND coalesce(r.docs, [r.doc]) AS document
OPTIONAL MATCH (d:Document) WHERE d.id = document
RETURN r.id AS edge_id, r.type AS type, r.role AS role, r.on_behalf_of AS on_behalf_of,
       document, d.date AS document_date, r.curated AS curated, r.quote AS quote,
       a.id AS source_id, a.kind AS source_kind, a.name AS source_name,
       a.acronym AS source_acronym, b.id AS target_id, b.kind AS target_kind,
       b.name AS target_name, b.acronym AS target_acronym
ORDER BY edge_id, coalesce(document, '')"""

REVIEW_FACTS = """MATCH (a)-[r]->(b)
WHERE r.doc <> 'reference' AND r.type <> 'IN_DOCUMENT' AND r.type <> 'MENTIONS'
  AND r.id > $after
  AND ($doc = '' OR $doc IN coalesce(r.docs, [r.doc]))
  AND size(coalesce(r.docs, [r.doc])) > 0
WITH a, r, b
ORDER BY r.id
LIMIT $page
UNWIND coalesce(r.docs, [r.doc]) AS document
WITH a, r, b, document
WHERE $doc = '' OR document = $doc
RETURN r.id AS id, r.type AS type, a.id AS source, a.name AS source_name, b.id AS target,
       b.name AS target_name, document, r.role AS role, r.on_behalf_of AS on_behalf_of,
       r.quote AS quote, r.char_start AS char_start, r.char_end AS char_end, r.section AS section,
       r.paragraph AS paragraph, r.rule AS rule, r.confidence AS confidence,
       r.review_status AS review_status, r.review_reason AS reason, r.sources AS sources
ORDER BY id, document"""


def paged_edge_rows(store, text: str, params: dict, id_column: str, *, timeout: float,
                    max_rows: int, page: int = PAGE_EDGES) -> QueryResult:
    """The rows of `text` (a statement over the relationships with id > $after, cut to $page
    relationships by id, each giving at least one row, ordered by `id_column` first) read page
    after page until more than `max_rows` rows are read or a page holds fewer than $page
    relationships. Returns a QueryResult with the first `max_rows` rows, truncated=True when
    there were more. Raises what store.run raises (QueryTimeout past `timeout` seconds for one
    statement)."""
    size = max(1, min(page, max_rows + 1))
    rows: list[list] = []
    columns: list[str] = []
    after = ""
    while True:
        res = store.run(text, {**params, "after": after, "page": size}, timeout=timeout,
                        max_rows=PAGE_ROWS)
        columns = res.columns
        rows += res.rows
        at = columns.index(id_column)
        read = {row[at] for row in res.rows}
        if len(rows) > max_rows or len(read) < size or not res.rows:
            break
        after = res.rows[-1][at]
    return QueryResult(columns=columns, rows=rows[:max_rows], truncated=len(rows) > max_rows)


def network_relations(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
                      max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """The saved query `network_relations` on `store` (any GraphStore; wired to both engines by
    the query's header). params: none used. Returns the text's QueryResult (its columns, its first
    `max_rows` rows in its order, truncated=True when there were more). Raises what store.run
    raises."""
    return paged_edge_rows(store, NETWORK_RELATIONS, {}, "edge_id", timeout=timeout,
                           max_rows=max_rows)


def review_facts(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
                 max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """The app's read `app_review_facts` on `store`. params: {"doc": a document id or "" for
    all}. Returns the text's QueryResult (first `max_rows` rows in its order, truncated=True when
    there were more). Raises what store.run raises."""
    return paged_edge_rows(store, REVIEW_FACTS, {"doc": params.get("doc") or ""}, "id",
                           timeout=timeout, max_rows=max_rows)
