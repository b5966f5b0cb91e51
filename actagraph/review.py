"""The review workflow over a store: decide about a fact, see it in the graph at once, list facts.

A document's graph is always its extraction with the review decisions applied, however it got
there: `actagraph load` applies them to each batch before writing it (`prepare`), and a new
decision re-extracts the document from the text the store holds and reloads it through the
store's one atomic load (`reapply`), so a decision and a reload can never disagree. A decision is
written to the review file only once the graph shows it; a decision that cannot apply is refused
with one line, and an older one that no longer applies is reported, never dropped.

Used by the command line and the app; it must not print or render anything.
"""
from __future__ import annotations

import datetime as dt
import json
import getpass
import os

from graph.batch import CURATED_DOC, GraphBatch
from graph.facts import document_view
from graph.review import (LEXICAL, Decision, ReviewError, apply, fact_id, locate, record)
from graph.review_log import ReviewLog, log_path, parse
from graph.store import GraphStore

LIST_STATUSES = ("pending", "accepted", "rejected", "corrected", "added")
_FACT_KEYS = ("id", "type", "source", "source_name", "target", "target_name", "document", "role",
              "on_behalf_of", "quote", "start", "end", "section", "paragraph", "rule",
              "confidence", "review_status", "reason")


def _saved(name: str):
    """The saved query `name` of queries/ (every question asked of a store is one)."""
    from queries.library import load_library
    return load_library()[name]


def open_log(store: GraphStore) -> ReviewLog:
    return ReviewLog(log_path(store))


def reviewer() -> str:
    """Who decides: $ACTAGRAPH_REVIEWER, else the account running the command or the app."""
    try:
        return os.environ.get("ACTAGRAPH_REVIEWER") or getpass.getuser()
    except (KeyError, OSError):
        return ""


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def prepare(batch: GraphBatch, decisions) -> list[str]:
    """Apply the decisions about the batch's document before it is written (see graph.review)."""
    return apply(batch, decisions)


# -- the stored document -----------------------------------------------------------------------
def extract_stored(store: GraphStore, document: str) -> GraphBatch:
    """Extract a stored document again from the text the store holds (the normalised text every
    source offset indexes, so offsets and ids come out as when it was loaded), with what its
    reader found (format, title, date, language, hash, pages) taken from the stored Document and
    its Passages. A Word table's column names are not stored, so rows are read as text."""
    res = _saved("app_review_document").run(store, {"doc": document})
    if not res.rows or not res.rows[0][0]:
        raise ReviewError(f"document {document!r} is not in the graph; load it first")
    text, path, fmt, title, date, language, sha = res.rows[0]
    spans = _saved("app_review_pages").run(store, {"doc": document}).rows
    from loaders.pipeline import extract
    from loaders.reading import ReadDocument
    read = ReadDocument(text=text, format=fmt or "txt", pages=tuple((s, e) for _, s, e in spans),
                        title=title, date=date, language=language, sha256=sha or "",
                        path=path or "")
    return extract(text, document, path or "", read=read)


def reapply(store: GraphStore, document: str, decisions, batch: GraphBatch | None = None
            ) -> list[str]:
    """Rewrite a stored document as its extraction with `decisions` applied; the lines of the
    decisions that do not apply. `batch` is a fresh extraction of it when the caller has one."""
    batch = batch or extract_stored(store, document)
    problems = apply(batch, decisions)
    store.load(batch, replace=True)
    return problems


def _own(problems: list[str], decision: Decision) -> str | None:
    return next((p for p in problems if p.startswith(decision.id + ":")), None)


def _commit(store: GraphStore, log: ReviewLog, decision: Decision,
            batch: GraphBatch | None = None) -> list[str]:
    """Record `decision` once the stored document shows it; ReviewError if it cannot apply."""
    with log.changing() as box:
        after = record(box["decisions"], decision)
        batch = batch or extract_stored(store, decision.document)
        problems = apply(batch, after.values())
        own = _own(problems, decision)
        if own:
            raise ReviewError(own)          # refused before anything is written
        store.load(batch, replace=True)
        box["decisions"] = after
    return problems


# -- decisions -----------------------------------------------------------------------------------
def find_fact(store: GraphStore, fid: str) -> dict | None:
    """A stored fact by id (or unique id prefix): {id, type, source, target, document, role,
    on_behalf_of, quote, start}; None when no edge has it; ReviewError when `fid` is the start
    of several ids."""
    res = _saved("app_review_fact").run(store, {"id": fid})
    rows = res.rows if len(res.rows) == 1 else [r for r in res.rows if r[0] == fid]
    if not rows and len(res.rows) > 1:
        raise ReviewError(f"{fid!r} is the start of several facts' ids; give more of the id")
    if not rows:
        return None
    keys = ("id", "type", "source", "target", "document", "role", "on_behalf_of", "quote", "start")
    fact = dict(zip(keys, rows[0]))
    for doc in _documents_of(rows[0][-1]):      # a fact edge: the document whose id was given
        own = document_view(rows[0][-1], doc)
        if own is not None and own["edge"] == fact["id"]:
            fact.update(document=doc, quote=own.get("quote"), start=own.get("start"))
    return fact


def _documents_of(sources) -> list[str]:
    """The documents named by an edge's `sources` (JSON text or parsed list), in order."""
    if isinstance(sources, str):
        sources = json.loads(sources or "[]")
    out: list[str] = []
    for s in sources or []:
        if s.get("document") not in out:
            out.append(s.get("document"))
    return out


def reviewable_fact(store: GraphStore, log: ReviewLog, fid: str) -> dict:
    """The fact `fid` (an id or a unique prefix) as a decision would name it: {id, type, source,
    target, document, role, on_behalf_of, quote, start}, from the graph or, when a decision took
    it out, from the review file. ReviewError (one line) when no fact has that id, or the fact is
    curated or the text's structure."""
    fact = find_fact(store, fid)
    if fact is None:
        known = log.by_id()
        hits = [d for i, d in known.items() if i.startswith(fid)]
        if len(hits) != 1:
            raise ReviewError(f"no fact with id {fid!r}; see `actagraph review list`")
        d = hits[0]
        return {"id": d.id, "type": d.type, "source": d.source, "target": d.target,
                "document": d.document, "role": d.role, "on_behalf_of": d.on_behalf_of,
                "quote": d.quote, "start": d.start}
    if fact["document"] == CURATED_DOC:
        raise ReviewError(f"{fact['id']}: a curated fact of the reference layer; correct it in data/forums/ or data/world/")
    if fact["type"] in LEXICAL:
        raise ReviewError(f"{fact['id']}: {fact['type']} is the text's structure, not a fact to review")
    return fact


def decide(store: GraphStore, log: ReviewLog, fid: str, action: str, reason: str = "",
           changes: dict | None = None, by: str | None = None) -> tuple[Decision, list[str]]:
    """Accept, reject or correct the fact `fid` (an id or a unique prefix of one).

    Returns the decision recorded and the lines of other decisions of its document that no
    longer apply. ReviewError (one line) when the fact is unknown, curated, or the change
    cannot be made (an end not named in the document, a type the ontology refuses).
    """
    if action not in ("accept", "reject", "correct"):
        raise ReviewError(f"unknown action {action!r}")
    f = reviewable_fact(store, log, fid)
    if action == "correct":
        changes = {k: v for k, v in (changes or {}).items() if v is not None}
        if not changes:
            raise ReviewError("a correction changes --from, --to, --role or --date")
        batch = extract_stored(store, f["document"])
        for key in ("source", "target"):
            if key in changes:
                changes[key] = resolve_entity(batch, changes[key])
    else:
        batch, changes = None, {}
    decision = Decision.from_dict({
        "id": f["id"], "action": action, "document": f["document"], "type": f["type"],
        "source": f["source"], "target": f["target"], "role": f["role"],
        "on_behalf_of": f["on_behalf_of"], "quote": f["quote"] or "", "start": f["start"],
        "reason": reason or "", "changes": changes, "by": reviewer() if by is None else by,
        "at": now()})
    return decision, _commit(store, log, decision, batch)


def resolve_entity(batch: GraphBatch, name: str) -> str:
    """A node of the document by id, else by name, acronym or alias (case-insensitive)."""
    if name in batch.nodes:
        return name
    key = name.strip().casefold()
    hits = sorted(n.id for n in batch.nodes.values()
                  if n.kind not in ("Passage", "Document")
                  and key in {str(x).casefold() for x in [n.name, n.properties.get("acronym"),
                                                          *(n.properties.get("aliases") or [])] if x})
    if len(hits) == 1:
        return hits[0]
    if not hits:
        raise ReviewError(f"{name!r} is not named in document {batch.document}")
    raise ReviewError(f"{name!r} is ambiguous in document {batch.document}: {', '.join(hits)}")


def add_fact(store: GraphStore, log: ReviewLog, document: str, quote: str, etype: str,
             source: str, target: str, role: str | None = None, start: int | None = None,
             reason: str = "", by: str | None = None) -> tuple[Decision, list[str]]:
    """Add a fact to `document`, anchored on `quote` (found in its text; `start` picks one of
    several occurrences). `source`/`target` are ids or names of entities the document names."""
    batch = extract_stored(store, document)
    text = batch.nodes[document].properties.get("text") or ""
    pos = locate(text, quote, start)
    if pos is None:
        raise ReviewError(f"{document}: the quote {quote[:60]!r} is not in the document's text")
    src, dst = resolve_entity(batch, source), resolve_entity(batch, target)
    decision = Decision.from_dict({
        "id": fact_id(etype, src, dst, document, role), "action": "add", "document": document,
        "type": etype, "source": src, "target": dst, "role": role or None, "quote": quote,
        "start": pos, "reason": reason or "", "by": reviewer() if by is None else by,
        "at": now()})
    return decision, _commit(store, log, decision, batch)


def withdraw(store: GraphStore, log: ReviewLog, fid: str) -> list[str]:
    """Forget the decision about `fid`: the fact goes back to what the extractor says."""
    with log.changing() as box:
        d = box["decisions"].get(fid)
        if d is None:
            raise ReviewError(f"no decision about fact {fid!r}")
        after = {k: v for k, v in box["decisions"].items() if k != fid}
        problems = reapply(store, d.document, after.values()) if _stored(store, d.document) else []
        box["decisions"] = after
    return problems


def _stored(store: GraphStore, document: str) -> bool:
    return store.document_hash(document) is not None


def import_text(store: GraphStore, log: ReviewLog, text: str, origin: str) -> tuple[int, list[str]]:
    """Merge a review file into the log and apply it to every stored document it is about.

    The whole file is checked first (ReviewError `origin:place: what`, nothing changed)."""
    incoming = parse(text, origin)
    with log.changing() as box:
        after = {**box["decisions"], **{d.id: d for d in incoming}}
        problems = []
        for doc in sorted({d.document for d in incoming}):
            if _stored(store, doc):
                problems += reapply(store, doc, after.values())
        box["decisions"] = after
    return len(incoming), problems


# -- what to check -------------------------------------------------------------------------------
def facts(store: GraphStore, document: str | None = None) -> list[dict]:
    """The document facts stored (not curated, not the lexical graph), one dict each."""
    res = _saved("app_review_facts").run(store, {"doc": document or ""},
                                         max_rows=1_000_000, timeout=120)
    out = []
    for row in res.rows:
        fact = dict(zip(_FACT_KEYS, row))
        # a fact edge stated by several documents: one row each, carrying only that document's
        # own source entry (its id, span, rule and review status; graph/facts.py)
        source = row[len(_FACT_KEYS)]
        own = document_view(f"[{source}]", fact["document"]) if source else None
        if own is not None:
            fact.update(id=own["edge"], quote=own.get("quote"), start=own.get("start"),
                        end=own.get("end"), section=own.get("section"),
                        paragraph=own.get("paragraph"), rule=own.get("rule"),
                        confidence=own.get("confidence"),
                        review_status=own.get("review_status"), reason=own.get("review_reason"))
        out.append(fact)
    return sorted(out, key=lambda f: f["id"])


def listing(store: GraphStore, log: ReviewLog, document: str | None = None,
            status: str | None = None) -> list[dict]:
    """Facts to check, least certain first: stored facts (status pending, accepted, corrected or
    added) and rejected ones (from the log, since the graph no longer holds them). Each row:
    id, status, type, source, target (+ _name), document, role, quote, start, end, section,
    paragraph, rule, confidence, reason, decided (a decision exists), applied."""
    decisions = {i: d for i, d in log.by_id().items() if document in (None, d.document)}
    rows = []
    stored = set()
    for f in facts(store, document):
        stored.add(f["id"])
        st = f.pop("review_status") or "extracted"
        d = decisions.get(f["id"])
        rows.append({**f, "status": "pending" if st == "extracted" else st,
                     "reason": f["reason"] or (d.reason if d else ""),
                     "decided": d is not None, "applied": True})
    for d in decisions.values():
        if d.action == "correct" or (d.id in stored and d.action != "reject"):
            continue
        state = {"reject": "rejected", "accept": "accepted", "add": "added"}[d.action]
        rows.append({"id": d.id, "status": state, "type": d.type, "source": d.source,
                     "source_name": d.source, "target": d.target, "target_name": d.target,
                     "document": d.document, "role": d.role, "on_behalf_of": d.on_behalf_of,
                     "quote": d.quote, "start": d.start,
                     "end": d.start + len(d.quote) if d.start is not None else None,
                     "section": None, "paragraph": None, "rule": None, "confidence": None,
                     "reason": d.reason, "decided": True,
                     # a rejected fact applies when it is gone; the others when they are there
                     "applied": (d.id not in stored) if d.action == "reject" else False})
    if status:
        rows = [r for r in rows if r["status"] == status]
    rows.sort(key=lambda r: (r["confidence"] is not None, r["confidence"] or 0.0,
                             r["document"] or "", r["start"] if r["start"] is not None else 0,
                             r["type"], r["id"]))
    return rows
