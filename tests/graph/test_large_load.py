"""Large documents: written in bounded batches on both engines, and still atomic per document.

A document whose rows take many write chunks is loaded while a fault is injected after some of
them: the graph must be the previous version (every saved query answers as before, no staged
row anywhere). On Neo4j a read during a load never sees a staged row, and a document whose one
transaction would pass the server's transaction memory limit loads on a server started with a
small limit (its own, on a free port and a temporary root sharing the fetched jars). A batch that
fits one chunk is written in one transaction and never staged.
"""
from __future__ import annotations

import socket

import pytest

from bench.meeting_text import meeting_text
from graph.store import StoreError
from loaders.pipeline import extract
from queries.library import load_library

DOC = "large-meeting"
SIZE = 12_000          # characters: a few hundred rows, dozens of chunks of CHUNK_ROWS rows
CHUNK_ROWS = 25
# saved queries that answer without parameters and list the whole graph or a document
SAVED = ("app_all_nodes", "app_all_edges", "documents", "responsibility_register",
         "gaps_no_responsible")


class InjectedFault(RuntimeError):
    """The failure a test injects in the middle of a load."""


@pytest.fixture(scope="module")
def versions():
    """Two versions of one document (same id, different text), each well over one chunk."""
    first = extract(meeting_text(SIZE, "paragraphs"), DOC)
    second = extract(meeting_text(SIZE, "paragraphs", seed=7), DOC)
    return first, second


def saved_answers(store) -> dict:
    library = load_library()
    out = {}
    for name in SAVED:
        res = library[name].run(store, {}, max_rows=100_000)
        out[name] = res.rows
    return out


def graph_rows(store) -> tuple[list, list]:
    nodes = store.run("MATCH (n) RETURN n.id AS id, n.kind AS kind, n.name AS name ORDER BY id",
                      max_rows=100_000).rows
    edges = store.run("MATCH (a)-[r]->(b) RETURN r.id AS id, r.type AS type, a.id AS a, "
                      "b.id AS b, r.quote AS quote ORDER BY id, a.id, b.id", max_rows=100_000).rows
    return nodes, edges


def failing_after(store, good_chunks: int):
    """A `_chunks` for `store` that raises InjectedFault once `good_chunks` chunks were handed
    out (counted over the whole load)."""
    real = store._chunks
    handed = {"n": 0}

    def chunks(rows):
        out = []
        for part in real(rows):
            if handed["n"] >= good_chunks:
                raise InjectedFault(f"fault injected after {good_chunks} chunks")
            handed["n"] += 1
            out.append(part)
        return out
    return chunks, handed


def test_row_chunks_bound_rows_and_characters():
    from graph.batch import row_chunks
    rows = [{"id": str(i), "quote": "x" * 40} for i in range(10)]
    assert [len(p) for p in row_chunks(rows, max_rows=4, max_chars=10_000)] == [4, 4, 2]
    # 41 characters a row: two rows fit in 90, a third does not
    assert [len(p) for p in row_chunks(rows, max_rows=100, max_chars=90)] == [2] * 5
    # a row larger than the bound is a chunk of its own, never dropped
    assert row_chunks([{"quote": "y" * 500}], max_rows=10, max_chars=100) == [[{"quote": "y" * 500}]]
    assert [r["id"] for p in row_chunks(rows, 3, 10_000) for r in p] == [str(i) for i in range(10)]
    assert row_chunks([], 3, 10) == []


@pytest.mark.slow      # two documents of benchmark size, each loaded in dozens of chunks
def test_a_fault_mid_load_leaves_the_previous_version(store, versions, monkeypatch):
    first, second = versions
    store.chunk_rows = CHUNK_ROWS
    store.load(first)
    before_rows, before_answers = graph_rows(store), saved_answers(store)
    assert len(before_rows[0]) > 5 * CHUNK_ROWS, "the document must span many chunks"

    chunks, handed = failing_after(store, 6)
    monkeypatch.setattr(store, "_chunks", chunks)
    with pytest.raises(InjectedFault):
        store.load(second)
    assert handed["n"] == 6, "the fault came after some chunks were written"

    assert graph_rows(store) == before_rows
    assert saved_answers(store) == before_answers
    kinds = {k for _, k, _ in graph_rows(store)[0]}
    assert "Staged" not in kinds and "Loading" not in kinds

    # the same load without the fault replaces the document, as a load into an empty store does
    monkeypatch.undo()
    store.chunk_rows = CHUNK_ROWS
    store.load(second)
    after = graph_rows(store)
    store.clear()
    store.chunk_rows = 10_000
    store.load(second)
    assert graph_rows(store) == after
    assert {i for i, _, _ in after[0]} == set(second.nodes)


def test_a_neo4j_read_during_a_load_never_sees_staged_rows(neo4j_settings, versions, monkeypatch):
    from graph.neo4j_store import Neo4jStore
    settings = neo4j_settings
    first, second = versions
    monkeypatch.setattr("graph.neo4j_store.LOAD_WAIT_MAX_S", 1.0)   # wait 1 s, then say so
    writer, reader = Neo4jStore(**settings), Neo4jStore(**settings)
    try:
        writer.clear()
        writer.chunk_rows = CHUNK_ROWS
        writer.load(first)
        before = graph_rows(reader)
        seen = []
        real = writer._chunks

        def chunks(rows):
            parts = real(rows)
            if parts and not seen:
                try:
                    seen.append(reader.run("MATCH (n) RETURN count(n) AS n", timeout=1.0).rows)
                except StoreError as exc:
                    seen.append(str(exc))
            return parts
        monkeypatch.setattr(writer, "_chunks", chunks)
        writer.load(second)
        assert seen and "a load of large-meeting is in progress" in seen[0], seen
        assert graph_rows(reader) != before
        assert {i for i, _, _ in graph_rows(reader)[0]} == set(second.nodes)
    finally:
        writer.clear()
        writer.close()
        reader.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# What one transaction may hold on the test's own server (the default server: 128 MiB), and a
# document past it when written in one transaction: small, so the proof takes seconds, not the
# minutes an 8 MiB limit and an 80,000-character document took.
SMALL_LIMIT = "2m"
PAST_LIMIT = 24_000        # characters


@pytest.fixture(scope="module")
def small_limit_server(tmp_path_factory, neo4j_settings):
    """A Neo4j of its own whose transactions may hold SMALL_LIMIT (naming neo4j_settings: the
    jars are fetched, or the test skips, and the test is marked `neo4j`)."""
    from graph.neo4j_server import LocalServer
    jars = LocalServer().lib
    root = tmp_path_factory.mktemp("neo4j-small")
    (root / "lib").symlink_to(jars, target_is_directory=True)
    server = LocalServer(root=root, port=_free_port(), transaction_memory=SMALL_LIMIT)
    server.start(timeout=240)
    try:
        yield server
    finally:
        server.stop()


@pytest.mark.slow
def test_neo4j_loads_a_document_larger_than_one_transaction_may_hold(small_limit_server):
    from graph.neo4j_store import Neo4jStore
    batch = extract(meeting_text(PAST_LIMIT, "paragraphs"), DOC)
    srv = small_limit_server
    store = Neo4jStore(srv.uri, srv.user, srv.password)
    try:
        store.ensure_schema()
        rows = [r for part in batch.node_rows().values() for r in part]
        # the premise: the document's nodes alone, written in one transaction as a load did
        # before, are past this server's limit (the transaction fails and leaves nothing)
        with pytest.raises(StoreError, match="memory|MiB"):
            store.run("UNWIND $rows AS row CREATE (n:Probe) SET n = row",
                      {"rows": rows}, read_only=False, timeout=120)
        assert store.run("MATCH (n:Probe) RETURN count(n)").rows == [[0]]
        store.chunk_rows, store.chunk_chars = 100, 50_000
        store.load(batch)
        nodes, edges = graph_rows(store)
        assert {i for i, _, _ in nodes} == set(batch.nodes)
        assert len(edges) == len(batch.edges) + len(batch.derived_mentions())
        store.load(batch, replace=True)            # a reload swaps in bounded transactions too
        assert graph_rows(store) == (nodes, edges)
    finally:
        store.close()


def test_a_neo4j_load_cut_short_after_its_commit_point_is_completed_by_the_next_read(
        neo4j_settings, versions, monkeypatch):
    """The swap dies after two of its phases (old edges and nodes deleted, new nodes still
    staged): the next read finishes it, and sees exactly the new version."""
    from graph.neo4j_load import StagedLoad
    from graph.neo4j_store import Neo4jStore
    settings = neo4j_settings
    first, second = versions
    store = Neo4jStore(**settings)
    try:
        store.clear()
        store.chunk_rows = 10_000
        store.load(second)
        expected = graph_rows(store)
        store.clear()
        store.chunk_rows = CHUNK_ROWS
        store.load(first)

        real, calls = StagedLoad._phase, {"n": 0}

        def dies_in_the_third_phase(self, statements):
            if self.document == DOC and "REMOVE n:Staged" in statements[0][0]:
                raise InjectedFault("the loading process died during the swap")
            calls["n"] += 1
            return real(self, statements)
        monkeypatch.setattr(StagedLoad, "_phase", dies_in_the_third_phase)
        with pytest.raises(InjectedFault):
            store.load(second)
        monkeypatch.undo()
        reader = Neo4jStore(**settings)
        try:
            nodes, edges = graph_rows(reader)
            assert edges == expected[1]
            # a resumed swap does not know which shared entities lost their last edge (it
            # collects none): every node of the new version is there, beside those orphans
            assert set(map(tuple, expected[0])) <= set(map(tuple, nodes))
            extra = [n for n in nodes if n not in expected[0]]
            assert all(not reader.run("MATCH (n)--() WHERE n.id = $id RETURN count(*)",
                                      {"id": n[0]}).rows[0][0] for n in extra)
            assert all(n[1] not in ("Passage", "Document", "Commitment", "Statement")
                       for n in extra), extra
        finally:
            reader.close()
    finally:
        store.clear()
        store.close()


def test_fits_one_chunk_counts_rows_and_characters_over_all_groups():
    from graph.batch import fits_one_chunk
    rows = [{"id": str(i), "quote": "x" * 40} for i in range(10)]   # 41 characters a row
    assert fits_one_chunk([rows[:6], rows[6:]], max_rows=10, max_chars=410)
    assert not fits_one_chunk([rows[:6], rows[6:]], max_rows=9, max_chars=10_000)
    assert not fits_one_chunk([rows[:6], rows[6:]], max_rows=100, max_chars=409)
    assert fits_one_chunk([], max_rows=1, max_chars=1)


def test_a_neo4j_batch_that_fits_one_chunk_is_written_in_one_transaction(
        neo4j_settings, versions, monkeypatch):
    """The report-sized path: no marker, no staging, the old single transaction; a batch over
    the bounds is staged. (The embedded store writes every batch in one transaction.)"""
    from graph.batch import fits_one_chunk
    from graph.neo4j_load import StagedLoad
    from graph.neo4j_store import Neo4jStore
    first, second = versions
    store = Neo4jStore(**neo4j_settings)
    store.clear()
    staged = []
    real = StagedLoad.run

    def run(self):
        staged.append(self.document)
        return real(self)
    monkeypatch.setattr(StagedLoad, "run", run)
    kinds = {n.id: n.kind for n in first.nodes.values()}
    groups = list(first.node_rows().values()) + list(first.edge_rows(kinds).values())
    assert fits_one_chunk(groups, store.chunk_rows, store.chunk_chars)
    store.load(first)
    assert staged == []
    assert {i for i, _, _ in graph_rows(store)[0]} == set(first.nodes)
    store.chunk_rows = CHUNK_ROWS
    store.load(second)
    assert staged == [DOC]
    assert {i for i, _, _ in graph_rows(store)[0]} == set(second.nodes)
    store.clear()
    store.close()


def test_a_staged_load_waits_for_a_read_that_began_before_it(neo4j_settings, versions):
    """A read transaction open when a staged load begins (it looked for markers before there was
    one) ends before the load stages anything; readers that begin later see the marker."""
    import threading
    import time
    from neo4j import READ_ACCESS
    from graph.neo4j_store import Neo4jStore
    first, second = versions
    writer = Neo4jStore(**neo4j_settings)
    try:
        writer.clear()
        writer.load(first)
        writer.chunk_rows = CHUNK_ROWS
        session = writer._driver.session(database=writer.database,
                                         default_access_mode=READ_ACCESS)
        early = session.begin_transaction()
        assert early.run("MATCH (m:Loading) RETURN count(m)").single()[0] == 0
        failures = []

        def load():
            try:
                writer.load(second)
            except Exception as exc:  # noqa: BLE001 - reported below
                failures.append(exc)
        thread = threading.Thread(target=load)
        thread.start()

        def plain(query):
            with writer._driver.session(database=writer.database) as s:
                return s.run(query).single()[0]
        deadline = time.monotonic() + 30
        while not plain("MATCH (m:Loading) RETURN count(m)") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert plain("MATCH (m:Loading) RETURN count(m)") == 1, "the load has begun"
        time.sleep(1.0)
        assert plain("MATCH (n:Staged) RETURN count(n)") == 0, "nothing staged while it is open"
        early.close()
        session.close()
        thread.join(120)
        assert not thread.is_alive() and not failures, failures
        assert {i for i, _, _ in graph_rows(writer)[0]} == set(second.nodes)
    finally:
        writer.clear()
        writer.close()


@pytest.mark.slow
def test_neo4j_removes_or_shrinks_a_document_larger_than_one_transaction_may_hold(
        small_limit_server):
    """Removing a large document (the app's Documents page), or replacing it by a version that
    fits one chunk, deletes the old version in bounded transactions too: before, the delete ran
    in one transaction and a 5 MB document failed on the default 128 MiB limit."""
    from graph.neo4j_store import Neo4jStore
    batch = extract(meeting_text(PAST_LIMIT, "paragraphs"), DOC)
    small = extract(meeting_text(600, "paragraphs", seed=2), DOC)     # 20 nodes, 7 edges
    srv = small_limit_server
    store = Neo4jStore(srv.uri, srv.user, srv.password)
    try:
        store.ensure_schema()
        store.clear()
        store.chunk_rows, store.chunk_chars = 100, 50_000     # the small version fits one chunk
        store.load(batch)
        store.load(small, replace=True)
        nodes, _ = graph_rows(store)
        assert {i for i, _, _ in nodes} == set(small.nodes)
        store.load(batch, replace=True)
        store.remove_document(DOC)
        assert store.run("MATCH (n) WHERE n.doc = $d RETURN count(n)", {"d": DOC}).rows == [[0]]
        assert store.documents() == []
    finally:
        store.close()


@pytest.mark.slow
def test_neo4j_deletes_of_a_large_document_shrink_to_what_the_server_holds(small_limit_server):
    """A delete cannot count the characters it removes before it runs: its phases halve their
    row budget when a transaction passes the server's memory limit. Here the row budget is
    far past what the server holds (as 2,000 rows were for a 5 MB document on 128 MiB), while
    the writes are bounded by characters; the stored version's text alone tells that its
    delete needs bounded transactions. Before, the removal ran in one transaction and failed."""
    from graph.neo4j_store import Neo4jStore
    batch = extract(meeting_text(PAST_LIMIT, "paragraphs"), DOC)
    srv = small_limit_server
    store = Neo4jStore(srv.uri, srv.user, srv.password)
    try:
        store.ensure_schema()
        store.clear()
        store.chunk_rows, store.chunk_chars = 100_000, 50_000
        store.load(batch)
        nodes, edges = graph_rows(store)
        assert {i for i, _, _ in nodes} == set(batch.nodes)
        store.remove_document(DOC)
        assert store.run("MATCH (n) WHERE n.doc = $d RETURN count(n)", {"d": DOC}).rows == [[0]]
        assert store.run("MATCH ()-[r]->() RETURN count(r)").rows == [[0]]
        assert store.documents() == []
    finally:
        store.close()


@pytest.mark.slow
def test_a_removal_cut_short_on_a_large_document_does_not_block_later_loads(small_limit_server):
    """A removal of a large document stopped after its commit point (its swap passed the
    transaction limit, or the process was killed) leaves a `swapping` marker; every later load
    first completes it. Before, that completion ran the same too-large transactions again and
    failed, so every later load failed on the transaction limit, however small its document."""
    from graph.neo4j_load import LOADING
    from graph.neo4j_store import Neo4jStore
    batch = extract(meeting_text(PAST_LIMIT, "paragraphs"), DOC)
    small = extract(meeting_text(600, "paragraphs", seed=2), "small-meeting")
    srv = small_limit_server
    store = Neo4jStore(srv.uri, srv.user, srv.password)
    try:
        store.ensure_schema()
        store.clear()
        store.chunk_rows, store.chunk_chars = 100, 50_000
        store.load(batch)
        # the marker a removal leaves when it dies past its commit point (no staged rows: the
        # swap only deletes the old version), its process gone (no liveness transaction)
        store.run(f"CREATE (m:{LOADING} {{document: $d, token: 'dead0', state: 'swapping', "
                  "at: timestamp()})", {"d": DOC}, read_only=False)
        store.chunk_rows = 100_000                      # a budget past the server's limit
        store.load(small)
        assert store.run(f"MATCH (m:{LOADING}) RETURN count(m)").rows == [[0]]
        assert store.run("MATCH (n) WHERE n.doc = $d RETURN count(n)", {"d": DOC}).rows == [[0]]
        nodes, _ = graph_rows(store)
        assert {i for i, _, _ in nodes} == set(small.nodes)
        assert [d["id"] for d in store.documents()] == ["small-meeting"]
    finally:
        store.close()
