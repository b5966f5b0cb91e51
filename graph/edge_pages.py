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

# one row per relationship (its documents and its whole `sources` read once); the rows per document
# and each one's own source entry are made by review_rows, as the saved text makes them
REVIEW_FACTS = """MATCH (a)-[r]->(b)
WHERE r.doc <> 'reference' AND r.type <> 'IN_DOCUMENT' AND r.type <> 'MENTIONS'
  AND r.id > $after
  AND ($doc = '' OR $doc IN coalesce(r.docs, [r.doc]))
  AND size(coalesce(r.docs, [r.doc])) > 0
WITH a, r, b
ORDER BY r.id
LIMIT $page
RETURN r.id AS id, r.type AS type, a.id AS source, a.name AS source_name, b.id AS target,
       b.name AS target_name, coalesce(r.docs, [r.doc]) AS documents, r.role AS role,
       r.on_behalf_of AS on_behalf_of, r.quote AS quote, r.char_start AS char_start,
       r.char_end AS char_end, r.section AS section, r.paragraph AS paragraph, r.rule AS rule,
       r.confidence AS confidence, r.review_status AS review_status, r.review_reason AS reason,
       CASE WHEN r.docs IS NULL THEN NULL ELSE r.sources END AS sources"""

# the columns of queries/app_review_facts.cypher
REVIEW_COLUMNS = ["id", "type", "source", "source_name", "target", "target_name", "document",
                  "role", "on_behalf_of", "quote", "char_start", "char_end", "section",
                  "paragraph", "rule", "confidence", "review_status", "reason",
                  "document_source"]
# where a source entry of a fact edge's `sources` (JSON text) starts, and where it and the next
# one meet: a JSON string escapes every double quote, so neither occurs inside a value
ENTRY_START = '{"document": '
ENTRY_JOIN = '}, {"document": '



def paged_edge_rows(store, text: str, params: dict, id_column: str, *, timeout: float,
                    max_rows: int, page: int = PAGE_EDGES, rows_of=None) -> QueryResult:
    """The rows of `text` (a statement over the relationships with id > $after, cut to $page
    relationships by id, each giving at least one row, ordered by `id_column` first) read page
    after page until more than `max_rows` rows are read or a page holds fewer than $page
    relationships. `rows_of`, when given, turns one page's QueryResult into (columns, rows) (the
    rows a text would give for those relationships); without it a page's rows are the text's.
    Returns a QueryResult with the first `max_rows` rows, truncated=True when there were more.
    Raises what store.run raises (QueryTimeout past `timeout` seconds for one statement)."""
    size = max(1, min(page, max_rows + 1))
    rows: list[list] = []
    columns: list[str] = []
    after = ""
    while True:
        res = store.run(text, {**params, "after": after, "page": size}, timeout=timeout,
                        max_rows=PAGE_ROWS)
        at = res.columns.index(id_column)
        columns, got = rows_of(res) if rows_of is not None else (res.columns, res.rows)
        rows += got
        read = {row[at] for row in res.rows}
        if len(rows) > max_rows or len(read) < size or not res.rows:
            break
        after = max(read)
    return QueryResult(columns=columns, rows=rows[:max_rows], truncated=len(rows) > max_rows)


def document_source(sources: str | None, document: str) -> str | None:
    """The first source entry of `document` in a fact edge's `sources` (JSON text, entries
    ordered by document, each starting with its "document" key), as JSON text cut from it
    unchanged; None when `sources` is None or holds no entry of `document`. The same string
    operations as queries/app_review_facts.cypher (split on the entry's start, cut at the next
    entry or the list's end), so the two answer alike."""
    mark = ENTRY_START + '"' + document.replace("\\", "\\\\").replace('"', '\\"') + '", '
    parts = (sources or "").split(mark)
    if len(parts) < 2:
        return None
    body = parts[1].split(ENTRY_JOIN)[0]
    if body.endswith("}]"):
        body = body[:-2]
    elif body.endswith("}, "):
        body = body[:-3]
    return mark + body + "}"


def review_rows(res: QueryResult, doc: str) -> tuple[list[str], list[list]]:
    """The rows of queries/app_review_facts.cypher for one page of REVIEW_FACTS (one row per
    relationship): a row per relationship and document (only `doc` when given), ordered by id
    then document, each with its document's own source entry (document_source) in place of the
    relationship's whole `sources`. Returns (REVIEW_COLUMNS, rows)."""
    col = {c: i for i, c in enumerate(res.columns)}
    rows = []
    for row in sorted(res.rows, key=lambda r: r[col["id"]]):
        before = [row[col[c]] for c in REVIEW_COLUMNS[:6]]
        after = [row[col[c]] for c in REVIEW_COLUMNS[7:-1]]
        for document in sorted(d for d in row[col["documents"]] if doc in ("", d)):
            own = document_source(row[col["sources"]], document)
            rows.append(before + [document] + after + [own])
    return list(REVIEW_COLUMNS), rows


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
    doc = params.get("doc") or ""
    return paged_edge_rows(store, REVIEW_FACTS, {"doc": doc}, "id", timeout=timeout,
                           max_rows=max_rows, rows_of=lambda res: review_rows(res, doc))


# queries/app_all_edges.cypher a page at a time: the ids of the next page first (one column
# sorted and cut to the page), then that page's relationships whole, sorted among themselves
ALL_EDGE_IDS = """MATCH ()-[r]->()
WHERE r.id > $after
RETURN r.id AS id
ORDER BY id
LIMIT $page"""

ALL_EDGES = """MATCH ()-[r]->()
WHERE r.id > $after AND r.id <= $last
RETURN r
ORDER BY r.id"""


def all_edges(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
              max_rows: int = DEFAULT_MAX_ROWS, page: int = PAGE_EDGES) -> QueryResult:
    """The saved query `app_all_edges` on `store` (every relationship, ordered by id; wired to
    the engines by the query's header). params: none used. The text sorts every relationship with
    all its properties (each fact edge's whole `sources`) at once, which ran LadybugDB's buffer
    pool out at 1,000 benchmark meetings; here a page of ids is sorted alone (`LIMIT $page`, one
    column), then only that page's relationships are read whole, so one statement holds a page.
    Relationship ids are unique and never null (every load writes one). Returns the text's
    QueryResult (columns ["r"], a row per relationship holding it, `edges` by id for the rows
    returned; the first `max_rows` rows, truncated=True when there were more). Raises what
    store.run raises (QueryTimeout past `timeout` seconds for one statement)."""
    size = max(1, min(page, max_rows + 1))
    out = QueryResult(columns=["r"], rows=[])
    after = ""
    while len(out.rows) <= max_rows:
        ids = store.run(ALL_EDGE_IDS, {"after": after, "page": size}, timeout=timeout,
                        max_rows=PAGE_ROWS).rows
        if not ids:
            break
        last = ids[-1][0]
        res = store.run(ALL_EDGES, {"after": after, "last": last}, timeout=timeout,
                        max_rows=PAGE_ROWS)
        out.columns = res.columns
        out.rows += res.rows
        if len(ids) < size:
            break
        after = last
    out.truncated = len(out.rows) > max_rows
    out.rows = out.rows[:max_rows]
    out.edges = {row[0]["id"]: row[0] for row in out.rows}
    return out
