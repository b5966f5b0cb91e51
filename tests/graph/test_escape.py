"""Getting past the read-only guarantee, tried for real on both engines.

Every attack here is also sent straight to the engine's read path (`store._run`, past the lexical
guard), and the test checks what would have happened, not only that an error came back: a
sentinel file or directory must not exist, a local HTTP listener must receive nothing, a secret
file's content must appear nowhere, the store must still answer afterwards.
"""
from __future__ import annotations

import http.server
import threading
import time

import pytest

from graph.export import graph_of_store, to_json
from graph.readonly import ReadOnlyError, check_read_only
from graph.store import QueryTimeout, StoreError
from tests.graph.test_store_contract import small_batch

FW = "\uff3c"          # FULLWIDTH REVERSE SOLIDUS: NFKC makes it a backslash, the engines do not
SMALL = "\ufe68"       # SMALL REVERSE SOLIDUS, the same trick

# Refused by the guard: the full-width escape trick and its variants, homoglyphs, comments,
# string escapes of both engines, admin commands, and single-expression bombs.
ESCAPES = [
    f"RETURN 'a{FW}' AS x; LOAD FROM '/etc/passwd' (file_format='csv') RETURN *; RETURN 'z'",
    f"RETURN 'a{SMALL}' AS x; LOAD FROM '/etc/passwd' (file_format='csv') RETURN *; RETURN 'z'",
    f"RETURN \"a{FW}\" AS x; CALL timeout=0; RETURN \"z\"",
    f"WITH 'a{FW}' AS x COPY (MATCH (n) RETURN n.id) TO '/tmp/actagraph-x.csv'",
    f"WITH 'a{FW}' AS x CHECKPOINT",
    f"WITH 'a{FW}' AS x LOAD CSV FROM 'http://127.0.0.1:9/' AS r RETURN r",
    f"MATCH (n) WHERE n.name = 'x{FW}' LOAD CSV FROM 'file:///password' AS r RETURN r",
    "ＬＯＡＤ CSV FROM 'http://127.0.0.1:9/' AS r RETURN r",                # full-width letters
    "\u0421REATE (n:Country {id: 'x'})",                                 # Cyrillic С
    "MATCH (n) RETURN n \uff1b LOAD FROM '/etc/passwd' RETURN *",        # full-width semicolon
    "MATCH (n) RETURN n\u037e LOAD FROM '/etc/passwd' RETURN *",         # Greek question mark
    "MATCH (n) /* ' */ LOAD CSV FROM 'http://127.0.0.1:9/' AS r RETURN r",
    "MATCH (n) // '\rLOAD CSV FROM 'http://127.0.0.1:9/' AS r RETURN r",  # CR ends a // comment
    "MATCH (n) //\u2028LOAD CSV FROM 'http://127.0.0.1:9/' AS r RETURN r",
    "MATCH (n) //\u0085LOAD CSV FROM 'http://127.0.0.1:9/' AS r RETURN r",
    "MATCH (n) /* never closed RETURN n",
    "RETURN 'a\\u0027 AS x; LOAD CSV FROM 'http://127.0.0.1:9/' AS r RETURN r //'",
    "RETURN 'a\\U00000027 AS x LOAD CSV FROM 'http://127.0.0.1:9/' AS r RETURN r //'",
    "RETURN 'a\\x' AS x",                                                # unknown escape
    "RETURN 'it\\'s' AS x; CHECKPOINT",
    "RETURN '\\\\' AS x; CHECKPOINT",
    "RETURN 1 AS `a\\` LOAD CSV FROM 'http://127.0.0.1:9/' AS r RETURN r",
    "RETURN 1 AS `a",
    "RETURN 'unterminated",
    "RETURN 1 AS x;; ",
    "LOAD FROM '/etc/passwd' (file_format='csv', delim=':', header=false) RETURN *",
    "COPY (MATCH (n) RETURN n.id) TO '/tmp/actagraph-x.parquet'",
    "EXPORT DATABASE '/tmp/actagraph-export'",
    "CHECKPOINT",
    "CALL timeout=0",
    "CALL current_setting('timeout') RETURN *",
    "CALL threads=1",
    "INSTALL json",
    "LOAD EXTENSION json",
    "ATTACH '/tmp/other.lbug' AS o (dbtype lbug)",
    "USE system SHOW USERS",
    "SHOW TRANSACTIONS YIELD currentQuery, parameters, clientAddress",
    "SHOW SETTINGS",
    "SHOW PROCEDURES",
    "SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "CALL db.schema.visualization()",
    "CALL dbms.components()",
    "CALL dbms.listConfig()",
    "CALL `db`.`schema`.`visualization`()",
    "CALL { MATCH (n) RETURN n } RETURN n",
    "EXPLAIN MATCH (n) RETURN n",
    "PROFILE MATCH (n) RETURN n",
    "RETURN size(reduce(s='a', i IN range(1,40) | s + s)) AS n",
    "RETURN size(reduce(s='', i IN range(1, 20000000) | s + 'x')) AS n",
    "MATCH (n) WITH collect(n.id) AS l RETURN reduce(s='', x IN l | s + x) AS n",
    "UNWIND range(1, 1000000000) AS x RETURN count(x)",
    "RETURN size(range(1, 1000000000))",
]


# the guard refuses each of them: tests/graph/test_readonly.py::test_guard_refuses


@pytest.mark.parametrize("query", [
    f"MATCH (n) WHERE n.name = 'a{FW}b' RETURN n.id AS id",        # a full-width backslash in data
    "MATCH (n) WHERE n.name = 'it\\'s' OR n.name = \"say \\\"hi\\\"\" RETURN n.id AS id",
    "MATCH (n) WHERE n.name CONTAINS 'ÁÉÍ ñ' RETURN n.id AS id // comentario: señal\n",
    "MATCH (n) /* a ' quote */ RETURN n.id AS `the id`;",
    "CALL db.labels()",
    "CALL show_tables() RETURN *",
    "MATCH p=(a)-[*1..3]-(b) RETURN reduce(k = '', n IN nodes(p) | k + n.id) AS key LIMIT 1",
])
def test_guard_allows_reads(query):
    check_read_only(query)


# -- straight at the engines --------------------------------------------------------------------
class _Listener(http.server.BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802 - the http.server interface
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"id\nleaked\n")

    def log_message(self, *args):
        pass


@pytest.fixture
def listener():
    """A local HTTP server that records every request it receives."""
    handler = type("Handler", (_Listener,), {"hits": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits
    server.shutdown()
    server.server_close()


def _attacks(where, url):
    where.mkdir()
    secret = where / "secret.csv"
    secret.write_text("id\nTOP-SECRET-7731\n", encoding="utf-8")
    out = where / "out"
    return secret, out, [
        # LadybugDB
        f"LOAD FROM '{secret}' (file_format='csv', header=true) RETURN *",
        f"LOAD FROM '{url}/a.csv' (file_format='csv', header=true) RETURN *",
        f"COPY (MATCH (n) RETURN n.id) TO '{out}.csv'",
        f"COPY (MATCH (n) RETURN n.id) TO '{out}.parquet'",
        f"EXPORT DATABASE '{out}'",
        "CALL timeout=0",
        "CALL current_setting('timeout') RETURN *",
        "INSTALL json",
        "LOAD EXTENSION json",
        f"ATTACH '{out}.lbug' AS o (dbtype lbug)",
        "CHECKPOINT",
        # Neo4j
        f"LOAD CSV FROM '{url}/b.csv' AS row RETURN row",
        f"LOAD CSV WITH HEADERS FROM 'file:///{secret.name}' AS row RETURN row",
        "SHOW TRANSACTIONS YIELD currentQuery, parameters, clientAddress",
        "SHOW SETTINGS",
        "SHOW PROCEDURES",
        "SHOW TRANSACTIONS YIELD transactionId AS t TERMINATE TRANSACTIONS t YIELD transactionId "
        "AS id RETURN id",
        "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
        "CALL db.schema.visualization()",
        "CALL dbms.components()",
    ]


# The attacks each engine parses: its read path must refuse them as writes, not fail on syntax.
NATIVE = {"embedded": ("LOAD FROM", "COPY", "CALL timeout", "CALL current_setting", "INSTALL",
                       "CHECKPOINT"),
          "neo4j": ("LOAD CSV", "SHOW", "TERMINATE", "CALL db.schema", "CALL dbms")}


def test_engines_refuse_past_the_guard(store, tmp_path, listener):
    url, hits = listener
    store.load(small_batch())
    before = to_json(graph_of_store(store))
    secret, out, attacks = _attacks(tmp_path / "attack", url)
    for query in attacks:
        with pytest.raises((ReadOnlyError, StoreError)) as err:
            store._run(query, {}, read_only=True, timeout=5, max_rows=10)
        assert "TOP-SECRET" not in str(err.value)
        if query.startswith(NATIVE[store.engine]):
            assert err.type is ReadOnlyError, (query, err.value)
        # the guard refuses every one of them too
        with pytest.raises(ReadOnlyError):
            store.run(query)
    assert hits == [], "a query sent an HTTP request"
    leftovers = sorted(p.name for p in secret.parent.iterdir() if p != secret)
    assert leftovers == [], f"a query wrote {leftovers}"
    # nothing changed, and a fresh reader still opens the store (no pending checkpoint recovery)
    assert to_json(graph_of_store(store)) == before
    assert store.run("MATCH (n:Country) RETURN count(n) AS n").rows == [[1]]


@pytest.mark.slow      # opens a LadybugDB file; `make test` runs it
def test_a_second_reader_opens_the_file_after_the_attempts(tmp_path):
    """CHECKPOINT from a read-only handle left every later reader failing ("checkpoint recovery is
    pending"); the worker never runs it, so a new process opens the file as before."""
    from graph.embedded_store import EmbeddedStore
    path = tmp_path / "graph.lbug"
    first = EmbeddedStore(path)
    first.load(small_batch())
    for query in ("CHECKPOINT", "CALL checkpoint_threshold=1", "CALL timeout=0"):
        with pytest.raises(ReadOnlyError):
            first._run(query, {}, read_only=True, timeout=5, max_rows=10)
    first.close()
    second = EmbeddedStore(path)
    assert second.run("MATCH (n:Country) RETURN n.id AS id").rows == [["country:cl"]]
    second.close()


# -- resources -----------------------------------------------------------------------------------
BOMBS = {
    # The embedded worker runs the guard itself, so only bombs the guard lets through reach it.
    "embedded": ["RETURN size(repeat('abcdefgh', 1000000000)) AS n",
                 "RETURN size(repeat(repeat('abcdefgh', 100000), 100000)) AS n",
                 "MATCH (a), (b), (c), (d) RETURN size(collect(repeat(a.id + b.id, 1000))) AS n"],
    "neo4j": ["RETURN size(reduce(s='a', i IN range(1,40) | s + s)) AS n",
              "RETURN size([x IN range(1, 1000000000) | x]) AS n"],
}


def test_memory_bombs_stop_and_the_store_answers(store):
    """Each of these (and UNWIND range(1, 1000000000), which the guard now refuses) grew a
    process to gigabytes, crashed it, or killed the Neo4j server."""
    store.load(_dense(120))
    for query in BOMBS[store.engine]:
        started = time.monotonic()
        with pytest.raises(StoreError) as err:
            store._run(query, {}, read_only=True, timeout=20, max_rows=10)
        assert "memory" in str(err.value) or "stopped" in str(err.value), err.value
        assert time.monotonic() - started < 60
        assert store.run("MATCH (n:Country) RETURN count(n) AS n").rows == [[121]]


def _dense(n: int):
    b = small_batch()
    for i in range(n):
        b.add_node(f"country:c{i}", "Country", f"C{i}", [])
    return b


def test_time_limit_stops_a_cross_product(store):
    store.load(_dense(120))
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        store.run("MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id + d.id = 'x' "
                  "RETURN count(*) AS n", timeout=2.0)
    assert time.monotonic() - started < 20
    assert store.run("MATCH (n:Country) RETURN count(n) AS n").rows == [[121]]


def test_store_answers_while_a_runaway_is_stopped(store):
    """One query runs into its time limit in a thread; reads in the meantime answer before it is
    stopped (they are not queued behind it), whatever the machine's load makes of the seconds."""
    store.load(_dense(120))
    store.run("MATCH (n) RETURN count(n) AS n")                   # workers warm
    outcome = {}

    def runaway():
        try:
            # five-way: 121^5 rows, which no machine counts in 10 s (a four-way product once
            # finished inside the limit on an idle machine, and the test saw no timeout)
            store.run("MATCH (a), (b), (c), (d), (e) WHERE a.id + b.id + c.id + d.id + e.id = 'x' "
                      "RETURN count(*) AS n", timeout=10.0)
        except Exception as exc:  # noqa: BLE001 - recorded and checked below
            outcome["error"] = exc
        finally:
            outcome["stopped"] = time.monotonic()

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.5)
    answered = []
    while thread.is_alive() and len(answered) < 3:
        rows = store.run("MATCH (n:Country) RETURN count(n) AS n", timeout=10).rows
        answered.append((rows, time.monotonic()))
    thread.join(60)
    assert isinstance(outcome.get("error"), QueryTimeout), outcome
    assert answered and all(rows == [[121]] for rows, _ in answered)
    assert min(done for _, done in answered) < outcome["stopped"]


@pytest.mark.slow      # opens a LadybugDB file; `make test` runs it
def test_worker_crash_leaves_the_store_answering(tmp_path):
    """A worker killed mid-query (as the memory ceiling does) is replaced on the next read."""
    import os
    import signal
    from graph.embedded_store import EmbeddedStore
    store = EmbeddedStore(tmp_path / "graph.lbug")
    store.load(small_batch())
    store.run("RETURN 1 AS one")
    pool = store._pool
    worker = pool._idle[0]
    os.kill(worker.proc.pid, signal.SIGKILL)
    worker.proc.wait(10)
    assert store.run("MATCH (n:Country) RETURN n.id AS id").rows == [["country:cl"]]
    store.close()
