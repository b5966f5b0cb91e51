"""A staged load of one document into Neo4j: bounded transactions, atomic for readers.

A document's graph grows with its length, and one Neo4j transaction holds all it writes in the
server's transaction memory (`db.memory.transaction.max`, a server setting a user's server has
its own value of), so a 1 MB document failed as one transaction. A batch that fits one chunk
is written by Neo4jStore in one transaction and never comes here; a larger one is written by
this module in transactions of at most `GraphStore.chunk_rows` rows / `chunk_chars`
characters each:

1. **Begin** (one small transaction): a `:Loading` node records the document, a fresh token and
   the state `staging`. While any `:Loading` node exists, readers of Neo4jStore wait
   (graph.neo4j_store `_run` looks the label up in its read transaction, before its query).
   Then the load waits until every transaction that was open when the marker was written has
   ended (`drain`), so a read that looked before the marker existed never meets a staged row.
   An idle transaction tagged with the token stays open for the whole load (`Liveness`): when
   the loading process dies, the server ends it, and the next reader or load finishes the
   load at once (`recover`) instead of waiting.
2. **Stage**: the document's own nodes are created under the label `Staged` only (not their
   kind's label, so the kind's id constraint does not meet the previous version's node), with
   `staged = token`; the document's edges are created between them and the shared entities,
   with `staged = token` too. Shared entities are merged as before (new ones marked `staged`).
   The previous version is untouched: a failure here removes what was staged (also in bounded
   transactions) and the graph is the previous version again.
3. **Commit point** (one small transaction): the marker's state becomes `swapping`.
4. **Swap**: the previous version's edges and nodes are deleted, staged nodes get their kind's
   label, and the staged marks are removed, each in bounded transactions. A swap cut short (the
   process killed) is completed by the next load of any document (`recover`), since everything
   it needs is in the graph: it rolls forward after the commit point, back before it. (Shared
   entities no document uses any more are not collected by a resumed swap.)
5. **End** (one small transaction): the marker is deleted; readers go on.

What this module must not do: raise the server's memory settings, or leave `Staged` nodes or
`staged` marks behind after a load that returned (or raised).
"""
from __future__ import annotations

import os
import time
import uuid

from neo4j import Query, READ_ACCESS
from neo4j.exceptions import Neo4jError

from graph.batch import GraphBatch, row_chars
from graph.ontology import load_ontology
from graph.store import TransactionMemoryError, split_by_owner

STAGED = "Staged"          # the only label of a node written by a load not swapped in yet
LOADING = "Loading"        # the marker node of a load in progress
# how long a load waits for the transactions open at its start to end; past it, it gives up in
# one line and the graph is the previous version
DRAIN_MAX_S = float(os.environ.get("ACTAGRAPH_NEO4J_LOAD_WAIT_S", "60"))
DRAIN_POLL_S = 0.05
RENEW_S = 30.0             # the liveness transaction is replaced this often (servers end
                           # transactions after db.transaction.timeout, 120 s on the local one)


def is_transaction_memory(exc: Exception) -> bool:
    """Whether a Neo4j error is a transaction passing the server's memory limit
    (`db.memory.transaction.max` or the global transaction pool): "The allocation of an extra
    2.0 MiB would use more than the limit 128.0 MiB ...", or, from inside `CALL { } IN
    TRANSACTIONS`, "The memory pool limit was exceeded"."""
    code = getattr(exc, "code", None) or ""
    message = getattr(exc, "message", None) or ""
    return ("MemoryPoolOutOfMemory" in code or "TransactionMemoryLimit" in code
            or "would use more than the limit" in message
            or "memory pool limit was exceeded" in message)


def is_local(node, document: str) -> bool:
    """Whether a batch node belongs to the document alone (replaced on reload, hence staged)."""
    return node.id == document or node.properties.get("doc") == document


class StagedLoad:
    """One document's load into a Neo4jStore. `run()` does it all; any failure before the
    commit point is rolled back and re-raised."""

    def __init__(self, store, batch: GraphBatch, kinds: dict[str, str]):
        self.store, self.batch, self.kinds = store, batch, kinds
        self.document = batch.document
        self.token = uuid.uuid4().hex
        self.touched: dict[str, set[str]] = {}   # shared nodes that lost edges: kind -> ids

    # -- transactions ------------------------------------------------------------------------
    def _tx(self, query: str, **params) -> list:
        """Run one statement in its own write transaction; return its records as lists."""
        def work(tx):
            return [list(r.values()) for r in tx.run(query, params)]
        return self.store._write_tx(work)

    def _until_done(self, query: str, **params) -> list:
        """Repeat a statement that handles at most `chunk_rows` rows per transaction until it
        reports 0 rows; return the records of every round."""
        return self._phase([(query, params)])

    def _phase(self, statements: list[tuple[str, dict]]) -> list:
        """Run statements that each handle at most `$step` rows (`... LIMIT $step ...`) and
        return that count as their last column, sharing one budget of `chunk_rows` rows per
        transaction, until each reports fewer rows than it was allowed. A phase over many edge
        types of a small document is then one transaction, not one per type; a large one still
        never holds more than `chunk_rows` rows in one. A delete cannot count the characters
        of what it removes before it runs, so the budget is also bounded by the server: a
        transaction past its memory limit (rolled back whole, so nothing is half done) is run
        again with half the budget, down to one row; the smaller budget is kept for the rest
        of the phase. Returns the records of every round."""
        pending = list(statements)
        out = []
        limit = self.store.chunk_rows
        while pending:
            def work(tx):
                budget = limit
                done, records = [], []
                for number, (query, params) in enumerate(pending):
                    if budget <= 0:
                        break
                    allowed = budget
                    try:
                        rows = [list(r.values())
                                for r in tx.run(query, {**params, "step": allowed})]
                    except Neo4jError as exc:
                        if is_transaction_memory(exc):     # not retried by the driver
                            raise TransactionMemoryError(str(exc.message)) from None
                        raise
                    records.extend(rows)
                    handled = rows[-1][-1] if rows else 0
                    budget -= handled
                    if handled < allowed:              # fewer than allowed: nothing left
                        done.append(number)
                return done, records
            try:
                done, records = self.store._write_tx(work)
            except TransactionMemoryError:
                if limit <= 1:
                    raise
                limit = max(1, limit // 2)
                continue
            self._renew()
            out.extend(records)
            pending = [st for n, st in enumerate(pending) if n not in done]
        return out

    alive: "Liveness | None" = None

    def _renew(self) -> None:
        if self.alive is not None:
            self.alive.renew()

    def _beat(self) -> None:
        self._tx(f"MATCH (m:{LOADING} {{token: $t}}) SET m.at = timestamp()", t=self.token)

    def _write_packed(self, statements) -> None:
        """Write (query, rows) statements in order, several to a transaction while together
        they hold at most `chunk_rows` rows and `chunk_chars` characters; each transaction
        also touches the marker (its heartbeat)."""
        beat = (f"MATCH (m:{LOADING} {{token: $t}}) SET m.at = timestamp()", [])
        packed: list[tuple[str, list[dict]]] = []
        rows = chars = 0

        def flush():
            nonlocal packed, rows, chars
            if not packed:
                return
            todo = packed + [beat]

            def work(tx):
                for query, part in todo:
                    tx.run(query, {"rows": part, "t": self.token}).consume()
            self.store._write_tx(work)
            self._renew()
            packed, rows, chars = [], 0, 0

        for query, part in statements:
            size = sum(row_chars(r) for r in part)
            if packed and (rows + len(part) > self.store.chunk_rows
                           or chars + size > self.store.chunk_chars):
                flush()
            packed.append((query, part))
            rows += len(part)
            chars += size
        flush()

    # -- the load ----------------------------------------------------------------------------
    def run(self) -> None:
        with Liveness(self.store, self.token) as alive:
            self.alive = alive
            self._tx(f"CREATE (m:{LOADING} {{document: $doc, token: $t, state: 'staging', "
                     "at: timestamp()})", doc=self.document, t=self.token)
            try:
                drain(self.store, self.token)
                self.stage()
                self.commit_point()
            except BaseException:
                self.roll_back()
                raise
            swap(self.store, self.document, self.token, self.touched, shared_ids=self.shared(),
                 alive=alive)

    def stage(self) -> None:
        self._write_packed(self.statements())

    def commit_point(self) -> None:
        """One transaction: the document's fact edges between shared entities (graph/facts.py)
        take its new sources, and the marker turns to 'swapping'. Readers wait on the marker
        until the swap ends, so they see both the facts and the staged rows change at once; a
        load that dies before this transaction left the facts as they were, one that dies after
        is rolled forward by the swap alone."""
        from graph.neo4j_store import stated_facts, write_facts
        rows = self.batch.edge_rows(self.kinds)

        def work(tx):
            write_facts(tx, self.document, stated_facts(tx, self.document), rows, self.touched,
                        self.store._chunks)
            tx.run(f"MATCH (m:{LOADING} {{token: $t}}) SET m.state = 'swapping'",
                   t=self.token).consume()
        self.store._write_tx(work)
        self._renew()

    def statements(self):
        """The (query, rows) statements that stage the batch, nodes first (a generator: rows
        are cut into chunks as the writing reaches them)."""
        doc = self.document
        local = {n.id for n in self.batch.nodes.values() if is_local(n, doc)}
        for kind, rows in self.batch.node_rows(self.kinds).items():
            mine = [r for r in rows if r["id"] in local]
            shared = [r for r in rows if r["id"] not in local]
            for part in self.store._chunks(mine):
                yield (f"UNWIND $rows AS row CREATE (n:{STAGED}) SET n = row, n.staged = $t",
                       part)
            for part in self.store._chunks(shared):
                yield (f"UNWIND $rows AS row MERGE (n:{kind} {{id: row.id}}) "
                       "ON CREATE SET n = row, n.staged = $t ON MATCH SET n = row", part)
        for (etype, a, b), rows in self.batch.edge_rows(self.kinds).items():
            for verb, part_rows in split_by_owner(rows, doc):
                groups: dict[tuple[bool, bool], list[dict]] = {}
                for r in part_rows:
                    groups.setdefault((r["src"] in local, r["dst"] in local), []).append(r)
                for (src_local, dst_local), group in groups.items():
                    # the hint keeps the planner on the id index: the token index matches
                    # every node this load staged, and a seek per row on it is quadratic
                    s = (f"(s:{STAGED} {{id: row.src}}) USING INDEX s:{STAGED}(id) "
                         "WHERE s.staged = $t") if src_local else f"(s:{a} {{id: row.src}})"
                    e = (f"(e:{STAGED} {{id: row.dst}}) USING INDEX e:{STAGED}(id) "
                         "WHERE e.staged = $t") if dst_local else f"(e:{b} {{id: row.dst}})"
                    mark = ", r.staged = $t" if verb == "CREATE" else ""
                    q = (f"UNWIND $rows AS row MATCH {s} MATCH {e} "
                         f"{verb} (s)-[r:{etype} {{id: row.id}}]->(e) SET r = row{mark}")
                    for part in self.store._chunks(group):
                        yield q, part

    def roll_back(self) -> None:
        """Remove what this load staged; the previous version was never touched."""
        roll_back(self.store, self.document, self.token, self.shared())

    def shared(self) -> dict[str, list[str]]:
        """The batch's shared entities (kind -> sorted ids): those a load may have created."""
        out: dict[str, list[str]] = {}
        for n in self.batch.nodes.values():
            if not is_local(n, self.document):
                out.setdefault(n.kind, []).append(n.id)
        return {k: sorted(v) for k, v in out.items()}


def unmark_shared(tx: "StagedLoad", shared: dict[str, list[str]] | None, token: str,
                  drop_unused: bool = False) -> None:
    """Remove the `staged` mark of the shared entities a load created (with `drop_unused`,
    first delete those that nothing uses: a load rolled back). `shared` (kind -> ids) finds
    them by id; None (a load recovered without its batch) scans every node."""
    if shared is None:
        if drop_unused:
            tx._until_done("MATCH (n) WHERE n.staged = $t AND NOT EXISTS { MATCH (n)--() } "
                           "WITH n LIMIT $step DELETE n RETURN count(*)", t=token)
        tx._until_done("MATCH (n) WHERE n.staged = $t WITH n LIMIT $step REMOVE n.staged "
                       "RETURN count(*)", t=token)
        return
    step = tx.store.chunk_rows
    for kind, ids in shared.items():
        for i in range(0, len(ids), step):
            part = ids[i:i + step]
            if drop_unused:
                tx._tx(f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}}) WHERE n.staged = $t "
                       "AND NOT EXISTS { MATCH (n)--() } DELETE n", ids=part, t=token)
            tx._tx(f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}}) WHERE n.staged = $t "
                   "REMOVE n.staged", ids=part, t=token)


def roll_back(store, document: str, token: str,
              shared: dict[str, list[str]] | None = None) -> None:
    """Delete the staged rows of the load `token` of `document` and its marker (bounded
    transactions); shared entities it created and nothing else uses go too."""
    onto = load_ontology()
    tx = StagedLoad(store, GraphBatch(document), {})
    tx._phase([(f"MATCH ()-[r:{etype}]->() WHERE r.doc = $doc AND r.staged = $t "
                 "WITH r LIMIT $step DELETE r RETURN count(*)", {"doc": document, "t": token})
               for etype in onto.edge_types])
    tx._until_done(f"MATCH (n:{STAGED}) WHERE n.staged = $t WITH n LIMIT $step "
                   "DETACH DELETE n RETURN count(*)", t=token)
    unmark_shared(tx, shared, token, drop_unused=True)
    tx._tx(f"MATCH (m:{LOADING} {{token: $t}}) DELETE m", t=token)


def swap(store, document: str, token: str, touched: dict[str, set[str]] | None = None,
         start: int = 0, shared_ids: dict[str, list[str]] | None = None,
         alive: "Liveness | None" = None) -> None:
    """After the commit point: replace the previous version of `document` by the staged one,
    phase by phase from phase `start`; the marker records each phase done, so a swap cut short
    is completed by running the phases left (each one is idempotent on its own)."""
    onto = load_ontology()
    touched = touched if touched is not None else {}
    tx = StagedLoad(store, GraphBatch(document), {})
    tx.alive = alive

    def drop_old_edges():
        for rec in tx._phase([
                (f"MATCH (a)-[r:{etype}]->(b) WHERE r.doc = $doc AND r.staged IS NULL "
                 "AND r.docs IS NULL "
                 "WITH a, r, b LIMIT $step DELETE r "
                 "WITH collect([a.id, a.kind, a.doc, b.id, b.kind, b.doc]) AS ends "
                 "RETURN ends, size(ends)", {"doc": document}) for etype in onto.edge_types]):
            for aid, akind, adoc, bid, bkind, bdoc in rec[0]:
                for nid, kind, ndoc in ((aid, akind, adoc), (bid, bkind, bdoc)):
                    if ndoc is None and kind != "Document":
                        touched.setdefault(kind, set()).add(nid)

    def drop_old_nodes():
        tx._phase([(f"MATCH (n:{kind}) WHERE n.doc = $doc WITH n LIMIT $step "
                    "DETACH DELETE n RETURN count(*)", {"doc": document})
                   for kind in onto.node_kinds]
                  + [("MATCH (n:Document {id: $doc}) WITH n LIMIT $step DETACH DELETE n "
                      "RETURN count(*)", {"doc": document})])

    def relabel():
        tx._phase([(f"MATCH (n:{STAGED}) WHERE n.staged = $t AND n.kind = $kind "
                    f"WITH n LIMIT $step SET n:{kind} REMOVE n:{STAGED}, n.staged "
                    "RETURN count(*)", {"t": token, "kind": kind}) for kind in onto.node_kinds])

    def unmark():
        tx._phase([(f"MATCH ()-[r:{etype}]->() WHERE r.doc = $doc AND r.staged = $t "
                    "WITH r LIMIT $step REMOVE r.staged RETURN count(*)",
                    {"doc": document, "t": token}) for etype in onto.edge_types])
        unmark_shared(tx, shared_ids, token)

    for number, phase in enumerate((drop_old_edges, drop_old_nodes, relabel, unmark)):
        if number < start:
            continue
        phase()
        tx._tx(f"MATCH (m:{LOADING} {{token: $t}}) SET m.done = $n, m.at = timestamp()",
               t=token, n=number)
    # Shared entities no document mentions any more go with the last one that did.
    for kind, ids in touched.items():
        ordered = sorted(ids)
        step = store.chunk_rows
        for i in range(0, len(ordered), step):
            tx._tx(f"UNWIND $ids AS id MATCH (n:{kind} {{id: id}}) "
                   "WHERE NOT EXISTS { MATCH (n)--() } DELETE n", ids=ordered[i:i + step])
    tx._tx(f"MATCH (m:{LOADING} {{token: $t}}) DELETE m", t=token)


class Liveness:
    """While a load runs, an idle transaction of its own carries the metadata
    `{"actagraph_load": token}`; the server ends it when the loading process dies (its
    connection closes), so `live_tokens` tells a load in progress from one that died, at once.
    It is replaced every RENEW_S seconds (the new one opened before the old one closes)."""

    def __init__(self, store, token: str):
        self.store, self.token = store, token
        self.held: list = []
        self.since = 0.0

    def _open(self) -> None:
        session = self.store._driver.session(database=self.store.database)
        tx = session.begin_transaction(metadata={"actagraph_load": self.token},
                                       timeout=10 * RENEW_S)
        tx.run("RETURN 1").consume()
        self.held.append((session, tx))
        self.since = time.monotonic()

    def _close(self, session, tx) -> None:
        try:
            tx.close()
        finally:
            session.close()

    def renew(self) -> None:
        if time.monotonic() - self.since < RENEW_S:
            return
        self._open()
        while len(self.held) > 1:
            self._close(*self.held.pop(0))

    def __enter__(self):
        self._open()
        return self

    def __exit__(self, *exc):
        while self.held:
            self._close(*self.held.pop(0))
        return False


def _open_transactions(store, token: str) -> set[str]:
    """Ids of the server's open transactions, less the liveness transactions of loads and the
    look-ups of this function (tagged `actagraph_drain`)."""
    query = Query("SHOW TRANSACTIONS YIELD transactionId, metaData "
                  "WHERE metaData.actagraph_load IS NULL AND metaData.actagraph_drain IS NULL "
                  "RETURN transactionId", metadata={"actagraph_drain": token})
    with store._driver.session(database=store.database, default_access_mode=READ_ACCESS) as s:
        return {r["transactionId"] for r in s.run(query)}


def drain(store, token: str, limit_s: float | None = None) -> None:
    """Wait until every transaction open now (the marker of load `token` is committed) has
    ended: a read that looked for markers before this one existed has then finished, and every
    later read sees the marker and waits. Polls every DRAIN_POLL_S seconds; StoreError after
    `limit_s` (DRAIN_MAX_S) seconds, naming how many are still open."""
    from graph.store import StoreError
    limit_s = DRAIN_MAX_S if limit_s is None else limit_s
    deadline = time.monotonic() + limit_s
    waiting = _open_transactions(store, token)
    while waiting:
        if time.monotonic() > deadline:
            raise StoreError(f"Neo4j: {len(waiting)} transaction(s) open before the load began "
                             f"did not end within {limit_s:g} s; the load was not started")
        time.sleep(DRAIN_POLL_S)
        waiting &= _open_transactions(store, token)


def live_tokens(store, tokens: list[str]) -> set[str]:
    """Which of `tokens` belong to a load whose process is still running (see Liveness)."""
    if not tokens:
        return set()
    from neo4j import READ_ACCESS
    with store._driver.session(database=store.database, default_access_mode=READ_ACCESS) as s:
        rows = s.run("SHOW TRANSACTIONS YIELD metaData "
                     "WHERE metaData.actagraph_load IN $tokens "
                     "RETURN DISTINCT metaData.actagraph_load AS t", tokens=tokens).data()
    return {r["t"] for r in rows}


def recover(store) -> list[str]:
    """Finish the loads whose process died (their liveness transaction is gone): roll forward
    those past the commit point, roll back the others. Returns one line per load recovered."""
    tx = StagedLoad(store, GraphBatch(""), {})
    markers = tx._tx(f"MATCH (m:{LOADING}) RETURN m.document, m.token, m.state, m.done")
    alive = live_tokens(store, [m[1] for m in markers])
    out = []
    for document, token, state, done in markers:
        if token in alive:
            continue
        if state == "swapping":
            swap(store, document, token, start=0 if done is None else done + 1)
            out.append(f"{document}: completed a load that was interrupted after its commit point")
        else:
            roll_back(store, document, token)
            out.append(f"{document}: removed what an interrupted load had staged; the previous "
                       "version stays")
    return out
