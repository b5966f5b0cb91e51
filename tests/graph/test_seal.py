"""The seal of an embedded store: complete at once for a file up to graph.seal.INLINE_BYTES,
pending then completed in the background above it, and in both cases a file changed behind the
engine's back refused (graph/seal.py says what a pending seal can and cannot tell)."""
from __future__ import annotations

import hashlib
import shutil
import time
from pathlib import Path

import pytest

import graph.seal as seal_mod
from graph.embedded_store import EmbeddedStore
from graph.store import StoreError
from tests.graph.test_store_contract import small_batch

WAIT_S = 300      # a bound against a hang on a shared machine, not a timing


def _stored(path: Path) -> Path:
    store = EmbeddedStore(path)
    try:
        store.load(small_batch())
    finally:
        store.close()
    return path


def _stomp(path: Path) -> None:
    with open(path, "r+b") as fh:
        fh.seek(path.stat().st_size // 2)
        fh.write(b"\x5a" * 4096)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read(path: Path) -> tuple[dict, list[str]]:
    store = EmbeddedStore(path)
    try:
        return store.stats(), store.notices
    finally:
        store.close()


@pytest.fixture()
def no_background(monkeypatch):
    """Pending seals stay pending: the background completion is not started."""
    started = []
    monkeypatch.setattr(seal_mod, "INLINE_BYTES", 0)
    monkeypatch.setattr(seal_mod, "start_completion", lambda path, token: started.append(token))
    return started


def test_a_file_within_the_bound_is_sealed_before_the_writer_returns(tmp_path):
    db = _stored(tmp_path / "g.lbug")
    seal = seal_mod.read_seal(db)
    assert seal["sha256"] == _sha(db) and seal["size"] == db.stat().st_size
    assert "pending" not in seal


def test_above_the_bound_the_seal_is_completed_in_the_background(tmp_path, monkeypatch):
    monkeypatch.setattr(seal_mod, "INLINE_BYTES", 0)
    db = _stored(tmp_path / "g.lbug")
    deadline = time.monotonic() + WAIT_S
    while "sha256" not in (seal_mod.read_seal(db) or {}) and time.monotonic() < deadline:
        time.sleep(0.05)
    seal = seal_mod.read_seal(db)
    assert seal["sha256"] == _sha(db) and "pending" not in seal
    _stomp(db)
    with pytest.raises(StoreError, match="is damaged: its content changed"):
        _read(db)


def test_a_file_changed_in_place_while_its_seal_is_pending_is_refused(tmp_path, no_background):
    db = _stored(tmp_path / "g.lbug")
    assert no_background and "pending" in seal_mod.read_seal(db)
    counts, _ = _read(db)                    # unchanged: opened as with a complete seal
    assert counts["nodes"]["Country"] == 1
    _stomp(db)
    with pytest.raises(StoreError, match="is damaged: its content changed"):
        _read(db)


def test_a_copy_made_while_its_seal_is_pending_opens_and_says_it_was_not_checked(
        tmp_path, no_background):
    db = _stored(tmp_path / "g.lbug")
    copy = tmp_path / "copy" / "g.lbug"
    copy.parent.mkdir()
    shutil.copy(db, copy)
    shutil.copy(seal_mod.seal_path(db), seal_mod.seal_path(copy))
    counts, notices = _read(copy)
    assert counts["nodes"]["Country"] == 1
    assert any("copied before its seal was complete" in n for n in notices), notices


def test_a_completion_no_longer_wanted_writes_nothing(tmp_path, no_background):
    db = _stored(tmp_path / "g.lbug")
    token = seal_mod.read_seal(db)["pending"]
    assert not seal_mod.complete(db, "another token")        # a newer seal replaced it
    assert seal_mod.read_seal(db)["pending"] == token
    with open(db, "ab"):
        pass
    _stomp(db)                                                # the file moved since it was sealed
    assert not seal_mod.complete(db, token)
    assert "sha256" not in seal_mod.read_seal(db)
    seal_mod.seal_path(db).unlink()                          # a writer took the file
    assert not seal_mod.complete(db, token)
    assert not seal_mod.seal_path(db).exists()


def test_the_completion_seals_the_file_it_was_started_for(tmp_path, no_background):
    db = _stored(tmp_path / "g.lbug")
    assert seal_mod.complete(db, seal_mod.read_seal(db)["pending"])
    assert seal_mod.read_seal(db)["sha256"] == _sha(db)
    assert _read(db)[0]["nodes"]["Country"] == 1
