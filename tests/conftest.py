"""Shared fixtures: one store fixture parametrised over both engines, and the real report.

Neo4j is the real Community server (`actagraph neo4j start`, which `make test` runs first) or
whatever NEO4J_URI points at. Under CI=true an unreachable Neo4j fails the tests that need it;
only a developer's run without CI may skip them.
"""
from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from graph.config import ENGINES as ENGINE_REGISTRY

# Property tests draw the same examples on every run (a suite that passes on a clean clone passes
# again); a new example is a deliberate change of the test, not the luck of a CI run.
hypothesis_settings.register_profile("actagraph", derandomize=True, print_blob=True)
hypothesis_settings.load_profile("actagraph")

REPO = Path(__file__).resolve().parents[1]
REPORT = REPO / "data" / "sources" / "informe-troikas-crm-csm-2017-03-30.txt"
REPORT_ID = REPORT.stem
ENGINES = list(ENGINE_REGISTRY)
# Fixtures that start something heavy; a test that uses one (even through another fixture) gets
# the marker, so `make test-fast` (-m "not neo4j and not browser and not slow") never starts them.
# A graph database is heavy: opening a LadybugDB file, building its schema and loading a batch
# costs about a second of CPU (its query workers are processes of their own), and a load through
# `actagraph load` a Python process more; `make test` runs those tests.
MARKING_FIXTURES = {"neo4j_settings": "neo4j", "browser": "browser", "server": "browser",
                    "hostile_server": "browser",
                    **dict.fromkeys(("store", "report_store", "handmade_store", "report_db",
                                     "_embedded_report", "_embedded_handmade", "app_db",
                                     "hostile_db", "formula_db", "pristine_db"), "slow")}


def pytest_collection_modifyitems(config, items):
    """Mark each test by what it starts: Neo4j (also a store fixture's neo4j parameter), a browser
    or app server, so the fast loop is chosen by what a test needs, not by hand-kept lists."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        for fixture, marker in MARKING_FIXTURES.items():
            if fixture in names:
                item.add_marker(marker)
        params = getattr(getattr(item, "callspec", None), "params", {})
        if "neo4j" in params.values():
            item.add_marker("neo4j")


@pytest.fixture(scope="session")
def neo4j_settings():
    from graph.config import neo4j_settings as settings
    if not os.environ.get("NEO4J_URI"):
        from graph.neo4j_server import LocalServer, ServerError
        server = LocalServer()
        try:
            if "running" not in server.status():
                server.fetch()
                server.start()
        except ServerError as exc:
            if os.environ.get("CI") == "true":
                pytest.fail(f"Neo4j is required under CI and could not start: {exc}")
            pytest.skip(f"local Neo4j not available: {exc}")
    return settings()


def _open(engine: str, request, path: Path):
    if engine == "neo4j":
        from graph.neo4j_store import Neo4jStore
        store = Neo4jStore(**request.getfixturevalue("neo4j_settings"))
        try:
            store.ensure_schema()
        except Exception as exc:  # noqa: BLE001 - any failure to reach Neo4j is the point here
            if os.environ.get("CI") == "true":
                pytest.fail(f"Neo4j unreachable under CI: {exc}")
            pytest.skip(f"Neo4j unreachable: {exc}")
        return store
    # any other engine of the registry, built as the CLI builds it (a file store at `path`)
    from graph.config import store_class
    return store_class(engine).from_env({}, path)


@pytest.fixture(params=ENGINES)
def store(request, tmp_path):
    """An empty store of each engine; Neo4j is cleared before and after the test."""
    s = _open(request.param, request, tmp_path / "graph.lbug")
    s.clear()
    yield s
    s.clear()
    s.close()


@functools.cache
def extracted_report():
    """The real report's batch, extracted once per test process (every fixture and helper that
    needs it shares this one; treat it as read-only and deep-copy it to change it)."""
    from loaders.pipeline import load_file
    return load_file(REPORT)


@pytest.fixture(scope="session")
def report_batch():
    return extracted_report()


@pytest.fixture(scope="session")
def report_batch_again():
    """A second extraction of the real report, independent of `report_batch` and through the
    other entry point (`extract` on the file's text, where `report_batch` is `load_file`): the
    tests that extraction is deterministic compare the two; read-only."""
    from loaders.pipeline import extract
    from loaders.read import read_text
    return extract(read_text(REPORT), REPORT_ID, str(REPORT))


@pytest.fixture(scope="session")
def report_db(tmp_path_factory):
    """An embedded database file holding what `actagraph load REPORT` stores (the report and the
    reference layer), loaded once per test process by the command itself; never change it:
    `copy_of_db` gives a test its own copy."""
    import subprocess
    import sys
    db = tmp_path_factory.mktemp("report-db") / "graph.lbug"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    proc = subprocess.run([sys.executable, "-m", "actagraph.cli", "--db", str(db), "load",
                           str(REPORT)], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0 and proc.stdout.startswith(f"{REPORT_ID}: "), proc.stderr
    return db


def copy_of_db(db: Path, folder: Path) -> Path:
    """A copy of the embedded database `db` and the files beside it (its seal, its review file)
    in `folder`, with their times, so the copy opens as its own database; returns its path."""
    import shutil
    folder.mkdir(parents=True, exist_ok=True)
    for f in db.parent.iterdir():
        if f.is_file():
            shutil.copy2(f, folder / f.name)
    return folder / db.name


@pytest.fixture(scope="session")
def _embedded_report(tmp_path_factory, report_batch):
    from graph.embedded_store import EmbeddedStore
    s = EmbeddedStore(tmp_path_factory.mktemp("report") / "graph.lbug")
    load_with_reference(s, report_batch)
    yield s
    s.close()


def load_with_reference(store, batch):
    """What `actagraph load` stores for the real report: its batch, then the reference layer
    (hand-made batches stand alone)."""
    from loaders.reference import reference_batch
    store.load(batch)
    if batch.document == REPORT_ID:
        store.load(reference_batch())


def neo4j_holding(request, batch):
    """The shared Neo4j store holding exactly `batch`'s document (reloaded only if it does not).

    Every test of a session shares the one Neo4j database, so a fixture that needs some content
    checks the stored document ids and hash instead of trusting what an earlier test left.
    """
    s = _open("neo4j", request, Path())
    sha = batch.nodes[batch.document].properties["sha256"]
    # anything another test left beside the document (the reference layer, a bench corpus)
    # has relationships of another document: then start from an empty database
    from graph.batch import CURATED_DOC
    expected = {batch.document, CURATED_DOC} if batch.document == REPORT_ID else {batch.document}
    others = s.run("MATCH ()-[r]->() WHERE NOT r.doc IN $docs RETURN count(r)",
                   {"docs": sorted(expected)}).rows[0][0]
    if [d["id"] for d in s.documents()] != [batch.document] or others \
            or s.document_hash(batch.document) != sha:
        s.clear()
        load_with_reference(s, batch)
    return s


def holding(request, batch, embedded_fixture: str):
    """Yield a store of `request.param`'s engine holding exactly `batch`: the session's embedded
    store named by `embedded_fixture`, or the shared Neo4j store (closed afterwards)."""
    if request.param == "embedded":
        yield request.getfixturevalue(embedded_fixture)
        return
    s = neo4j_holding(request, batch)
    yield s
    s.close()


@pytest.fixture(params=ENGINES)
def report_store(request, report_batch):
    """A store of each engine holding exactly the real report (treat it as read-only)."""
    yield from holding(request, report_batch, "_embedded_report")
