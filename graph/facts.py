"""Fact edges: one stored relationship per fact between shared entities, whatever the number of
documents stating it.

A relationship between two entities no document owns (a country, a forum, a body, a person) is
stored once, keyed by `Edge.fact_id` (type, ends, role, on-behalf-of; no document). Its row
carries `docs` (the documents stating it, sorted), `doc_edge_ids` (the per-document `Edge.id`
of each, in the order of `docs`: what an analyst's review decision is keyed by) and `sources`
(JSON list of every source, each entry naming its `document`, its per-document `edge` id and
that document's `rule`, `confidence`, `review_status` and `review_reason`; a fact stated without
a span has no entry, and its per-document columns are the last load's). The columns queries
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
    out.update(id=fact_id, doc=document, docs=[document], doc_edge_ids=[row["id"]],
               sources=json.dumps(entries, ensure_ascii=False))
    return out


def _entries(row: dict) -> list[dict]:
    return json.loads(row.get("sources") or "[]")


def _pairs(row: dict) -> dict[str, str]:
    """document -> its per-document edge id, of a fact-edge row."""
    return dict(zip(row.get("docs") or [], row.get("doc_edge_ids") or []))


def _order(entry: dict) -> tuple:
    return (entry.get("document") or "", entry.get("section") or "", entry.get("paragraph") or 0,
            entry.get("start") or 0, entry.get("end") or 0, entry.get("quote") or "")


def _rebuild(base: dict, entries: list[dict], pairs: dict[str, str]) -> dict | None:
    """`base` with `entries` as its sources, `pairs` (document -> per-document id) as its
    documents, and every derived column recomputed; None when no document is left. A fact
    stated without a span keeps `base`'s per-document columns."""
    if not pairs:
        return None
    entries = sorted(entries, key=_order)
    out = dict(base)
    docs = sorted(pairs)
    out["docs"] = docs
    out["doc_edge_ids"] = [pairs[d] for d in docs]
    out["sources"] = json.dumps(entries, ensure_ascii=False)
    if not entries:
        out["doc"] = docs[0]
        return out
    first = entries[0]
    out["doc"] = first["document"]
    for column, key in FIRST_SOURCE.items():
        out[column] = first.get(key)
    for k in PER_DOCUMENT:
        out[k] = first.get(k)
    return out


def without_document(stored: dict, document: str) -> dict | None:
    """The stored fact-edge row `stored` once `document` no longer states it: its sources and
    its entry in `docs` removed; None when it was the last document (the edge goes)."""
    pairs = {d: i for d, i in _pairs(stored).items() if d != document}
    return _rebuild(stored, [e for e in _entries(stored) if e.get("document") != document],
                    pairs)


def with_row(stored: dict | None, new: dict) -> dict:
    """The fact-edge row after a load of the document(s) of `new` (a row of as_fact_row, or a
    merge of several): `stored`'s sources of those documents replaced by `new`'s. Idempotent:
    with_row(with_row(s, n), n) == with_row(s, n)."""
    mine = set(new["docs"])
    if stored is None:
        return _rebuild(new, _entries(new), _pairs(new))
    kept = [e for e in _entries(stored) if e.get("document") not in mine]
    pairs = {d: i for d, i in _pairs(stored).items() if d not in mine}
    pairs.update(_pairs(new))
    base = {**stored, **{k: v for k, v in new.items() if k not in ("sources", "docs",
                                                                   "doc_edge_ids")}}
    return _rebuild(base, kept + _entries(new), pairs)


class MergedFact:
    """One fact edge's row merged from many documents' rows in one pass: `add` each row (a row of
    as_fact_row, in load order), then `row()` once. The result is the fold of with_row over the
    same rows, but each add touches only its own row's sources, where with_row parses, sorts and
    writes back every source merged so far: a fact stated by n documents costs O(n) here, O(n²)
    folded (the bulk load of 1,000 meetings spent 1,188 s of 1,277 s in that fold). The rows
    must carry the same columns, as GraphBatch.edge_rows's do (every edge property)."""

    def __init__(self) -> None:
        self._base: dict = {}
        self._entries: dict = {}        # document -> its source entries, in their order
        self._pairs: dict[str, str] = {}

    def add(self, new: dict) -> None:
        """The document(s) of `new` state the fact: their earlier sources are replaced."""
        self._base.update(new)          # sources and documents are rebuilt by row()
        for document in new.get("docs") or []:
            self._entries[document] = []
        for entry in _entries(new):
            self._entries.setdefault(entry.get("document"), []).append(entry)
        self._pairs.update(_pairs(new))

    def row(self) -> dict | None:
        """The merged fact-edge row (as with_row leaves it); None before any add."""
        entries = [e for part in self._entries.values() for e in part]
        return _rebuild(self._base, entries, self._pairs)


def document_view(sources, document: str) -> dict | None:
    """What `document` itself says of a fact edge, from the edge's `sources` (the JSON text or
    the parsed list): its first source entry {document, edge, quote, start, end, section,
    paragraph, page?, rule, confidence, review_status, review_reason}; None when the edge is
    not a fact edge (its sources name no per-document `edge`) or `document` does not state it."""
    if isinstance(sources, str):
        sources = json.loads(sources or "[]")
    mine = [e for e in sources or [] if e.get("document") == document and "edge" in e]
    return min(mine, key=_order) if mine else None
