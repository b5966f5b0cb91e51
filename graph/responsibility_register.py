"""The saved query `responsibility_register` on both engines: the commitments cut to the row cap
first, then each one's parent, responsible actors, deliverables and due dates.

queries/responsibility_register.cypher gives one row per commitment, ordered by document, report
or not, position and id (a total order: ids are unique). It gathers every commitment's parent,
responsible actors, deliverables and due dates (four OPTIONAL MATCH + collect stages) before the
store cuts the answer to its row cap: at 1,000 benchmark meetings 25,000 commitments went through
the four stages for 5,000 rows shown (8.5 s p50 on LadybugDB, PROFILE: the aggregations take
20 s of operator time, BENCHMARKS.md). Here the commitments are ordered as the text orders its
rows and cut to the cap plus one (to tell a cut answer) before those stages; since each
commitment gives exactly one row, the rows and their order are the text's
(tests/queries/test_anchored_programs.py and tests/queries/test_parity.py hold them together).

What this module must not do: write, paste a user's value into the text, or answer anything but
what the text answers.
"""
from __future__ import annotations

from graph.store import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT_S, QueryResult

# the saved text with one stage added after the commitments' match: the cut, in the row order
CAPPED = """WITH CASE WHEN $reviewed THEN ['accepted', 'corrected', 'added', 'curated']
          ELSE ['extracted', 'accepted', 'corrected', 'added', 'curated'] END AS ok
MATCH (c:Commitment)
WHERE ($doc = '' OR c.doc = $doc)
  AND ($include_report OR coalesce(c.acta_group, '') <> 'report')
WITH ok, c
ORDER BY c.doc, CASE WHEN coalesce(c.acta_group, '') = 'report' THEN 1 ELSE 0 END,
         coalesce(c.char_start, 0), c.id
LIMIT $limit
OPTIONAL MATCH (c)-[:PART_OF]->(parent:Commitment)
WITH ok, c, min(parent.number) AS part_of
OPTIONAL MATCH (a)-[ra:RESPONSIBLE_FOR]->(c) WHERE coalesce(ra.review_status, 'extracted') IN ok
WITH ok, c, part_of, collect(DISTINCT a.name) AS responsible
OPTIONAL MATCH (c)-[rd:DELIVERABLE]->(d) WHERE coalesce(rd.review_status, 'extracted') IN ok
WITH ok, c, part_of, responsible, collect(DISTINCT d.name) AS deliverables
OPTIONAL MATCH (c)-[rw:DUE]->(w) WHERE coalesce(rw.review_status, 'extracted') IN ok
OPTIONAL MATCH (w)-[:HELD_ON]->(wd:Date)
WITH c, part_of, responsible, deliverables,
     collect(DISTINCT w.name) AS due,
     min(coalesce(w.date, wd.date)) AS due_date,
     max(coalesce(w.date_end, wd.date_end, w.date, wd.date)) AS due_end,
     collect(DISTINCT coalesce(w.precision, wd.precision)) AS precision
RETURN c.doc AS document, c.acta_group AS acta_group, c.number AS number, part_of,
       c.text AS commitment, responsible, deliverables, due, due_date, due_end, precision,
       c.quote AS quote, c.section AS section, c.paragraph AS paragraph, c.id AS id
ORDER BY document, CASE WHEN coalesce(c.acta_group, '') = 'report' THEN 1 ELSE 0 END,
         coalesce(c.char_start, 0), id"""


def responsibility_register(store, params: dict, *, timeout: float = DEFAULT_TIMEOUT_S,
                            max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
    """The saved query's answer on `store` (any GraphStore; wired to both engines by the
    query's header). params: {"doc": a document id or "", "include_report": bool,
    "reviewed": bool}. Returns the text's QueryResult (its columns, its first `max_rows` rows in
    its order, truncated=True when there were more). Raises what store.run raises (QueryTimeout
    past `timeout` seconds)."""
    values = {k: params[k] for k in ("doc", "include_report", "reviewed")}
    return store.run(CAPPED, {**values, "limit": max_rows + 1}, timeout=timeout,
                     max_rows=max_rows)
