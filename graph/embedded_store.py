"""EmbeddedStore: the default engine, a LadybugDB file on local disk.

LadybugDB allows one read-write opener per file, so this store opens the writer only for the
length of a load or a clear and answers every read through a read-only handle. That keeps the
engine itself refusing writes on the read path, and lets a CLI load run while the app reads. The
read-only handle sees the snapshot from when it opened, so it is reopened when the file changes.
"""
from __future__ import annotations

import os
import re
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import ladybug as lb

from graph.batch import GraphBatch
from graph.ontology import load_ontology
from graph.store import (GraphStore, QueryResult, QueryTimeout, StoreError, normal_edge,
                         normal_node, split_by_owner)

LOAD_CHUNK = 2000
# LadybugDB checkpoints at every commit once its WAL passes a small default size, and a
# checkpoint rewrites in proportion to the whole file: measured, 5.6 s of a 5.7 s load at 100
# documents. With a large threshold a multi-document load checkpoints once, when it closes.
CHECKPOINT_BYTES = 1 << 30
REOPEN_WAIT_S = 30.0   # how long a first read waits for another process's commit


def _cast(var: str, prop: str, typ: str) -> str:
    return f"{var}.{prop} = CAST(row.{prop} AS {typ})"


class EmbeddedStore(GraphStore):
    engine = "embedded"

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self._lock = threading.RLock()
        self._reader: lb.Database | None = None
        self._reader_conn: lb.Connection | None = None
        self._reader_stamp: tuple | None = None
        self._schema_ready = False
        self._held: tuple[lb.Database, lb.Connection] | None = None   # see writing()
        self.reader_options: dict = {}     # extra lb.Database options of the read-only handle
        self._pool = None                  # graph.query_worker.WorkerPool, started on first read

    def describe(self) -> str:
        return f"embedded LadybugDB file {self.path}"

    # -- connections -------------------------------------------------------------------------
    def _stamp(self) -> tuple:
        out = []
        for p in (self.path, Path(str(self.path) + ".wal")):
            try:
                st = p.stat()
                out.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                out.append(None)
        return tuple(out)

    def _open_writer(self) -> tuple[lb.Database, lb.Connection]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            db = lb.Database(str(self.path), checkpoint_threshold=CHECKPOINT_BYTES)
        except RuntimeError as exc:
            raise StoreError(f"{self.path}: cannot open for writing ({exc}); is another "
                             "actagraph process loading into it?") from exc
        return db, lb.Connection(db)

    @contextmanager
    def writing(self):
        """Keep one writer open across several loads (each still its own transaction).

        Closing a LadybugDB file after writing checkpoints it, which was most of the cost of a
        one-document load; a CLI load of many files pays it once. While held, this process's own
        reads go through the writer (the lexical guard still applies), since a read-only opener
        cannot see commits that are not checkpointed yet.
        """
        with self._lock:
            if self._held is not None:
                yield self
                return
            self.ensure_schema()
            self._close_reader()
            self._held = self._open_writer()
        try:
            yield self
        finally:
            with self._lock:
                db, conn = self._held
                self._held = None
                conn.close()
                db.close()

    @contextmanager
    def _writer(self):
        """The held writer, or one opened (and closed, so checkpointed) for this call."""
        if self._held is not None:
            yield self._held[1]
            return
        self._close_reader()
        db, conn = self._open_writer()
        try:
            yield conn
        finally:
            conn.close()
            db.close()

    def _read_conn(self) -> lb.Connection:
        with self._lock:
            if not self.path.exists():
                self.ensure_schema()
            stamp = self._stamp()
            if self._reader_conn is not None and stamp == self._reader_stamp:
                return self._reader_conn
            deadline = time.monotonic() + REOPEN_WAIT_S
            while True:
                try:
                    db = lb.Database(str(self.path), read_only=True, **self.reader_options)
                    break
                except RuntimeError as exc:
                    # Another process is mid-commit or checkpointing. The snapshot we hold is
                    # consistent (the last committed state we saw), so keep answering from it.
                    if self._reader_conn is not None:
                        return self._reader_conn
                    if time.monotonic() > deadline:
                        raise StoreError(f"{self.path}: cannot open ({exc})") from exc
                    time.sleep(0.05)
            self._close_reader()
            self._reader, self._reader_conn = db, lb.Connection(db)
            self._reader_stamp = stamp
            return self._reader_conn

    def _close_reader(self) -> None:
        if self._reader_conn is not None:
            self._reader_conn.close()
        if self._reader is not None:
            self._reader.close()
        self._reader = self._reader_conn = None

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
            self._close_reader()
            if self._held is not None:
                db, conn = self._held
                self._held = None
                conn.close()
                db.close()

    # -- schema ------------------------------------------------------------------------------
    def schema_statements(self) -> list[str]:
        onto = load_ontology()
        cols = ", ".join(f"{p} {t}" for p, t in onto.node_properties.items() if p != "id")
        stmts = [f"CREATE NODE TABLE IF NOT EXISTS {k}(id STRING PRIMARY KEY, {cols})"
                 for k in onto.node_kinds]
        ecols = ", ".join(f"{p} {t}" for p, t in onto.edge_properties.items())
        for name, et in onto.edge_types.items():
            pairs = ", ".join(f"FROM {a} TO {b}" for a, b in et.pairs())
            stmts.append(f"CREATE REL TABLE IF NOT EXISTS {name}({pairs}, {ecols})")
        return stmts

    def ensure_schema(self) -> None:
        with self._lock:
            if self._schema_ready and self.path.exists():
                return
            with self._writer() as conn:
                for stmt in self.schema_statements():
                    conn.execute(stmt)
            self._schema_ready = True

    # -- writes ------------------------------------------------------------------------------
    def _write_batch(self, batch: GraphBatch, kinds: dict[str, str]) -> None:
        onto = load_ontology()
        node_set = ", ".join(_cast("n", p, t) for p, t in onto.node_properties.items() if p != "id")
        edge_set = ", ".join(_cast("r", p, t) for p, t in onto.edge_properties.items() if p != "id")
        with self._lock, self._writer() as conn:
            conn.set_query_timeout(0)          # a load is never cut short by a read's time limit
            conn.execute("BEGIN TRANSACTION")
            try:
                touched = self._delete_document(conn, batch.document)
                for kind, rows in batch.node_rows().items():
                    q = (f"UNWIND $rows AS row MERGE (n:{kind} {{id: row.id}}) SET {node_set}")
                    for i in range(0, len(rows), LOAD_CHUNK):
                        conn.execute(q, {"rows": rows[i:i + LOAD_CHUNK]})
                for (etype, a, b), rows in batch.edge_rows(kinds).items():
                    for verb, part in split_by_owner(rows, batch.document):
                        q = (f"UNWIND $rows AS row MATCH (s:{a} {{id: row.src}}) "
                             f"MATCH (t:{b} {{id: row.dst}}) "
                             f"{verb} (s)-[r:{etype} {{id: row.id}}]->(t) SET {edge_set}")
                        for i in range(0, len(part), LOAD_CHUNK):
                            conn.execute(q, {"rows": part[i:i + LOAD_CHUNK]})
                self._collect_orphans(conn, touched)
                conn.execute("COMMIT")
            except BaseException:
                _rollback(conn)
                raise

    @staticmethod
    def _delete_document(conn: lb.Connection, document: str) -> dict[str, set[str]]:
        """Delete what the document stated; return the shared nodes that lost edges (kind -> ids)."""
        res = conn.execute("MATCH (a)-[r]->(b) WHERE r.doc = $doc "
                           "RETURN a.id, a.kind, a.doc, b.id, b.kind, b.doc", {"doc": document})
        touched: dict[str, set[str]] = {}
        while res.has_next():
            aid, akind, adoc, bid, bkind, bdoc = res.get_next()
            for nid, kind, doc in ((aid, akind, adoc), (bid, bkind, bdoc)):
                if doc is None and kind != "Document":
                    touched.setdefault(kind, set()).add(nid)
        conn.execute("MATCH ()-[r]->() WHERE r.doc = $doc DELETE r", {"doc": document})
        conn.execute("MATCH (n) WHERE n.doc = $doc OR n.id = $doc DETACH DELETE n",
                     {"doc": document})
        return touched

    @staticmethod
    def _collect_orphans(conn: lb.Connection, touched: dict[str, set[str]]) -> None:
        """Shared entities no document mentions any more go with the last one that did."""
        for kind, ids in touched.items():
            conn.execute(f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}}) "
                         "WHERE NOT EXISTS { MATCH (n)-[]-() } DELETE n", {"ids": sorted(ids)})

    def clear(self) -> None:
        with self._lock:
            self.ensure_schema()
            with self._writer() as conn:
                conn.set_query_timeout(0)
                conn.execute("MATCH (n) DETACH DELETE n")

    # -- reads -------------------------------------------------------------------------------
    def _run(self, query, params, *, read_only, timeout, max_rows) -> QueryResult:
        """Reads go to a worker process (graph.query_worker) holding a read-only handle, unless a
        load holds the writer in this process (then its own reads see the uncommitted state)."""
        with self._lock:
            if read_only and self._held is None:
                if not self.path.exists():
                    self.ensure_schema()
                if self._pool is None:
                    from graph.query_worker import WorkerPool
                    self._pool = WorkerPool(self.path)
                pool = self._pool
            else:
                pool = None
                with self._writer() as conn:
                    if read_only:
                        check_plan(conn, query, params)
                    return self._execute(conn, query, params, timeout, max_rows)
        return pool.run(query, params, timeout, max_rows)

    def read_here(self, query: str, params: dict, timeout: float, max_rows: int) -> QueryResult:
        """Run a read in this process on the read-only handle, after the plan check. Only the
        query worker calls this; everything else goes through run()."""
        with self._lock:
            conn = self._read_conn()
            check_plan(conn, query, params)
            return self._execute(conn, query, params, timeout, max_rows)

    @staticmethod
    def _execute(conn, query, params, timeout, max_rows) -> QueryResult:
        conn.set_query_timeout(int(timeout * 1000))
        try:
            res = conn.execute(query, params)
        except RuntimeError as exc:
            raise _error(exc, timeout) from exc
        if isinstance(res, list):
            res = res[-1]
        columns = res.get_column_names()
        out = QueryResult(columns, [])
        while res.has_next():
            if len(out.rows) >= max_rows:
                out.truncated = True
                break
            out.rows.append([_normalise(v, out) for v in res.get_next()])
        res.close()
        return out


def _error(exc: RuntimeError, timeout: float) -> Exception:
    from graph.readonly import ReadOnlyError
    msg = str(exc)
    if "interrupted" in msg.lower() or "timeout" in msg.lower():
        return QueryTimeout(f"query stopped after {timeout:g} s time limit")
    if "read-only" in msg.lower():
        return ReadOnlyError(f"read-only: {msg}")
    if "bad_alloc" in msg or "buffer manager" in msg.lower() or "out of memory" in msg.lower():
        return StoreError("query stopped: it needed more memory than a query may use")
    return StoreError(msg.splitlines()[0] if msg else type(exc).__name__)


# The physical operators of a read (LadybugDB's EXPLAIN names them), and the table functions a
# read may call. Anything else (COPY_TO, TRANSACTION for CHECKPOINT, STANDALONE_CALL for settings,
# INSTALL_EXTENSION, READ_CSV/PARQUET/JSON for LOAD FROM, scans of Python objects, ATTACH ...)
# is refused before the query runs.
READ_OPERATORS = frozenset("""
    RESULT_COLLECTOR PROJECTION FILTER FLATTEN LIMIT SKIP UNWIND EMPTY_RESULT CROSS_PRODUCT
    SCAN_NODE_TABLE SCAN_REL_TABLE PRIMARY_KEY_SCAN_NODE_TABLE INDEX_LOOKUP OFFSET_SCAN_NODE_TABLE
    COUNT_REL_TABLE QUERY_PRIMARY_KEY_LOOKUP HASH_JOIN_BUILD HASH_JOIN_PROBE INTERSECT_BUILD INTERSECT
    AGGREGATE AGGREGATE_SCAN AGGREGATE_FINALIZE ORDER_BY ORDER_BY_MERGE ORDER_BY_SCAN TOP_K
    TOP_K_SCAN UNION_ALL_SCAN RECURSIVE_EXTEND PATH_PROPERTY_PROBE SEMI_MASKER
    MULTIPLICITY_REDUCER TABLE_FUNCTION_CALL DUMMY_SINK DUMMY_SIMPLE_SINK PARTITIONER
    """.split())
READ_TABLE_FUNCTIONS = frozenset({"READ_FTABLE", "SHOW_TABLES", "TABLE_INFO"})
_OPERATOR = re.compile(r"[│|]\s*([A-Z][A-Z_]*)\[(\d+)\]\s*[│|]")
_FUNCTION = re.compile(r"Function:\s*([A-Za-z_][A-Za-z_0-9]*)")


def check_plan(conn: lb.Connection, query: str, params: dict) -> None:
    """ReadOnlyError unless LadybugDB's own plan for `query` holds only read operators."""
    from graph.readonly import ReadOnlyError
    try:
        res = conn.execute("EXPLAIN " + query, params)
    except RuntimeError as exc:
        err = _error(exc, 0)
        raise err from exc
    if isinstance(res, list):
        raise ReadOnlyError("read-only: one statement per query")
    text = []
    while res.has_next():
        text.extend(str(v) for v in res.get_next())
    res.close()
    plan = "\n".join(text)
    found = _OPERATOR.findall(plan)
    operators = {name for name, _ in found}
    ids = sorted({int(i) for _, i in found})
    if not ids or ids != list(range(len(ids))):
        # operators are numbered from 0 (a shared one is drawn twice): a gap means one of them
        # was not recognised
        raise ReadOnlyError("read-only: the engine's plan for this query could not be checked")
    bad = sorted(operators - READ_OPERATORS)
    if bad and os.environ.get("TMP_PLAN_LOG"):
        open(os.environ["TMP_PLAN_LOG"], "a").write(" ".join(bad) + "\n"); bad = []
    if bad:
        raise ReadOnlyError(f"read-only: the engine plans {', '.join(bad)}, which a read may "
                            "not do")
    functions = {f.upper() for f in _FUNCTION.findall(plan)}
    bad = sorted(functions - READ_TABLE_FUNCTIONS)
    if bad:
        raise ReadOnlyError(f"read-only: the table function {', '.join(bad)} is not allowed")


def _rollback(conn: lb.Connection) -> None:
    """Roll back, unless the engine already did (it aborts a transaction on a failed statement):
    a second error here would hide the first, which is the one the user must see."""
    try:
        conn.execute("ROLLBACK")
    except RuntimeError as exc:
        if "no active transaction" not in str(exc).lower():
            raise


def _normalise(value, result: QueryResult):
    """Plain values; nodes, edges and paths in the engine-neutral shape (collected on the side)."""
    if isinstance(value, dict):
        if "_NODES" in value:
            nodes = [_normalise(n, result) for n in value["_NODES"]]
            rels = [_normalise(r, result) for r in value["_RELS"]]
            return {"nodes": nodes, "edges": rels}
        if "_SRC" in value and "_LABEL" in value:
            props = {k: v for k, v in value.items() if not k.startswith("_")}
            edge = normal_edge(value["_LABEL"], props)
            result.edges[edge["id"]] = edge
            return edge
        if "_LABEL" in value and "_ID" in value:
            props = {k: v for k, v in value.items() if not k.startswith("_")}
            node = normal_node(props.get("id"), value["_LABEL"], props)
            result.nodes[node["id"]] = node
            return node
        return {k: _normalise(v, result) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v, result) for v in value]
    return value
