"""Review decisions applied to what the extractor found: accept, reject, correct and add facts.

An analyst's decision is keyed by the stable id of the fact it is about (`Edge.id`: a hash of
type, ends, document, role and on-behalf-of, never of insertion order), so a document extracted
again yields the same ids and each decision applies again. A decision also keeps a snapshot of
its fact (type, ends, role, quote), which is what lets it be listed, exported, checked on import
and reported when its fact is gone.

Everything here is a pure function: decisions and a GraphBatch (or a query result) in, the batch
changed and one line per decision that no longer applies out. This module must not read files,
talk to a store, or drop a decision it cannot apply without saying so.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from graph.errors import UserError
from graph.batch import Edge, GraphBatch, Source
from graph.ontology import Ontology, load_ontology
from graph.store import QueryResult

ACTIONS = ("accept", "reject", "correct", "add")
# review_status of an edge in the graph; rejected facts are not in the graph at all.
STATUSES = ("extracted", "accepted", "corrected", "added", "curated")
# Facts a person has checked: the analyst's own decisions, and the gazetteer's curated facts
# (written by hand, each with its reference).
REVIEWED = ("accepted", "corrected", "added", "curated")
# The lexical graph (passages in documents, passages naming entities) is provenance, not a claim:
# it is never listed for review and never filtered out as "unreviewed".
LEXICAL = ("IN_DOCUMENT", "MENTIONS")
ANALYST_RULE = "analyst"
CORRECTABLE = ("source", "target", "role", "date")
# Corrections and additions make the facts that accept and reject decisions may then be about.
_ORDER = {"correct": 0, "add": 1, "reject": 2, "accept": 3}
_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class ReviewError(UserError, ValueError):
    """A decision is malformed or cannot be made; the message is one line."""


def fact_id(etype: str, source: str, target: str, document: str, role: str | None = None,
            on_behalf_of: str | None = None) -> str:
    """The stable id of a fact: the id GraphBatch gives the same edge (see `Edge.id`)."""
    props = {"doc": document, "role": role, "on_behalf_of": on_behalf_of}
    return Edge(etype, source, target, {k: v for k, v in props.items() if v}).id


@dataclass
class Decision:
    """What an analyst decided about one fact.

    `id` is the fact's id (for `add`, the id of the fact added); `type`, `source`, `target`,
    `role` and `on_behalf_of` are the fact as it was when decided, `quote` and `start` its first
    source (for `add`, the span the analyst selected; `start` picks among repeated quotes).
    `changes` (correct only) maps source/target/role/date to the new value.
    """

    id: str
    action: str
    document: str
    type: str
    source: str
    target: str
    role: str | None = None
    on_behalf_of: str | None = None
    quote: str = ""
    start: int | None = None
    reason: str = ""
    changes: dict = field(default_factory=dict)
    by: str = ""
    at: str = ""

    def as_dict(self) -> dict:
        return {"id": self.id, "action": self.action, "document": self.document,
                "type": self.type, "source": self.source, "target": self.target,
                "role": self.role, "on_behalf_of": self.on_behalf_of, "quote": self.quote,
                "start": self.start, "reason": self.reason, "changes": dict(sorted(self.changes.items())),
                "by": self.by, "at": self.at}

    def describe(self) -> str:
        return f"{self.action} {self.type} {self.source} -> {self.target} ({self.document})"

    @classmethod
    def from_dict(cls, raw, where: str = "decision") -> "Decision":
        """Check and build a decision; ReviewError(`where: what is wrong`) otherwise."""
        if not isinstance(raw, dict):
            raise ReviewError(f"{where}: a decision is an object, not {type(raw).__name__}")
        unknown = set(raw) - set(cls.__dataclass_fields__)
        if unknown:
            raise ReviewError(f"{where}: unknown keys {sorted(unknown)}")
        for key in ("id", "action", "document", "type", "source", "target"):
            if not isinstance(raw.get(key), str) or not raw[key]:
                raise ReviewError(f"{where}: {key!r} must be a non-empty string")
        for key in ("role", "on_behalf_of"):
            if raw.get(key) is not None and not isinstance(raw[key], str):
                raise ReviewError(f"{where}: {key!r} must be a string or null")
        for key in ("quote", "reason", "by", "at"):
            if not isinstance(raw.get(key, ""), str):
                raise ReviewError(f"{where}: {key!r} must be a string")
        start = raw.get("start")
        if start is not None and (not isinstance(start, int) or isinstance(start, bool) or start < 0):
            raise ReviewError(f"{where}: 'start' must be a character offset (an integer >= 0)")
        changes = raw.get("changes") or {}
        if not isinstance(changes, dict) or set(changes) - set(CORRECTABLE) \
                or not all(isinstance(v, str) for v in changes.values()):
            raise ReviewError(f"{where}: 'changes' maps {', '.join(CORRECTABLE)} to strings")
        d = cls(**{**raw, "changes": dict(changes), "role": raw.get("role") or None,
                   "on_behalf_of": raw.get("on_behalf_of") or None})
        if d.action not in ACTIONS:
            raise ReviewError(f"{where}: unknown action {d.action!r} (use {', '.join(ACTIONS)})")
        if d.action == "add" and not d.quote:
            raise ReviewError(f"{where}: an added fact needs the quote that states it")
        if d.action == "correct" and not d.changes:
            raise ReviewError(f"{where}: a correction must change {', '.join(CORRECTABLE)}")
        if "date" in d.changes and parse_date(d.changes["date"]) is None:
            raise ReviewError(f"{where}: date {d.changes['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        expected = fact_id(d.type, d.source, d.target, d.document, d.role, d.on_behalf_of)
        if d.id != expected:
            raise ReviewError(f"{where}: id {d.id!r} is not the id of {d.type} {d.source} -> "
                              f"{d.target} in {d.document} ({expected})")
        return d


def decision_for(edge: Edge, action: str, **extra) -> Decision:
    """A decision about an edge of a batch (its snapshot taken from the edge)."""
    first = sorted(edge.sources)[0] if edge.sources else None
    return Decision(edge.id, action, edge.doc or "", edge.type, edge.source, edge.target,
                    edge.properties.get("role"), edge.properties.get("on_behalf_of"),
                    first.quote if first else "", first.start if first else None, **extra)


def record(decisions: dict[str, Decision], new: Decision) -> dict[str, Decision]:
    """The decisions after `new`: one per fact id, the latest wins, except that rejecting a fact
    the analyst added withdraws the addition, and accepting it changes nothing."""
    out = dict(decisions)
    old = out.get(new.id)
    if old is not None and old.action == "add":
        if new.action == "reject":
            del out[new.id]
            return out
        if new.action == "accept":
            return out
    out[new.id] = new
    return out


def parse_date(value: str) -> tuple[str, str, str, str] | None:
    """ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD` -> (node id, first day, last day, precision)."""
    m = _ISO.match(value.strip())
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    try:
        if d:
            day = dt.date(int(y), int(mo), int(d))
            return f"date:{day.isoformat()}", day.isoformat(), day.isoformat(), "day"
        if mo:
            first = dt.date(int(y), int(mo), 1)
            nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            last = nxt - dt.timedelta(days=1)
            return f"date:{y}-{mo}", first.isoformat(), last.isoformat(), "month"
        return f"date:{y}", f"{y}-01-01", f"{y}-12-31", "year"
    except ValueError:
        return None


# -- applying decisions to a batch ---------------------------------------------------------------
def apply(batch: GraphBatch, decisions, ontology: Ontology | None = None) -> list[str]:
    """Apply the decisions about `batch.document` to the batch, in place.

    Returns one line per decision that no longer applies (its fact is not extracted any more, its
    quote is gone from the text, an end is not a node of the document, the ontology refuses the
    result); that decision is left as it is, to apply again when it can.
    """
    onto = ontology or load_ontology()
    mine = sorted((d for d in decisions if d.document == batch.document),
                  key=lambda d: (_ORDER[d.action], d.id))
    problems = []
    for d in mine:
        problem = _APPLY[d.action](batch, d, onto)
        if problem:
            problems.append(f"{d.id}: {d.describe()}: {problem}")
    return problems


def _reviewable(batch: GraphBatch, d: Decision) -> tuple[Edge | None, str | None]:
    edge = batch.edges.get(d.id)
    if edge is None:
        return None, "the fact is no longer extracted from the document"
    if edge.doc != batch.document or edge.type in LEXICAL:
        return None, "not a fact of the document (curated or lexical)"
    return edge, None


def _accept(batch: GraphBatch, d: Decision, onto: Ontology) -> str | None:
    edge, problem = _reviewable(batch, d)
    if edge is None:
        return problem
    if edge.properties.get("review_status") not in ("corrected", "added"):
        edge.properties["review_status"] = "accepted"
    if d.reason:
        edge.properties["review_reason"] = d.reason
    return None


def _reject(batch: GraphBatch, d: Decision, onto: Ontology) -> str | None:
    edge, problem = _reviewable(batch, d)
    if edge is None:
        return problem
    del batch.edges[d.id]
    return None


def _check(batch: GraphBatch, etype: str, source: str, target: str, props: dict,
           onto: Ontology) -> str | None:
    for end in (source, target):
        node = batch.nodes.get(end)
        if node is None:
            return f"{end!r} is not named in the document"
    return onto.check_edge(etype, batch.nodes[source].kind, batch.nodes[target].kind, props)


def _correct(batch: GraphBatch, d: Decision, onto: Ontology) -> str | None:
    edge, problem = _reviewable(batch, d)
    if edge is None:
        return problem
    source = d.changes.get("source", edge.source)
    target = d.changes.get("target", edge.target)
    props = {k: v for k, v in edge.properties.items() if k not in ("doc",)}
    if "role" in d.changes:
        props["role"] = d.changes["role"] or None
    if "date" in d.changes:
        node_id, first, last, precision = parse_date(d.changes["date"])
        end = "target" if batch.nodes.get(target, None) and batch.nodes[target].kind == "Date" \
            else "source" if batch.nodes.get(source) and batch.nodes[source].kind == "Date" else None
        if end is None:
            return "the fact has no date to correct"
        created = node_id not in batch.nodes
        if created:
            batch.add_node(node_id, "Date", node_id.split(":", 1)[1], date=first, date_end=last,
                           precision=precision)
        source, target = (source, node_id) if end == "target" else (node_id, target)
    else:
        created, node_id = False, None
    props.update(review_status="corrected", review_reason=d.reason or None)
    problem = _check(batch, edge.type, source, target,
                     {k: v for k, v in props.items() if v is not None}, onto)
    if problem:
        if created:
            del batch.nodes[node_id]
        return problem
    del batch.edges[d.id]
    new = batch.add_edge(edge.type, source, target, edge.sources, **props)
    new.properties["review_status"] = "corrected"
    return None


def locate(text: str, quote: str, hint: int | None = None) -> int | None:
    """Where `quote` is in `text`: at `hint` if it is there, else the occurrence nearest to it."""
    if not quote:
        return None
    if hint is not None and text[hint:hint + len(quote)] == quote:
        return hint
    found = [m.start() for m in re.finditer(re.escape(quote), text)]
    if not found:
        return None
    return min(found, key=lambda p: abs(p - (hint or 0)))


def passage_source(batch: GraphBatch, start: int, end: int) -> Source | None:
    """The source of text[start:end] in the narrowest passage of the batch that holds it."""
    text = batch.nodes[batch.document].properties.get("text") or ""
    best = None
    for n in batch.nodes.values():
        p = n.properties
        if n.kind == "Passage" and p.get("doc") == batch.document \
                and p["char_start"] <= start and end <= p["char_end"]:
            if best is None or p["char_end"] - p["char_start"] < \
                    best.properties["char_end"] - best.properties["char_start"]:
                best = n
    if best is None:
        return None
    return Source(batch.document, str(best.properties.get("section") or ""),
                  int(best.properties["paragraph"]), start, end, text[start:end])


def _add(batch: GraphBatch, d: Decision, onto: Ontology) -> str | None:
    doc = batch.nodes.get(batch.document)
    text = (doc.properties.get("text") if doc else None) or ""
    start = locate(text, d.quote, d.start)
    if start is None:
        return "the quote is no longer in the document"
    src = passage_source(batch, start, start + len(d.quote))
    if src is None:
        return "the quote does not lie within one passage of the document"
    props = {"role": d.role, "on_behalf_of": d.on_behalf_of, "rule": ANALYST_RULE,
             "review_status": "added", "review_reason": d.reason or None}
    problem = _check(batch, d.type, d.source, d.target,
                     {k: v for k, v in props.items() if v is not None}, onto)
    if problem:
        return problem
    edge = batch.add_edge(d.type, d.source, d.target, [src], **props)
    edge.properties.update(review_status="added")
    return None


_APPLY = {"accept": _accept, "reject": _reject, "correct": _correct, "add": _add}


# -- reviewed facts in query results -------------------------------------------------------------
def is_reviewed(edge: dict) -> bool:
    """True for an edge (engine-neutral shape) a person has checked, and for the lexical graph."""
    status = (edge.get("properties") or {}).get("review_status")
    return edge.get("type") in LEXICAL or status in REVIEWED


def _edges_in(value) -> list[dict]:
    if isinstance(value, dict):
        if "type" in value and "source" in value and "target" in value and "properties" in value:
            return [value]
        return [e for v in value.values() for e in _edges_in(v)]
    if isinstance(value, list):
        return [e for v in value for e in _edges_in(v)]
    return []


def only_reviewed(result: QueryResult) -> QueryResult:
    """The result without unreviewed facts: rows holding one are dropped, and so are the edges
    themselves; nodes stay (an entity is not a claim)."""
    rows = [r for r in result.rows if all(is_reviewed(e) for e in _edges_in(r))]
    edges = {k: e for k, e in result.edges.items() if is_reviewed(e)}
    return QueryResult(list(result.columns), rows, dict(result.nodes), edges, result.truncated)
