"""A large document on the embedded engine: written in bounded transactions, atomic all the same.

A batch whose rows pass `bounded_load_chars` is written one statement per transaction with a
checkpoint every `bounded_checkpoint_bytes` of log (so part of it reaches the main file before
it ends); the file is copied first and a side file marks the load. The tests set both bounds
small so a 12,000-character document takes that path with a few checkpoints, then check that a
load failing mid-way (a fault injected between chunks) and a load whose process is killed leave
the previous graph, that the next command says so in one line, that a reader during the load
sees the previous graph, and that a small document keeps the one-transaction path (no copy).
Peak memory is measured in bench/load_growth.py, not here.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.meeting_text import meeting_text
from graph.embedded_store import EmbeddedStore
from graph.store import StoreError
from loaders.pipeline import extract
from tests.conftest import REPO
from tests.graph.test_large_load import InjectedFault, failing_after, graph_rows

pytestmark = pytest.mark.slow      # two documents loaded with several checkpoints each

DOC = "long-session"
SIZE = 12_000
CHUNK_ROWS = 25
BOUNDS = {"bounded_load_chars": 1_000, "bounded_checkpoint_bytes": 512 << 10}


@pytest.fixture(scope="module")
def versions():
    """Two versions of one document (same id, different text), each well over one chunk."""
    return (extract(meeting_text(SIZE, "paragraphs", seed=3), DOC),
            extract(meeting_text(SIZE, "paragraphs", seed=11), DOC))


def bounded_store(path: Path) -> EmbeddedStore:
    store = EmbeddedStore(path)
    store.chunk_rows = CHUNK_ROWS
    for name, value in BOUNDS.items():
        setattr(store, name, value)
    return store


def counting_checkpoints(store: EmbeddedStore, monkeypatch) -> list:
    done = []
    real = store._checkpoint

    def checkpoint(conn):
        real(conn)
        done.append(1)
    monkeypatch.setattr(store, "_checkpoint", checkpoint)
    return done


def leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir()
                  if p.name.endswith((".loading", ".before-load", ".tmp", ".wal")))


def test_a_large_load_failing_mid_way_leaves_the_previous_graph(tmp_path, versions, monkeypatch):
    first, second = versions
    path = tmp_path / "graph.lbug"
    store = bounded_store(path)
    reader = EmbeddedStore(path)
    try:
        store.load(first)
        before = graph_rows(store)
        assert {i for i, _, _ in before[0]} == set(first.nodes)

        checkpoints = counting_checkpoints(store, monkeypatch)
        chunks, handed = failing_after(store, 30)
        seen = []

        def chunks_and_read(rows):
            if handed["n"] >= 20 and not seen:     # after a checkpoint wrote part of it
                seen.append(graph_rows(reader))
            return chunks(rows)
        monkeypatch.setattr(store, "_chunks", chunks_and_read)
        with pytest.raises(StoreError) as failed:
            store.load(second)
        assert handed["n"] == 30
        assert len(checkpoints) >= 2, "part of the second version reached the main file"
        line = str(failed.value)
        assert "\n" not in line and "failed (fault injected after 30 chunks)" in line
        assert "the graph is as it was before it" in line
        assert isinstance(failed.value.__context__, InjectedFault)

        assert seen == [before], "a reader during the load sees the graph before it"
        assert graph_rows(store) == before
        assert graph_rows(reader) == before
        assert leftovers(path) == []

        monkeypatch.undo()
        store.chunk_rows = CHUNK_ROWS
        store.load(second)                          # the same load without the fault
        after = graph_rows(reader)
        assert {i for i, _, _ in after[0]} == set(second.nodes)
        assert leftovers(path) == []
    finally:
        store.close()
        reader.close()


KILLED_LOAD = """
import os, signal, sys
from bench.meeting_text import meeting_text
from loaders.pipeline import extract
from tests.graph.test_bounded_embedded_load import bounded_store, SIZE, DOC
store = bounded_store(sys.argv[1])
batch = extract(meeting_text(SIZE, "paragraphs", seed=11), DOC)
real_checkpoint, real_chunks = store._checkpoint, store._chunks
done = []
def checkpoint(conn):
    real_checkpoint(conn)
    done.append(1)
def chunks(rows):
    if len(done) >= 2:                  # the copy is taken and part of the load checkpointed
        print("KILLED", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    return real_chunks(rows)
store._checkpoint, store._chunks = checkpoint, chunks
store.load(batch)
print("NOT KILLED", flush=True)
"""


def test_a_killed_large_load_is_undone_by_the_next_command(tmp_path, versions):
    first, _ = versions
    path = tmp_path / "graph.lbug"
    store = bounded_store(path)
    store.load(first)
    before = graph_rows(store)
    store.close()

    child = subprocess.run([sys.executable, "-c", KILLED_LOAD, str(path)], cwd=REPO,
                           capture_output=True, text=True, timeout=900)
    assert child.returncode == -9 and "KILLED" in child.stdout, (child.stdout, child.stderr)
    assert Path(str(path) + ".loading").exists() and Path(str(path) + ".before-load").exists()
    mark = json.loads(Path(str(path) + ".loading").read_text(encoding="utf-8"))
    assert mark["document"] == DOC

    env = {**os.environ, "ACTAGRAPH_DB": str(path)}
    env.pop("NEO4J_URI", None)
    env.pop("ACTAGRAPH_ENGINE", None)
    proc = subprocess.run([sys.executable, "-m", "actagraph.cli", "stats"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    said = [line for line in proc.stderr.splitlines() if line.startswith("actagraph: ")]
    assert len(said) == 1, proc.stderr
    assert f"the load of '{DOC}' was interrupted; the graph was put back" in said[0]

    again = EmbeddedStore(path)
    try:
        assert graph_rows(again) == before
        assert again.notices == []                  # said once, by the command that undid it
    finally:
        again.close()
    assert leftovers(path) == []


def test_a_small_document_keeps_one_transaction_and_takes_no_copy(tmp_path, versions,
                                                                  monkeypatch):
    first, _ = versions
    store = EmbeddedStore(tmp_path / "graph.lbug")       # the default bound: millions of chars

    def no_copy(document):
        raise AssertionError("a small document must not copy the store")
    monkeypatch.setattr(store, "_mark_load", no_copy)
    try:
        store.load(first)
        assert {i for i, _, _ in graph_rows(store)[0]} == set(first.nodes)
    finally:
        store.close()
    store = bounded_store(tmp_path / "other.lbug")
    monkeypatch.setattr(store, "_mark_load", no_copy)
    try:
        with pytest.raises(AssertionError, match="must not copy"):
            store.load(first)                        # the same document past a small bound does
    finally:
        store.close()
