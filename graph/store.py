"""The graph-store contract: what every engine offers, and results normalised the same way.

Queries, the app, the CLI and the benchmarks talk to a GraphStore and never to an engine, so a new
engine is one new module. Rows and graph elements come back as plain Python values shaped the
same whatever the engine (node: id, kind, name, properties; edge: id, type, source, target,
properties), which is what lets one test compare both engines answer for answer.

The contract's reads (stats, documents, a stored hash, the kinds of stored nodes) are saved
queries (queries/node_counts, edge_counts, queries/store/): this module holds no Cypher text. The
writes are each engine's own (graph/embedded_store.py, graph/neo4j_store.py).
"""
from __future__ import annotations

import abc
import contextlib
import json
from dataclasses import dataclass, field

from graph.errors import UserError
from graph.batch import CHUNK_CHARS, CHUNK_ROWS, GraphBatch, row_chunks
from graph.ontology import load_ontology
from graph.readonly import ReadOnlyError, check_read_only

DEFAULT_TIMEOUT_S = 10.0
DEFAULT_MAX_ROWS = 5000

__all__ = ["GraphStore", "QueryResult", "LoadReport", "StoreError", "ReadOnlyError",
           "QueryTimeout", "QueryMemoryError", "normal_node", "normal_edge"]


class StoreError(UserError, RuntimeError):
    """The engine could not be reached or refused the work; the message says what to do."""


class TransactionMemoryError(StoreError):
    """A write transaction passed the server's transaction memory limit
    (`db.memory.transaction.max`): the transaction was rolled back and wrote nothing, so the
    same work in smaller transactions may succeed."""


class QueryMemoryError(StoreError):
    """A query needed more memory than a query may use and was stopped. The engine's read handle
    may not get that memory back (LadybugDB's buffer pool stayed full for every later query of
    the process), so the embedded store replaces its read worker before the next query."""


class QueryTimeout(StoreError):
    """A query ran past its time limit and was stopped."""


@dataclass
class QueryResult:
    columns: list[str]
    rows: list[list]
    nodes: dict[str, dict] = field(default_factory=dict)
    edges: dict[str, dict] = field(default_factory=dict)
    truncated: bool = False

    def records(self) -> list[dict]:
        return [dict(zip(self.columns, r)) for r in self.rows]


@dataclass
class LoadReport:
    """What one `GraphStore.load` did: the document's id, the nodes and edges of its batch,
    `unchanged` when the stored copy had the same sha256 and nothing was written, `replaced`
    when a copy with other content (an edited file, or another file of the same name) was
    stored before and is now replaced."""
    document: str
    nodes: int
    edges: int
    unchanged: bool = False
    replaced: bool = False


def normal_node(node_id: str, kind: str, props: dict) -> dict:
    """One node shape for both engines: nulls dropped, provenance decoded, and a Document's
    `load_record` (the store's own bookkeeping of what a load wrote, not a fact) left out."""
    properties = {k: v for k, v in props.items()
                  if v is not None and k not in ("id", "name", "kind", "load_record")}
    if isinstance(properties.get("sources"), str):
        properties["sources"] = json.loads(properties["sources"])
    return {"id": node_id, "kind": kind, "name": props.get("name"), "properties": properties}


def normal_edge(etype: str, props: dict) -> dict:
    properties = {k: v for k, v in props.items()
                  if v is not None and k not in ("id", "type", "src", "dst")}
    if isinstance(properties.get("sources"), str):
        properties["sources"] = json.loads(properties["sources"])
    return {"id": props.get("id"), "type": etype, "source": props.get("src"),
            "target": props.get("dst"), "properties": properties}


def split_by_owner(rows: list[dict], document: str) -> list[tuple[str, list[dict]]]:
    """CREATE for the document's own edges, MERGE for the rest.

    A load deletes the document's edges before writing, so its own edges are new by construction
    and CREATE skips MERGE's search (which scans the adjacency of a hub such as Chile, growing with
    the corpus). Curated edges (doc "reference") are shared by every document: MERGE keeps one.
    Fact edges (rows with `docs`, graph/facts.py) are in neither: a store merges them with the
    stored sources of the other documents.
    """
    rows = [r for r in rows if r.get("docs") is None]
    own = [r for r in rows if r.get("doc") == document]
    shared = [r for r in rows if r.get("doc") != document]
    return [(verb, part) for verb, part in (("CREATE", own), ("MERGE", shared)) if part]


class GraphStore(abc.ABC):
    """One graph database holding any number of documents."""

    engine: str = ""
    # The most rows and characters of text one write statement (on Neo4j: one transaction)
    # carries; see graph.batch.row_chunks. Instance attributes may lower them.
    chunk_rows: int = CHUNK_ROWS
    chunk_chars: int = CHUNK_CHARS

    # -- the contract ------------------------------------------------------------------------
    @abc.abstractmethod
    def describe(self) -> str:
        """Where the data lives, for people (never includes a password)."""

    @abc.abstractmethod
    def ensure_schema(self) -> None:
        """Create the tables/constraints the ontology declares; harmless when they exist."""

    def load(self, batch: GraphBatch, *, replace: bool = True) -> LoadReport:
        """Store a document's batch atomically, replacing what that document said before.

        Idempotent: the same batch twice leaves the same graph. Shared entities (no `doc`) are
        merged on their id; document-local nodes and all edges of the document are replaced, so
        an edited document leaves no stale facts. Either all of it is stored or none of it.
        """
        self.ensure_schema()
        sha = batch.nodes.get(batch.document)
        stored = self.document_hash(batch.document)
        if not replace and sha is not None and stored == sha.properties.get("sha256"):
            return LoadReport(batch.document, *batch.counts(), unchanged=True)
        known = self.kinds_of(self._outside_ends(batch))
        kinds = batch.validate(load_ontology(), known)
        self._write_batch(batch, kinds)
        replaced = stored is not None and (sha is None or stored != sha.properties.get("sha256"))
        return LoadReport(batch.document, *batch.counts(), replaced=replaced)

    @abc.abstractmethod
    def _write_batch(self, batch: GraphBatch, kinds: dict[str, str]) -> None:
        """Delete the document's previous facts and write the batch, atomically for readers: in
        one transaction, or (Neo4j, a batch over one chunk) staged and swapped in."""

    def _chunks(self, rows: list[dict]) -> list[list[dict]]:
        """The slices in which a load writes `rows` (chunk_rows / chunk_chars each at most)."""
        return row_chunks(rows, self.chunk_rows, self.chunk_chars)

    def run(self, query: str, params: dict | None = None, *, read_only: bool = True,
            timeout: float = DEFAULT_TIMEOUT_S, max_rows: int = DEFAULT_MAX_ROWS) -> QueryResult:
        """Run Cypher with bound parameters; read-only unless the caller is the loader itself."""
        if read_only:
            check_read_only(query)
        return self._run(query, dict(params or {}), read_only=read_only, timeout=timeout,
                         max_rows=max_rows)

    @abc.abstractmethod
    def _run(self, query: str, params: dict, *, read_only: bool, timeout: float,
             max_rows: int) -> QueryResult: ...

    @contextlib.contextmanager
    def writing(self):
        """Group several loads (each still atomic on its own) so an engine can share set-up."""
        yield self

    @abc.abstractmethod
    def clear(self) -> None:
        """Remove every node and edge (the schema stays)."""

    def remove_document(self, document: str) -> None:
        self._write_batch(GraphBatch(document), {})

    # -- the store's own reads: saved queries (queries/, queries/store/), never text of this module
    def stats(self) -> dict:
        """Counts of nodes by kind and edges by type (kinds with none are left out), from the
        saved queries `node_counts` and `edge_counts`: {"nodes": {kind: n}, "edges": {type: n}}."""
        from queries.library import load_library
        library = load_library()
        nodes = library["node_counts"].run(self)
        edges = library["edge_counts"].run(self)
        return {"nodes": {k: n for k, n in sorted(nodes.rows) if n},
                "edges": {t: n for t, n in sorted(edges.rows) if n}}

    def documents(self, page: int = DEFAULT_MAX_ROWS) -> list[dict]:
        """Every stored document as {id, title, path, sha256}, by id
        (`queries/store/stored_documents`), read `page` documents at a time after the last id
        read, so no row cap cuts the list however many documents are stored."""
        from queries.library import store_query
        query, out, after = store_query("stored_documents"), [], ""
        while True:
            result = query.run(self, {"after": after}, max_rows=page)
            out += result.records()
            if not result.truncated or not result.rows:
                return out
            after = out[-1]["id"]

    def document_hash(self, document: str) -> str | None:
        """The stored sha256 of `document`, None when it is not stored."""
        rows = self._store_read("document_hash", {"id": document})
        return rows[0][0] if rows else None

    def kinds_of(self, ids: list[str]) -> dict[str, str]:
        """The kind of each stored node among `ids` (used to check edges to shared entities)."""
        if not ids:
            return {}
        rows = self._store_read("kinds_of", {"ids": ids}, max_rows=max(len(ids), DEFAULT_MAX_ROWS))
        return {i: k for i, k in rows}

    def _store_read(self, name: str, params: dict, *, max_rows: int = DEFAULT_MAX_ROWS) -> list:
        """Rows of the read `queries/store/<name>.cypher` that a load asks before it writes.
        An engine may run it another way (Neo4j: outside the gate on loads in progress)."""
        from queries.library import store_query
        return store_query(name).run(self, params, max_rows=max_rows).rows

    def close(self) -> None:
        """Release the engine's resources."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- shared helpers ----------------------------------------------------------------------
    @staticmethod
    def _outside_ends(batch: GraphBatch) -> list[str]:
        ends = {e.source for e in batch.edges.values()} | {e.target for e in batch.edges.values()}
        return sorted(ends - set(batch.nodes))
