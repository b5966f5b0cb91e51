"""Fact edges: one stored relationship per fact between shared entities, whatever the number of
documents stating it.

A relationship between two entities no document owns (a country, a forum, a body, a person) is
stored once, keyed by `Edge.fact_id` (type, ends, role, on-behalf-of; no document). Its row
carries `docs` (the documents stating it, sorted), `doc_edge_ids` (the per-document `Edge.id`
of each, in the order of `docs`: what an analyst's review decision is keyed by) and `sources`
(JSON list of every source, each entry naming its `document`, its per-document `edge` id and
that document's `rule`, `confidence`, `review_status` and `review_reason`). The columns queries
read (`doc`, `quote`, `section`, `paragraph`, `char_start`, `char_end`, `page`, `rule`,
`confidence`, `review_status`, `review_reason`) are the first source's, so a query over one
document answers as before.

This module only computes rows (plain dicts, no engine, no I/O): a store reads a stored fact
edge, asks `without_document` / `with_row` for what it becomes, and writes or deletes it. It
must never decide what is a fact edge on its own: `GraphBatch.edge_rows` marks them.
"""
from __future__ import annotations

import json

# what each source entry of a fact edge keeps of its document's row
PER_DOCUMENT = ("rule", "confidence", "review_status", "review_reason")
# the columns spread from the first source of a fact edge
FIRST_SOURCE = {"quote": "quote", "section": "section", "paragraph": "paragraph",
                "char_start": "start", "char_end": "end", "page": "page"}


def is_fact_row(row: dict) -> bool:
    """Whether a stored or batch edge row is a fact edge (it has a `docs` list)."""
    return row.get("docs") is not None


def as_fact_row(row: dict, fact_id: str, document: str) -> dict:
    """The fact-edge row of one document's edge row (GraphBatch.edge_rows): id `fact_id`,
    `docs` [document], `doc_edge_ids` [its per-document id], each source entry extended with
    `edge` and the per-document columns (PER_DOCUMENT)."""
    out = dict(row)
    extra = {"edge": row["id"], **{k: row.get(k) for k in PER_DOCUMENT}}
    entries = [{**s, **extra} for s in json.loads(row.get("sources") or "[]")]
    if not entries:                   # a fact stated without a span still names its document
        entries = [{"document": document, **extra}]
    out.update(id=fact_id, doc=document, docs=[document], doc_edge_ids=[row["id"]],
               sources=json.dumps(entries, ensure_ascii=False))
    return out


def _entries(row: dict) -> list[dict]:
    return json.loads(row.get("sources") or "[]")


def _order(entry: dict) -> tuple:
    return (entry.get("document") or "", entry.get("section") or "", entry.get("paragraph") or 0,
            entry.get("start") or 0, entry.get("end") or 0, entry.get("quote") or "")


def _rebuild(base: dict, entries: list[dict]) -> dict | None:
    """`base` with `entries` as its sources and every derived column recomputed; None when no
    entry is left (no document states the fact any more)."""
    if not entries:
        return None
    entries = sorted(entries, key=_order)
    out = dict(base)
    docs, ids = [], []
    for e in entries:
        if e["document"] not in docs:
            docs.append(e["document"])
            ids.append(e.get("edge"))
    order = sorted(range(len(docs)), key=lambda i: docs[i])
    out["docs"] = [docs[i] for i in order]
    out["doc_edge_ids"] = [ids[i] for i in order]
    first = entries[0]
    out["doc"] = first["document"]
    for column, key in FIRST_SOURCE.items():
        out[column] = first.get(key)
    for k in PER_DOCUMENT:
        out[k] = first.get(k)
    out["sources"] = json.dumps(entries, ensure_ascii=False)
    return out


def without_document(stored: dict, document: str) -> dict | None:
    """The stored fact-edge row `stored` once `document` no longer states it: its sources and
    its entry in `docs` removed; None when it was the last document (the edge goes)."""
    return _rebuild(stored, [e for e in _entries(stored) if e.get("document") != document])


def with_row(stored: dict | None, new: dict) -> dict:
    """The fact-edge row after a load of the document(s) of `new` (a row of as_fact_row, or a
    merge of several): `stored`'s sources of those documents replaced by `new`'s. Idempotent:
    with_row(with_row(s, n), n) == with_row(s, n)."""
    mine = set(new["docs"])
    kept = [] if stored is None else [e for e in _entries(stored)
                                      if e.get("document") not in mine]
    base = new if stored is None else {**stored, **{k: v for k, v in new.items()
                                                    if k not in ("sources", "docs")}}
    return _rebuild(base, kept + _entries(new))
