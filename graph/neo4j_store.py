"""Neo4jStore: any Neo4j 5.x reached over Bolt (the local Community server, a cluster, Aura).

Reads run in READ access mode after an EXPLAIN shows the query type is read-only, so a server
refuses writes even if the lexical guard missed one. A document whose rows fit one chunk
(`GraphStore.chunk_rows` rows and `chunk_chars` characters: every document of the project's
own sources) loads in one write transaction, atomic by itself. A larger one loads in bounded
transactions, staged and then swapped in (graph.neo4j_load), so no transaction grows with the
document; while such a load is in progress its marker node (label `Loading`) exists, and a
read checks for it in its own transaction before its query (a lookup of an empty label, no
filter on any stored node) and otherwise waits (LOAD_WAIT_MAX_S). A read that passed the check
before the marker was written ends before the staged load writes anything: the load waits for
every transaction open at its start (graph.neo4j_load.drain). That is what makes large loads
atomic for readers.

Nothing waits without a deadline: before the first session the address gets a plain socket check
(TCP connect, then the 20-byte Bolt handshake, each within CONNECT_TIMEOUT_S), so an address that
is down, or answers as something that is not Neo4j (an HTTP server, a silent port), fails in a few
seconds with one line naming the address and what answered, instead of the driver's 2-minute
wait; the driver itself runs with connection and pool-acquisition timeouts too. This module must
never print, log or put in a message the password.
"""
from __future__ import annotations

import json
import os
import socket
import threading
import time
from urllib.parse import urlsplit, urlunsplit

from neo4j import GraphDatabase, READ_ACCESS, WRITE_ACCESS, unit_of_work
from neo4j.exceptions import (AuthError, ConfigurationError, DriverError,
                              Neo4jError, ServiceUnavailable, SessionExpired)
from neo4j.graph import Node, Path, Relationship

from graph.batch import GraphBatch, fits_one_chunk
from graph.neo4j_load import LOADING, StagedLoad, is_transaction_memory, recover
from graph.ontology import load_ontology
from graph.query_syntax import from_neo4j
from graph.readonly import ReadOnlyError
from graph.store import (GraphStore, QueryMemoryError, QueryResult, QueryTimeout, StoreError,
                         TransactionMemoryError, normal_edge, normal_node, split_by_owner)

# Characters a document's stored rows (nodes and edges) carry per character of its text,
# measured on bench.meeting_text documents of 50,000 characters: 23.6 (many paragraphs) and
# 23.0 (one line), rounded up: a delete judged to fit one chunk does.
STORED_CHARS_PER_TEXT_CHAR = 24

# Transient errors (leader switch, brief network loss) are retried with backoff by the driver for
# this long before the user sees one line; a server that is simply down fails after it too.
RETRY_SECONDS = float(os.environ.get("ACTAGRAPH_NEO4J_RETRY_S", "10"))
CONNECT_TIMEOUT_S = float(os.environ.get("ACTAGRAPH_NEO4J_CONNECT_S", "5"))
# A server that speaks Bolt must also log the user in and answer a first query within this long
# (the driver itself would wait for that answer for ever).
ANSWER_TIMEOUT_S = float(os.environ.get("ACTAGRAPH_NEO4J_ANSWER_S", str(3 * CONNECT_TIMEOUT_S)))
# Bolt handshake: magic preamble, then four version proposals (5.0-5.8, 4.4, none, none).
BOLT_MAGIC = b"\x60\x60\xb0\x17"
BOLT_PROPOSALS = b"\x00\x08\x08\x05" + b"\x00\x00\x04\x04" + b"\x00" * 8
PLAIN_SCHEMES = ("bolt", "neo4j")
LOAD_WAIT_S = 0.2     # pause of a read that met a load in progress before it tries again
# how long a read waits for a load in progress to end (beyond its own time limit, which counts
# only from when it runs); past it the read says so in one line
LOAD_WAIT_MAX_S = float(os.environ.get("ACTAGRAPH_NEO4J_LOAD_WAIT_S", "60"))


class Neo4jStore(GraphStore):
    engine = "neo4j"

    @classmethod
    def from_env(cls, env, db=None) -> "Neo4jStore":
        """The server NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD/NEO4J_DATABASE name, else the local
        server of `actagraph neo4j start` (graph.config.neo4j_settings); `db` is ignored."""
        from graph.config import neo4j_settings
        return cls(**neo4j_settings(env))

    def __init__(self, uri: str, user: str, password: str, database: str = "neo4j"):
        # self.uri is what messages show: any user:password@ written into NEO4J_URI is dropped.
        self.uri, self.user, self.database = public_uri(uri), user, database
        try:
            self._driver = GraphDatabase.driver(
                uri, auth=(user, password), connection_timeout=CONNECT_TIMEOUT_S,
                connection_acquisition_timeout=3 * CONNECT_TIMEOUT_S,
                max_transaction_retry_time=RETRY_SECONDS)
        except (ConfigurationError, ValueError) as exc:
            detail = _scrub(str(exc), uri, password)
            raise StoreError(f"NEO4J_URI {self.uri!r} is not a valid Neo4j address: "
                             f"{detail}") from None
        self._schema_ready = False
        self._checked = False

    def describe(self) -> str:
        return f"Neo4j {self.uri} (database {self.database}, user {self.user})"

    def close(self) -> None:
        self._driver.close()

    # -- errors ------------------------------------------------------------------------------
    def _explain(self, exc: Exception) -> Exception:
        """Turn driver errors into one actionable line; never echo credentials."""
        if isinstance(exc, AuthError):
            return StoreError(f"Neo4j at {self.uri} refused the credentials of user {self.user!r}: "
                              "check NEO4J_USER and NEO4J_PASSWORD")
        if isinstance(exc, (ServiceUnavailable, SessionExpired)):
            return StoreError(f"Neo4j at {self.uri} is unreachable: start it with "
                              "`actagraph neo4j start` (local server) or fix NEO4J_URI")
        if isinstance(exc, Neo4jError):
            code = exc.code or ""
            if "AccessMode" in code or "ForbiddenOnReadOnlyDatabase" in code:
                return ReadOnlyError("read-only: the server refused a write in a read transaction")
            if is_transaction_memory(exc):
                return TransactionMemoryError(f"Neo4j: {exc.message or code}".splitlines()[0])
            if "TransactionTimedOut" in code or "Timeout" in code or "Terminated" in code:
                return QueryTimeout("query stopped by its time limit")
            return StoreError(f"Neo4j: {exc.message or code}".splitlines()[0])
        if isinstance(exc, DriverError):
            return StoreError(f"Neo4j at {self.uri}: {type(exc).__name__}: {exc}".splitlines()[0])
        return exc

    def _session(self, mode):
        if not self._checked:
            check_bolt_address(self.uri)
            self._check_answers()
            self._checked = True
        return self._driver.session(database=self.database, default_access_mode=mode)

    def _check_answers(self, timeout: float | None = None) -> None:
        """Within `timeout` seconds (ANSWER_TIMEOUT_S), the server logs the user in and answers
        `queries/store/answer_check`; else StoreError naming the address, what answered and what
        did not, and the driver is closed (which ends the waiting check). An error the server
        does answer with (wrong password, refused connection, unknown database) is left to the
        work that follows, which explains it, or rides out a restart, as before."""
        from queries.library import store_query
        timeout = ANSWER_TIMEOUT_S if timeout is None else timeout
        query, params = store_query("answer_check").bound(self.engine, {})
        reached: list[str] = []

        def check():
            try:
                self._driver.verify_connectivity()
                reached.append("logged in")
                with self._driver.session(database=self.database,
                                          default_access_mode=READ_ACCESS) as session:
                    session.run(query, params).consume()
                reached.append("answered")
            except Exception:  # noqa: BLE001 - any answer, even an error, is an answer
                reached.append("error")

        worker = threading.Thread(target=check, name="neo4j-answer-check", daemon=True)
        worker.start()
        worker.join(timeout)
        if not worker.is_alive():
            return
        self._driver.close()
        parts = urlsplit(self.uri)
        where = f"{parts.hostname}:{parts.port or 7687}"
        if "logged in" in reached:
            raise StoreError(f"Neo4j at {self.uri}: {where} answered the Bolt handshake and logged "
                             f"in user {self.user!r}, but gave no answer to a query within "
                             f"{timeout:g} s (a stuck or overloaded server?)")
        raise StoreError(f"Neo4j at {self.uri}: {where} answered the Bolt handshake but not the "
                         f"login of user {self.user!r} within {timeout:g} s")

    # -- schema ------------------------------------------------------------------------------
    def schema_statements(self) -> list[str]:
        onto = load_ontology()
        out = []
        for kind in onto.node_kinds:
            out.append(f"CREATE CONSTRAINT {kind.lower()}_id IF NOT EXISTS "
                       f"FOR (n:{kind}) REQUIRE n.id IS UNIQUE")
            out.append(f"CREATE INDEX {kind.lower()}_doc IF NOT EXISTS FOR (n:{kind}) ON (n.doc)")
        # nodes a load has written but not swapped in yet (graph.neo4j_load)
        out.append("CREATE INDEX staged_id IF NOT EXISTS FOR (n:Staged) ON (n.id)")
        out.append("CREATE INDEX staged_token IF NOT EXISTS FOR (n:Staged) ON (n.staged)")
        out.append("CREATE INDEX loading_marker IF NOT EXISTS "
                   "FOR (n:Loading) ON (n.document, n.token, n.state, n.at, n.done)")
        for etype in onto.edge_types:
            out.append(f"CREATE INDEX {etype.lower()}_doc IF NOT EXISTS "
                       f"FOR ()-[r:{etype}]-() ON (r.doc)")
            out.append(f"CREATE INDEX {etype.lower()}_id IF NOT EXISTS "
                       f"FOR ()-[r:{etype}]-() ON (r.id)")
        return out

    def ensure_schema(self) -> None:
        if self._schema_ready:
            return
        try:
            with self._session(WRITE_ACCESS) as s:
                for stmt in self.schema_statements():
                    s.run(stmt).consume()
                s.run("CALL db.awaitIndexes(60)").consume()
        except (Neo4jError, DriverError) as exc:
            raise self._explain(exc) from None
        self._schema_ready = True

    # -- writes ------------------------------------------------------------------------------
    def _read_plain(self, query: str, params: dict) -> list:
        """Records of a read the loader itself needs (a stored hash, the kinds of shared
        entities): not gated on loads in progress, so loads of different documents never wait
        for each other's reads."""
        try:
            with self._session(READ_ACCESS) as s:
                return s.execute_read(lambda tx: [list(r.values()) for r in tx.run(query, params)])
        except (Neo4jError, DriverError) as exc:
            raise self._explain(exc) from None

    def _store_read(self, name: str, params: dict, *, max_rows: int = 0) -> list:
        """The store's own read for a load (`queries/store/<name>.cypher`) by `_read_plain`:
        every row (`max_rows` is not applied), not gated on loads in progress."""
        from queries.library import store_query
        return self._read_plain(*store_query(name).bound(self.engine, params))

    def _write_tx(self, work):
        """Run `work(tx)` in one write transaction (retried by the driver on transient errors)."""
        try:
            with self._session(WRITE_ACCESS) as s:
                return s.execute_write(work)
        except (Neo4jError, DriverError) as exc:
            raise self._explain(exc) from None

    def _write_batch(self, batch: GraphBatch, kinds: dict[str, str]) -> None:
        """One write transaction when the batch's rows fit one chunk; else a staged load in
        bounded transactions, atomic for readers (graph.neo4j_load)."""
        recover(self)            # loads whose process died, before this one begins
        node_rows, edge_rows = batch.node_rows(kinds), batch.edge_rows(kinds)
        if fits_one_chunk(list(node_rows.values()) + list(edge_rows.values()),
                          self.chunk_rows, self.chunk_chars) \
                and not self._stored_past_one_chunk(batch.document):
            self._write_at_once(batch.document, node_rows, edge_rows)
        else:
            # the new rows, or the old version's delete (a removal, or a large document
            # replaced by a small one), need more than one transaction may hold
            StagedLoad(self, batch, kinds).run()

    def _stored_past_one_chunk(self, document: str) -> bool:
        """Whether deleting the stored version of `document` takes bounded transactions: it
        has more than half a chunk of its own nodes (its edges are about as many again), or
        its rows carry more than a chunk of characters, told by its Document node's text (the
        rows of a document carry about STORED_CHARS_PER_TEXT_CHAR characters per character of
        its text: quotes, sources, passages). One round trip of index seeks, each branch
        stopped at that count."""
        limit = max(1, self.chunk_rows // 2)
        branches = " UNION ALL ".join(
            f"MATCH (n:{kind}) WHERE n.doc = $doc RETURN 1 AS one LIMIT $limit"
            for kind in load_ontology().node_kinds)
        rows = self._run(f"CALL () {{ {branches} }} WITH count(*) AS n "
                         "OPTIONAL MATCH (d:Document {id: $doc}) "
                         "RETURN n, coalesce(size(d.text), 0) AS chars",
                         {"doc": document, "limit": limit + 1}, read_only=False,
                         timeout=60, max_rows=1).rows
        if not rows:
            return False
        nodes, chars = rows[0][0], rows[0][1] or 0
        return nodes > limit or chars * STORED_CHARS_PER_TEXT_CHAR > self.chunk_chars

    def _write_at_once(self, document: str, node_rows: dict[str, list[dict]],
                       edge_rows: dict[tuple[str, str, str], list[dict]]) -> None:
        """Delete the document's previous facts and write its rows (GraphBatch.node_rows and
        edge_rows), all in one write transaction: the path of a batch that fits one chunk."""
        onto = load_ontology()

        edge_deletes, node_deletes = delete_statements(onto)

        def work(tx):
            touched: dict[str, set[str]] = {}       # shared nodes that lose edges: kind -> ids
            old_facts = stated_facts(tx, document)
            for query in edge_deletes:
                for rec in tx.run(query, doc=document):
                    for end in ("a", "b"):
                        if rec[end + "d"] is None and rec[end + "k"] != "Document":
                            touched.setdefault(rec[end + "k"], set()).add(rec[end])
            for query in node_deletes:
                tx.run(query, doc=document).consume()
            for kind, rows in node_rows.items():
                q = f"UNWIND $rows AS row MERGE (n:{kind} {{id: row.id}}) SET n = row"
                for part in self._chunks(rows):
                    tx.run(q, rows=part).consume()
            write_facts(tx, document, old_facts, edge_rows, touched, self._chunks)
            for (etype, a, b), rows in edge_rows.items():
                for verb, own in split_by_owner(rows, document):
                    q = (f"UNWIND $rows AS row MATCH (s:{a} {{id: row.src}}) "
                         f"MATCH (t:{b} {{id: row.dst}}) "
                         f"{verb} (s)-[r:{etype} {{id: row.id}}]->(t) SET r = row")
                    for part in self._chunks(own):
                        tx.run(q, rows=part).consume()
            # Shared entities no document mentions any more go with the last one that did.
            for kind, ids in touched.items():
                tx.run(f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}}) "
                       "WHERE NOT EXISTS { MATCH (n)--() } DELETE n", ids=sorted(ids)).consume()

        self._write_tx(work)

    #: Rows per inner transaction of `clear`, tried in turn: a server whose transaction memory
    #: limit is small (`db.memory.transaction.max`) rolls back a batch of 10,000 deletes, and
    #: the next, smaller size goes on from what the committed batches left.
    CLEAR_BATCHES = (10_000, 1_000, 100, 10)

    def clear(self) -> None:
        for rows in self.CLEAR_BATCHES:
            try:
                with self._session(WRITE_ACCESS) as s:
                    # Relationships first, in bounded transactions: detaching a hub such as Chile
                    # with all its edges at once exceeded the transaction memory pool at 100
                    # meetings. `rows` is one of CLEAR_BATCHES, never user text.
                    s.run(f"MATCH ()-[r]->() CALL (r) {{ DELETE r }} IN TRANSACTIONS OF {rows} ROWS"
                          ).consume()
                    # DETACH: a relationship another client wrote meanwhile must not stop the clear
                    s.run(f"MATCH (n) CALL (n) {{ DETACH DELETE n }} IN TRANSACTIONS OF {rows} ROWS"
                          ).consume()
                return
            except (Neo4jError, DriverError) as exc:
                if is_transaction_memory(exc) and rows != self.CLEAR_BATCHES[-1]:
                    continue
                raise self._explain(exc) from None

    # -- reads -------------------------------------------------------------------------------
    def _run(self, query, params, *, read_only, timeout, max_rows) -> QueryResult:
        @unit_of_work(timeout=timeout)
        def work(tx):
            shift = 0
            try:
                if read_only:
                    shift = len("EXPLAIN ")
                    check_plan(tx.run("EXPLAIN " + query, params).consume())
                    shift = 0
                    loading = _loads_in_progress(tx)
                    if loading:
                        raise _LoadInProgress(loading)
                res = tx.run(query, params)
                out = QueryResult(list(res.keys()), [])
                for record in res:
                    if len(out.rows) >= max_rows:
                        out.truncated = True
                        break
                    out.rows.append([_normalise(v, out) for v in record.values()])
                res.consume()
                return out
            except Neo4jError as exc:
                # The query itself failed (time or memory limit, or it is not Cypher the server
                # can run): never retried, one line.
                stopped = _stopped(exc, timeout) or from_neo4j(exc.code, exc.message, query, shift)
                if stopped is not None:
                    raise stopped from None
                raise

        deadline = time.monotonic() + max(timeout, LOAD_WAIT_MAX_S)
        try:
            while True:
                try:
                    with self._session(READ_ACCESS if read_only else WRITE_ACCESS) as s:
                        return s.execute_read(work) if read_only else s.execute_write(work)
                except _LoadInProgress as busy:
                    # a load is writing (graph.neo4j_load): wait for its end, within the limit;
                    # one whose process died is finished here first (rolled back or forward)
                    if recover(self):
                        continue
                    if time.monotonic() + LOAD_WAIT_S > deadline:
                        raise StoreError(
                            f"Neo4j: a load of {', '.join(busy.documents)} is in progress; "
                            "try again when it ends") from None
                    time.sleep(LOAD_WAIT_S)
        except (ReadOnlyError, StoreError):
            raise
        except (Neo4jError, DriverError) as exc:
            raise self._explain(exc) from None


def stated_facts(tx, document: str) -> list[list]:
    """The fact edges `document` stated at its last load, [type, kind, src, kind, dst, fact id]
    each, from its Document node's `load_record` (none when it is not stored)."""
    rec = tx.run("MATCH (d:Document {id: $doc}) RETURN d.load_record AS r", doc=document).single()
    if rec is None or not rec["r"]:
        return []
    return [entry for entry in json.loads(rec["r"])["edges"] if len(entry) == 6]


def write_facts(tx, document: str, old_facts: list[list],
                edge_rows: dict[tuple[str, str, str], list[dict]],
                touched: dict[str, set[str]], chunks) -> None:
    """In transaction `tx`, bring every fact edge (graph/facts.py) `document` stated at its last
    load (`old_facts`, from stated_facts before its Document node is replaced) or states now
    (the fact rows of `edge_rows`) to its new sources: removed when no document states it any
    more (its ends added to `touched`), else written whole. Each read, delete and write is a
    seek on the `<type>_id` index; `chunks(rows)` cuts the writes."""
    from graph.facts import is_fact_row, with_row, without_document
    todo: dict[str, dict[str, tuple]] = {}          # type -> fact id -> (a, b, new row or None)
    for etype, a, _src, b, _dst, fid in old_facts:
        todo.setdefault(etype, {})[fid] = (a, b, None)
    for (etype, a, b), rows in edge_rows.items():
        for r in rows:
            if is_fact_row(r):
                todo.setdefault(etype, {})[r["id"]] = (a, b, r)
    for etype, facts in sorted(todo.items()):
        stored = {r["id"]: dict(r["props"]) for r in tx.run(
            f"UNWIND $ids AS id MATCH ()-[r:{etype} {{id: id}}]->() "
            "RETURN id, properties(r) AS props", ids=sorted(facts))}
        gone, writes = [], {}
        for fid, (a, b, row) in sorted(facts.items()):
            before = stored.get(fid)
            after = without_document(before, document) if before is not None else None
            if row is not None:
                after = with_row(after, row)
            if after is None:
                if before is not None:
                    gone.append(fid)
                continue
            writes.setdefault((a, b), []).append({k: v for k, v in after.items()
                                                  if v is not None})
        if gone:
            for rec in tx.run(f"UNWIND $ids AS id MATCH (a)-[r:{etype} {{id: id}}]->(b) "
                              "DELETE r RETURN a.id AS a, a.kind AS ak, b.id AS b, "
                              "b.kind AS bk", ids=gone):
                touched.setdefault(rec["ak"], set()).add(rec["a"])
                touched.setdefault(rec["bk"], set()).add(rec["b"])
        for (a, b), rows in sorted(writes.items()):
            q = (f"UNWIND $rows AS row MATCH (s:{a} {{id: row.src}}) "
                 f"MATCH (t:{b} {{id: row.dst}}) "
                 f"MERGE (s)-[r:{etype} {{id: row.id}}]->(t) SET r = row")
            for part in chunks(rows):
                tx.run(q, rows=part).consume()


def delete_statements(onto=None) -> tuple[list[str], list[str]]:
    """The statements that delete document `$doc`'s previous facts: per relationship type, its
    edges (returning their ends: a, ak, ad, b, bk, bd = id, kind, doc of each), then per node
    kind its own nodes, then its Document node. Each is a seek on the `<type>_doc`/`<kind>_doc`
    index or the id constraint (schema_statements), so a reload never scans the store. Fact
    edges (with `docs`) are left to write_facts, which runs first."""
    onto = onto or load_ontology()
    edges = [f"MATCH (a)-[r:{etype}]->(b) WHERE r.doc = $doc AND r.docs IS NULL DELETE r "
             "RETURN a.id AS a, a.kind AS ak, a.doc AS ad, b.id AS b, b.kind AS bk, b.doc AS bd"
             for etype in onto.edge_types]
    nodes = [f"MATCH (n:{kind}) WHERE n.doc = $doc DETACH DELETE n" for kind in onto.node_kinds]
    nodes.append("MATCH (n:Document {id: $doc}) DETACH DELETE n")
    return edges, nodes


class _LoadInProgress(Exception):
    """A read met a staged load (or one ended while it ran): it is retried after a pause."""

    def __init__(self, documents):
        super().__init__(", ".join(documents))
        self.documents = list(documents)


def _loads_in_progress(tx) -> list[str]:
    """The documents whose staged load is in progress (their `Loading` marker exists), sorted.
    With no load, a lookup of an empty label: the check costs a read nothing measurable."""
    return sorted(r[0] for r in tx.run(f"MATCH (m:{LOADING}) RETURN m.document"))


def check_bolt_address(uri: str, timeout: float | None = None) -> None:
    """Within `timeout` seconds per step, prove something at `uri` speaks Bolt; else StoreError.

    A refused connection is left to the driver (it retries with backoff for RETRY_SECONDS, which
    is what rides out a server restart). An address that cannot be resolved, does not accept a
    connection in time, answers the handshake with anything but a Bolt version, or does not
    answer it at all, raises StoreError with one line naming the address and what answered. For
    TLS schemes (+s, +ssc) only the TCP connection is checked; the driver's own connection
    timeout bounds the TLS and Bolt handshakes.
    """
    timeout = CONNECT_TIMEOUT_S if timeout is None else timeout
    parts = urlsplit(uri)
    host, port = parts.hostname, parts.port or 7687
    if not host:
        raise StoreError(f"NEO4J_URI {uri!r} names no host")
    where = f"{host}:{port}"
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except ConnectionRefusedError:
        return
    except socket.gaierror as exc:
        raise StoreError(f"Neo4j at {uri}: cannot resolve host {host!r} ({exc.strerror})") from None
    except (TimeoutError, socket.timeout):
        raise StoreError(f"Neo4j at {uri}: nothing answered at {where} within {timeout:g} s "
                         "(a firewall, or the wrong address?)") from None
    except OSError as exc:
        raise StoreError(f"Neo4j at {uri}: cannot connect to {where} "
                         f"({(exc.strerror or str(exc)).lower()})") from None
    with sock:
        if parts.scheme not in PLAIN_SCHEMES:
            return
        try:
            sock.settimeout(timeout)
            sock.sendall(BOLT_MAGIC + BOLT_PROPOSALS)
            reply = b""
            while len(reply) < 4:
                chunk = sock.recv(4 - len(reply))
                if not chunk:
                    break
                reply += chunk
        except (TimeoutError, socket.timeout):
            raise StoreError(f"Neo4j at {uri}: {where} accepted the connection but did not answer "
                             f"the Bolt handshake within {timeout:g} s; it is not a Neo4j Bolt "
                             "port") from None
        except OSError as exc:
            raise StoreError(f"Neo4j at {uri}: {where} dropped the Bolt handshake "
                             f"({(exc.strerror or str(exc)).lower()})") from None
    if len(reply) == 4 and reply[:2] == b"\x00\x00":
        return          # a Bolt version, or 0 (no common version: the driver says which)
    if not reply:
        raise StoreError(f"Neo4j at {uri}: {where} closed the connection without answering the "
                         "Bolt handshake; it is not a Neo4j Bolt port")
    shown = reply.decode("ascii", "replace")
    what = "an HTTP server (Neo4j's Bolt port is 7687, not its HTTP port)" \
        if reply.startswith(b"HTTP") else f"bytes {reply!r}"
    raise StoreError(f"Neo4j at {uri}: {where} answered the Bolt handshake as {what}, "
                     f"not as Neo4j" if shown else f"Neo4j at {uri}: not a Bolt port")


def public_uri(uri: str) -> str:
    """`uri` without the user and password a URI may carry (bolt://user:secret@host -> bolt://host)."""
    try:
        parts = urlsplit(uri)
    except ValueError:
        return "<NEO4J_URI>"
    if "@" not in parts.netloc:
        return uri
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def _scrub(text: str, uri: str, password: str) -> str:
    text = text.replace(uri, public_uri(uri))
    for secret in (password, urlsplit(uri).password if "@" in uri else None):
        if secret:
            text = text.replace(secret, "***")
    return text


def _stopped(exc: Neo4jError, timeout: float) -> StoreError | None:
    code = exc.code or ""
    message = exc.message or ""
    if "MemoryPool" in code or "OutOfMemory" in code or "heap space" in message:
        return QueryMemoryError("query stopped: it needed more memory than a query may use")
    if "TransactionTimedOut" in code or "Terminated" in code or "Timeout" in code:
        return QueryTimeout(f"query stopped after {timeout:g} s time limit")
    return None


# Operators of a read plan in Neo4j 5 (EXPLAIN names them `Name@database`). Anything else
# (LoadCSV, Show*, Terminate*, writes, subquery transactions, procedures outside the allow-list)
# is refused before the query runs.
READ_OPERATORS = frozenset("""
    ProduceResults Projection Filter Limit ExhaustiveLimit Skip Sort PartialSort Top PartialTop
    Distinct OrderedDistinct EagerAggregation OrderedAggregation Unwind PartitionedUnwind Eager
    Argument ArgumentTracker Apply SemiApply AntiSemiApply LetSemiApply LetAntiSemiApply
    SelectOrSemiApply SelectOrAntiSemiApply LetSelectOrSemiApply LetSelectOrAntiSemiApply
    RollUpApply Anti Optional CartesianProduct Union OrderedUnion ValueHashJoin NodeHashJoin
    NodeLeftOuterHashJoin NodeRightOuterHashJoin TriadicSelection TriadicBuild TriadicFilter
    AllNodesScan PartitionedAllNodesScan NodeByLabelScan PartitionedNodeByLabelScan NodeByIdSeek
    NodeByElementIdSeek NodeIndexSeek NodeUniqueIndexSeek NodeIndexSeekByRange
    NodeUniqueIndexSeekByRange NodeIndexScan NodeIndexContainsScan NodeIndexEndsWithScan
    MultiNodeIndexSeek AssertingMultiNodeIndexSeek IntersectionNodeByLabelsScan
    UnionNodeByLabelsScan SubtractionNodeByLabelsScan
    DirectedAllRelationshipsScan UndirectedAllRelationshipsScan DirectedRelationshipTypeScan
    UndirectedRelationshipTypeScan DirectedUnionRelationshipTypesScan
    UndirectedUnionRelationshipTypesScan DirectedRelationshipIndexSeek
    UndirectedRelationshipIndexSeek DirectedRelationshipIndexScan UndirectedRelationshipIndexScan
    DirectedRelationshipIndexSeekByRange UndirectedRelationshipIndexSeekByRange
    DirectedRelationshipIndexContainsScan UndirectedRelationshipIndexContainsScan
    DirectedRelationshipIndexEndsWithScan UndirectedRelationshipIndexEndsWithScan
    DirectedRelationshipByIdSeek UndirectedRelationshipByIdSeek
    DirectedRelationshipByElementIdSeek UndirectedRelationshipByElementIdSeek
    Expand(All) Expand(Into) OptionalExpand(All) OptionalExpand(Into) VarLengthExpand(All)
    VarLengthExpand(Into) VarLengthExpand(Pruning) VarLengthExpand(Pruning,BFS)
    BFSPruningVarLengthExpand ShortestPath StatefulShortestPath(All) StatefulShortestPath(Into)
    Repeat(Trail) Repeat(Walk) NullifyMetadata ProjectEndpoints NodeCountFromCountStore
    RelationshipCountFromCountStore CacheProperties AssertSameNode AssertSameRelationship
    EmptyRow ProcedureCall
    """.split())
READ_PROCEDURES = frozenset({"db.labels", "db.relationshipTypes", "db.propertyKeys"})


def _operators(plan: dict, out: list) -> list:
    out.append((plan.get("operatorType", ""), (plan.get("args") or {}).get("Details", "")))
    for child in plan.get("children") or []:
        _operators(child, out)
    return out


def check_plan(summary) -> None:
    """ReadOnlyError unless the server classifies the query as a read ('r') and its plan holds
    only read operators and allow-listed procedures."""
    if summary.query_type != "r":
        raise ReadOnlyError(f"read-only: the server classifies this query as "
                            f"{summary.query_type!r}, not read-only")
    if not summary.plan:
        raise ReadOnlyError("read-only: the server gave no plan for this query")
    for operator, details in _operators(summary.plan, []):
        name = operator.split("@", 1)[0]
        if name not in READ_OPERATORS:
            raise ReadOnlyError(f"read-only: the server plans {name}, which a read may not do")
        if name == "ProcedureCall":
            proc = str(details).split("(", 1)[0].strip()
            if proc not in READ_PROCEDURES:
                raise ReadOnlyError(f"read-only: CALL {proc} is not allowed")


def _normalise(value, result: QueryResult):
    if isinstance(value, Node):
        props = dict(value.items())
        kind = props.get("kind") or next(iter(value.labels), None)
        node = normal_node(props.get("id"), kind, props)
        result.nodes[node["id"]] = node
        return node
    if isinstance(value, Relationship):
        edge = normal_edge(value.type, dict(value.items()))
        result.edges[edge["id"]] = edge
        return edge
    if isinstance(value, Path):
        return {"nodes": [_normalise(n, result) for n in value.nodes],
                "edges": [_normalise(r, result) for r in value.relationships]}
    if isinstance(value, dict):
        return {k: _normalise(v, result) for k, v in value.items()}
    if isinstance(value, list):
        return [_normalise(v, result) for v in value]
    return value
