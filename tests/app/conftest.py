"""Fixtures of the app tests: temp embedded databases holding the real report (through the real
loader) and the hostile document, and a running `streamlit run app.py` server for the browser
tests."""
from __future__ import annotations

import copy
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.app import report_fixture
from tests.conftest import extracted_report

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run"]


def report_batch():
    """A copy of the real report's batch (extracted once per session; the copy may be changed)."""
    return copy.deepcopy(extracted_report())


def _make_db(path: Path, *batches) -> Path:
    """An embedded database as `actagraph load` leaves it: the batches, then the reference layer."""
    from graph.embedded_store import EmbeddedStore
    from loaders.reference import reference_batch
    store = EmbeddedStore(path)
    for b in batches:
        store.load(b)
    store.load(reference_batch())
    store.close()
    return path


@pytest.fixture(scope="session")
def app_db(tmp_path_factory) -> Path:
    return _make_db(tmp_path_factory.mktemp("appdb") / "graph.lbug", report_batch())


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory) -> Path:
    return _make_db(tmp_path_factory.mktemp("hostiledb") / "graph.lbug", report_batch(),
                    report_fixture.hostile_batch())


@pytest.fixture(scope="session")
def formula_db(tmp_path_factory) -> Path:
    return _make_db(tmp_path_factory.mktemp("formuladb") / "graph.lbug", report_batch(),
                    report_fixture.formula_batch())


@pytest.fixture
def app_env(app_db, monkeypatch):
    monkeypatch.setenv("ACTAGRAPH_DB", str(app_db))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.delenv("ACTAGRAPH_ENGINE", raising=False)
    return app_db


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`streamlit run app.py` on a free port, on the embedded database `db`, or on Neo4j when
    `neo4j` (uri, user, password, database as graph.config.neo4j_settings gives them) is given."""

    def __init__(self, db: Path | None, neo4j: dict | None = None, review: Path | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
        if neo4j is None:
            env.update(ACTAGRAPH_DB=str(db), ACTAGRAPH_ENGINE="embedded")
        else:
            env.pop("ACTAGRAPH_ENGINE", None)
            env.update(NEO4J_URI=neo4j["uri"], NEO4J_USER=neo4j["user"],
                       NEO4J_PASSWORD=neo4j["password"], NEO4J_DATABASE=neo4j["database"])
        if review is not None:
            env["ACTAGRAPH_REVIEW"] = str(review)
        self.log = open(ARTIFACTS / f"streamlit-{self.port}.log", "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "streamlit", "run", str(REPO / "app.py"),
             "--server.port", str(self.port), "--server.address", "127.0.0.1",
             "--server.headless", "true", "--browser.gatherUsageStats", "false"],
            cwd=REPO, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                urllib.request.urlopen(self.url + "/_stcore/health", timeout=2)
                return
            except OSError:
                if self.proc.poll() is not None:
                    break
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"streamlit did not start; see {self.log.name}")

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()


def _server(db):
    ARTIFACTS.mkdir(exist_ok=True)
    server = Server(db)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def server(app_db):
    yield from _server(app_db)


@pytest.fixture(scope="session")
def hostile_server(hostile_db):
    yield from _server(hostile_db)


@pytest.fixture(scope="session")
def formula_server(formula_db):
    yield from _server(formula_db)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is required under CI (make browser installs it)")
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
