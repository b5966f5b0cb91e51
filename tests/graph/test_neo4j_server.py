"""Starts a real Neo4j: the point is to prove that the server, its auth and its pid handling work here.

Nothing is mocked and nothing skips: if Neo4j cannot start on this machine these tests fail. The
server runs on its own port and temporary root (sharing the already fetched jars through a symlink)
so it never touches a developer's server on 7687.
"""
from __future__ import annotations

import stat
import subprocess
import sys
from pathlib import Path

import pytest
from neo4j import GraphDatabase
from neo4j.exceptions import AuthError

from graph.neo4j_server import LocalServer

TEST_PORT = 7697


def _dead_pid() -> int:
    """A pid that certainly belonged to a process and is now gone (reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def _server_at(root: Path, port: int, jars: Path) -> LocalServer:
    root.mkdir(parents=True, exist_ok=True)
    (root / "lib").symlink_to(jars, target_is_directory=True)
    return LocalServer(root=root, port=port)


@pytest.fixture(scope="module")
def jars() -> Path:
    shared = LocalServer()
    shared.fetch()
    return shared.lib


@pytest.fixture(scope="module")
def server(tmp_path_factory, jars):
    srv = _server_at(tmp_path_factory.mktemp("neo4j"), TEST_PORT, jars)
    srv.start(timeout=180)
    try:
        yield srv
    finally:
        srv.stop()
    assert srv.status() == "stopped"


def test_status_says_running(server):
    pid = int(server.pid_file.read_text())
    assert server.status() == f"running on bolt://127.0.0.1:{TEST_PORT} (pid {pid})"
    assert server.uri == f"bolt://127.0.0.1:{TEST_PORT}"


def test_password_is_generated_and_private(server):
    assert len(server.password) >= 20
    assert stat.S_IMODE(server.password_file.stat().st_mode) == 0o600
    assert server.password not in (server.conf_dir / "neo4j.conf").read_text()
    assert server.password not in server.log_file.read_text()


def test_driver_connects_with_generated_password(server):
    with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one")
        assert records[0]["one"] == 1
        components, _, _ = driver.execute_query("CALL dbms.components() YIELD versions, edition")
        assert components[0]["edition"] == "community"
        assert components[0]["versions"][0].startswith("5.26.")


@pytest.mark.parametrize("wrong", ["not-the-password", "neo4j"], ids=["wrong", "default"])
def test_wrong_password_is_rejected(server, wrong):
    with GraphDatabase.driver(server.uri, auth=(server.user, wrong)) as driver:
        with pytest.raises(AuthError):
            driver.execute_query("RETURN 1")


def test_start_when_running_returns_at_once(server):
    before = server.status()
    server.start(timeout=5)
    assert server.status() == before


def test_stale_pid_file_on_stopped_root(tmp_path, jars):
    # Never started: no JVM is spent, only the pid bookkeeping is exercised.
    srv = _server_at(tmp_path / "stale", TEST_PORT + 1, jars)
    srv.pid_file.parent.mkdir(parents=True)
    srv.pid_file.write_text(f"{_dead_pid()}\n")
    assert srv.status() == "stopped"
    srv.stop()
    assert not srv.pid_file.exists()


def test_restart_over_stale_pid_file(server):
    # Last on purpose: it restarts the shared server, which also shows a restart keeps the password.
    server.stop()
    assert server.status() == "stopped"
    dead = _dead_pid()
    server.pid_file.write_text(f"{dead}\n")
    server.start(timeout=180)
    pid = int(server.pid_file.read_text())
    assert pid != dead
    assert server.status() == f"running on bolt://127.0.0.1:{TEST_PORT} (pid {pid})"
    with GraphDatabase.driver(server.uri, auth=(server.user, server.password)) as driver:
        assert driver.execute_query("RETURN 2 AS two").records[0]["two"] == 2
