"""GraphBatch: the seam between loaders and stores.

A loader turns a document into one GraphBatch (nodes, edges, provenance); every store takes a
batch and nothing else. Keeping this a plain value (no engine, no I/O) is what lets the loader be
tested on a paragraph and the stores be tested on a hand-written batch.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field, replace

from graph.errors import UserError
from graph.ontology import Ontology, load_ontology

CURATED_DOC = "reference"   # the document id of the reference layer (loaders.reference)


def passage_id(document: str, paragraph: int) -> str:
    return f"passage:{document}:{paragraph}"


class BatchError(UserError, ValueError):
    """A batch breaks the ontology or its own references."""


# a line break with the blanks around it, inside a node's name (loaders read names off wrapped lines)
LINE_BREAK = re.compile(r"(?:[ \t]*(?:\r\n|\r|\n)[ \t]*)+")

@dataclass(frozen=True, order=True)
class Source:
    """Where a fact comes from: a character span of a document and the exact text it covers,
    and the 1-based page it starts on (None when the document's format has no pages)."""

    document: str
    section: str
    paragraph: int
    start: int
    end: int
    quote: str
    page: int | None = None

    def as_dict(self) -> dict:
        out = {"document": self.document, "section": self.section, "paragraph": self.paragraph,
               "start": self.start, "end": self.end, "quote": self.quote}
        if self.page is not None:
            out["page"] = self.page
        return out


@dataclass
class Node:
    id: str
    kind: str
    name: str
    properties: dict = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)


@dataclass
class Edge:
    type: str
    source: str
    target: str
    properties: dict = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)

    @property
    def doc(self) -> str | None:
        return self.properties.get("doc")

    @property
    def id(self) -> str:
        """The per-document key of this edge: a hash of type, ends, `doc`, role and
        on-behalf-of (20 hex characters). Review decisions are keyed by it."""
        key = "|".join([self.type, self.source, self.target, str(self.doc),
                        str(self.properties.get("role") or ""),
                        str(self.properties.get("on_behalf_of") or "")])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

    @property
    def fact_id(self) -> str:
        """The stored id of the edge when it links two shared entities (a fact edge, one for
        every document stating it: graph/facts.py): a hash of type, ends, role and
        on-behalf-of, without the document (20 hex characters, never equal to an `id`)."""
        key = "|".join(["fact", self.type, self.source, self.target,
                        str(self.properties.get("role") or ""),
                        str(self.properties.get("on_behalf_of") or "")])
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


# How a fact was found, where the extractor did not say: what the batch itself knows.
LEXICAL_RULES = {"IN_DOCUMENT": "structure", "MENTIONS": "mention"}


def found_by(edge: Edge) -> dict:
    """Default `rule` and `review_status` of an edge: curated facts are "curated"; the lexical
    graph names its step; any other fact is "extractor" (its rule unrecorded) and "extracted"."""
    if edge.properties.get("curated"):
        return {"rule": "curated", "review_status": "curated"}
    return {"rule": LEXICAL_RULES.get(edge.type, "extractor"), "review_status": "extracted"}


def _flatten(sources: list[Source]) -> dict:
    """The stored provenance: all sources as JSON, the first one spread into columns for queries."""
    if not sources:
        return {"sources": "[]"}
    ordered = sorted(set(sources))
    first = ordered[0]
    out = {"sources": json.dumps([s.as_dict() for s in ordered], ensure_ascii=False),
           "quote": first.quote, "section": first.section, "paragraph": first.paragraph,
           "char_start": first.start, "char_end": first.end}
    if first.page is not None:
        out["page"] = first.page
    return out


@dataclass
class GraphBatch:
    """Everything one document contributes. `document` is the id the store replaces on reload."""

    document: str
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)
    # id(a sources list) -> (the list, a set of its sources, its length then): a node named a
    # thousand times is not re-read a thousand times to drop repeated sources
    _source_sets: dict = field(default_factory=dict, repr=False, compare=False)

    def _add_sources(self, have: list, sources) -> None:
        """Append to `have` each of `sources` it does not hold yet, in order."""
        if not isinstance(sources, (list, tuple)):
            sources = list(sources)
        if len(have) + len(sources) < 16:
            for s in sources:
                if s not in have:
                    have.append(s)
            return
        cached = self._source_sets.get(id(have))
        if cached is None or cached[0] is not have or cached[2] != len(have):
            cached = (have, set(have), len(have))
        seen = cached[1]
        for s in sources:
            if s not in seen:
                seen.add(s)
                have.append(s)
        self._source_sets[id(have)] = (have, seen, len(have))

    def add_node(self, node_id: str, kind: str, name: str, sources=(), **props) -> Node:
        """Add a node, or merge sources and fill missing properties of one already added.

        A name read off a hard-wrapped line ("White\nHouse") is shown on one line: a line break
        in `name`, with the blanks around it, becomes one space; every other character stays as
        given (the quote in `sources` keeps the text as it is)."""
        node = self.nodes.get(node_id)
        if node is None:
            if isinstance(name, str) and kind not in ("Passage", "Document"):
                name = LINE_BREAK.sub(" ", name)
            node = self.nodes[node_id] = Node(node_id, kind, name, {})
        elif node.kind != kind:
            raise BatchError(f"{node_id}: added as {node.kind} and as {kind}")
        for k, v in props.items():
            if v is not None and node.properties.get(k) in (None, "", []):
                node.properties[k] = v
        self._add_sources(node.sources, sources)
        return node

    def add_edge(self, etype: str, source: str, target: str, sources=(), **props) -> Edge:
        """Add an edge, or merge sources into an equal one (same type, ends, doc and role)."""
        props.setdefault("doc", self.document)
        edge = Edge(etype, source, target, {k: v for k, v in props.items() if v is not None})
        existing = self.edges.get(edge.id)
        if existing is None:
            self.edges[edge.id] = existing = edge
        self._add_sources(existing.sources, sources)
        return existing

    def set_pages(self, page_at) -> None:
        """Give every source of this batch's document its page: page_at(offset) -> 1-based page."""
        def paged(sources):
            return [replace(s, page=page_at(s.start)) if s.document == self.document
                    and s.page is None else s for s in sources]
        for n in self.nodes.values():
            n.sources = paged(n.sources)
        for e in self.edges.values():
            e.sources = paged(e.sources)

    def merge(self, other: "GraphBatch") -> None:
        for n in other.nodes.values():
            self.add_node(n.id, n.kind, n.name, n.sources, **n.properties)
        for e in other.edges.values():
            self.add_edge(e.type, e.source, e.target, e.sources, **e.properties)

    # -- what the stores consume -------------------------------------------------------------
    def is_local(self, node: Node) -> bool:
        """Whether `node` belongs to this document alone (its Document node, or `doc` is it)."""
        return node.id == self.document or node.properties.get("doc") == self.document

    def load_record(self, kinds: dict[str, str]) -> str:
        """What a load of this batch writes that the next load of the document must remove, as
        JSON stored on its Document node (`load_record`), so a reload finds it by primary key
        instead of scanning the store for `doc`:

        {"nodes": [[kind, id], ...]           the document's own nodes (deleted with their edges),
         "edges": [[type, kind, src, kind, dst, fact_id], ...]   its edges between two nodes
                                               it does not own (shared entities): fact edges,
                                               from which a reload removes its sources one by
                                               one (graph/facts.py; a record written before
                                               fact edges has no fact_id: a per-document edge),
         "shared": [[kind, id], ...]}         shared nodes at an end of any of its edges (deleted
                                               when no edge is left on them)

        Sorted, so the same batch gives the same text. `kinds` resolves ends stored outside
        the batch (GraphBatch.validate).
        """
        local = {n.id for n in self.nodes.values() if self.is_local(n)}
        edges, shared = set(), set()
        for e in list(self.edges.values()) + self.derived_mentions():
            if e.doc != self.document:
                continue                # curated edges are merged, never removed with a document
            for end in (e.source, e.target):
                if end not in local:
                    shared.add((kinds[end], end))
            if e.source not in local and e.target not in local:
                key = (e.type, kinds[e.source], e.source, kinds[e.target], e.target)
                edges.add(key + (e.fact_id,) if self.is_fact(e) else key)
        record = {"nodes": sorted([self.nodes[i].kind, i] for i in local),
                  "edges": sorted(list(x) for x in edges),
                  "shared": sorted(list(x) for x in shared)}
        return json.dumps(record, ensure_ascii=False, sort_keys=True)

    def node_rows(self, kinds: dict[str, str] | None = None) -> dict[str, list[dict]]:
        """Rows per kind, every column of the ontology present (None where unknown). With
        `kinds` (node id -> kind, as GraphBatch.validate returns), the Document node's row
        carries the batch's load_record."""
        onto = load_ontology()
        rows: dict[str, list[dict]] = {}
        record = self.load_record(kinds) if kinds is not None else None
        for n in self.nodes.values():
            row = dict.fromkeys(onto.node_properties)
            row.update(n.properties)
            if n.properties.get("doc"):
                row.update(_flatten(n.sources))
            else:
                # A shared entity outlives any one document: its textual provenance lives in the
                # MENTIONS edges of each document (see edge_rows), which a reload replaces.
                row["sources"] = "[]"
            row["id"], row["name"], row["kind"] = n.id, n.name, n.kind
            if n.id == self.document and n.kind == "Document":
                row["load_record"] = record
            rows.setdefault(n.kind, []).append(row)
        return rows

    def is_fact(self, edge: Edge) -> bool:
        """Whether `edge` is stored as a fact edge (graph/facts.py): stated by this document
        (not the curated reference layer, whose edges are merged as they are) between two
        nodes it does not own."""
        return (edge.doc == self.document and self.document != CURATED_DOC
                and not edge.properties.get("curated") and not self.is_local_id(edge.source)
                and not self.is_local_id(edge.target))

    def is_local_id(self, node_id: str) -> bool:
        """Whether the node `node_id` belongs to this document alone (is_local); an id not in
        the batch is a shared entity stored before."""
        node = self.nodes.get(node_id)
        return node is not None and self.is_local(node)

    def edge_rows(self, kinds: dict[str, str]) -> dict[tuple[str, str, str], list[dict]]:
        """Rows per (type, source kind, target kind), so each MERGE can anchor on labels. An
        edge between shared entities gives a fact-edge row (graph.facts.as_fact_row: id
        `Edge.fact_id`, `docs`, `doc_edge_ids`); a store merges it into the stored one."""
        from graph.facts import as_fact_row
        onto = load_ontology()
        rows: dict[tuple[str, str, str], list[dict]] = {}
        for e in list(self.edges.values()) + self.derived_mentions():
            row = dict.fromkeys(onto.edge_properties)
            row.update(e.properties)
            row.update(_flatten(e.sources))
            row.update(id=e.id, type=e.type, src=e.source, dst=e.target)
            for k, v in found_by(e).items():
                row[k] = v if row.get(k) is None else row[k]
            if self.is_fact(e):
                row = as_fact_row(row, e.fact_id, self.document)
            key = (e.type, kinds[e.source], kinds[e.target])
            rows.setdefault(key, []).append(row)
        return rows

    def derived_mentions(self) -> list[Edge]:
        """MENTIONS edges carrying the document sources of shared entities.

        By convention the passage holding paragraph P of document D has id `passage:D:P`.
        """
        out: dict[str, Edge] = {}
        for n in self.nodes.values():
            if n.properties.get("doc"):
                continue
            for s in n.sources:
                pid = passage_id(s.document, s.paragraph)
                if pid not in self.nodes:
                    continue
                e = Edge("MENTIONS", pid, n.id, {"doc": self.document})
                if e.id in self.edges:
                    continue
                e = out.setdefault(e.id, e)
                if s not in e.sources:
                    e.sources.append(s)
        return list(out.values())

    def validate(self, ontology: Ontology | None = None, known_kinds: dict[str, str] | None = None
                 ) -> dict[str, str]:
        """Check the batch against the ontology; return node id -> kind for the stores.

        `known_kinds` resolves edge ends that live outside this batch (shared entities already
        stored); an edge to a node that is in neither is an error, not a dangling edge.
        """
        onto = ontology or load_ontology()
        kinds = dict(known_kinds or {})
        for n in self.nodes.values():
            props = {**n.properties, "id": n.id, "name": n.name}
            problem = onto.check_node(n.kind, props)
            if problem:
                raise BatchError(f"{self.document}: {problem}")
            kinds[n.id] = n.kind
        for e in list(self.edges.values()) + self.derived_mentions():
            for end in (e.source, e.target):
                if end not in kinds:
                    raise BatchError(f"{self.document}: {e.type} {e.source}->{e.target}: "
                                     f"unknown node {end!r}")
            problem = onto.check_edge(e.type, kinds[e.source], kinds[e.target], e.properties)
            if problem:
                raise BatchError(f"{self.document}: {problem} ({e.source}->{e.target})")
        return kinds

    def counts(self) -> tuple[int, int]:
        return len(self.nodes), len(self.edges)


# A store writes a document's rows in statements of at most this many rows and (roughly) this
# many characters of text, so no statement and, on Neo4j, no transaction grows with the document.
CHUNK_ROWS = 2000
CHUNK_CHARS = 4_000_000


def row_chars(row: dict) -> int:
    """Characters of text a row carries (its str values and the str items of its lists)."""
    size = 0
    for v in row.values():
        if isinstance(v, str):
            size += len(v)
        elif isinstance(v, list):
            size += sum(len(x) for x in v if isinstance(x, str))
    return size


def fits_one_chunk(groups, max_rows: int = CHUNK_ROWS, max_chars: int = CHUNK_CHARS) -> bool:
    """Whether all the rows of `groups` (an iterable of row lists, e.g. a batch's node rows and
    edge rows) together hold at most `max_rows` rows and `max_chars` characters of text: then a
    store may write them as one chunk (on Neo4j: one transaction)."""
    rows = chars = 0
    for group in groups:
        rows += len(group)
        if rows > max_rows:
            return False
        chars += sum(row_chars(r) for r in group)
        if chars > max_chars:
            return False
    return True


def row_chunks(rows: list[dict], max_rows: int = CHUNK_ROWS,
               max_chars: int = CHUNK_CHARS) -> list[list[dict]]:
    """`rows` cut into consecutive slices of at most `max_rows` rows whose text values (str, and
    str items of lists) add up to at most `max_chars` characters; a single row larger than that
    is a slice of its own. Order is kept; an empty list gives no slice. ValueError when a limit
    is below 1."""
    if max_rows < 1 or max_chars < 1:
        raise ValueError("row_chunks: limits must be at least 1")
    out: list[list[dict]] = []
    part: list[dict] = []
    chars = 0
    for row in rows:
        size = row_chars(row)
        if part and (len(part) >= max_rows or chars + size > max_chars):
            out.append(part)
            part, chars = [], 0
        part.append(row)
        chars += size
    if part:
        out.append(part)
    return out
