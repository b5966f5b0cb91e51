"""The benchmark runs end to end at N=10 and writes its table. No timing assertions: the numbers
depend on the machine; this only proves `python -m bench.run` still works against the code."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from bench import run as bench_run

pytestmark = pytest.mark.slow


def _args(tmp_path: Path, engines: str):
    return bench_run.parse_args([
        "--quick", "--sizes", "10", "--repeats", "1", "--engines", engines,
        "--naive-size", "10", "--bulk-sizes", "10", "--reload-sample", "1",
        "--viz-sizes", "50", "--browser-sizes", "", "--extract-docs", "1", "--no-app",
        "--workdir", str(tmp_path / "work"),
        "--out-json", str(tmp_path / "latest.json"), "--out-md", str(tmp_path / "BENCH.md")])


def _check(res: dict, tmp_path: Path, engine: str):
    bench_run.write(res, tmp_path / "latest.json", tmp_path / "BENCH.md")
    data = json.loads((tmp_path / "latest.json").read_text())
    e = data["engines"][engine]
    assert "error" not in e, e.get("error")
    for method in ("naive", "bulk", "batched"):
        assert e[method]["10"]["elements"] > 0
    # every method stores the same graph
    assert e["bulk"]["10"]["stored"] == e["stored"]["10"]
    md = (tmp_path / "BENCH.md").read_text()
    assert "| engine | method | N |" in md and "## Targets" in md
    assert f"| {engine} | batched | 10 |" in md
    # network analysis measured beside a full export of the same store
    assert e["analytics"]["10"]["export_s"] > 0 and e["analytics"]["10"]["brokers"] >= 2
    assert "## (f) Network analysis vs a full export" in md and f"| {engine} | 10 |" in md


def test_bench_embedded_n10(tmp_path):
    args = _args(tmp_path, "embedded")
    res = bench_run.run(args)
    _check(res, tmp_path, "embedded")
    if res["library"].get("status") != "pending":
        assert res["engines"]["embedded"]["queries"]["10"]


def test_bench_neo4j_n10(tmp_path, neo4j_settings):
    import_dir = None
    if not os.environ.get("NEO4J_URI"):
        from graph.neo4j_server import LocalServer
        import_dir = LocalServer().root / "import"
    args = _args(tmp_path, "neo4j")
    res = bench_run.run(args, neo4j_settings=neo4j_settings, neo4j_import_dir=import_dir)
    if import_dir is None:
        pytest.skip("NEO4J_URI points at a remote server: no import directory for LOAD CSV")
    _check(res, tmp_path, "neo4j")
