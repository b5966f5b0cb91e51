"""The `actagraph` command as a user runs it: a real subprocess, the real report, a temp DB."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import REPO, REPORT, REPORT_ID


def cli(*args, db, env_extra=None, check=True):
    env = {**os.environ, "ACTAGRAPH_DB": str(db), **(env_extra or {})}
    env.pop("NEO4J_URI", None)
    proc = subprocess.run([sys.executable, "-m", "actagraph.cli", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=300)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def loaded_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("cli") / "graph.lbug"
    out = cli("load", str(REPORT), db=db)
    assert out.stdout.startswith(f"{REPORT_ID}: ")
    return db


def test_second_load_of_unchanged_document_is_skipped(loaded_db):
    out = cli("load", str(REPORT), db=loaded_db)
    assert out.stdout.strip() == f"{REPORT_ID}: unchanged"


def test_export_json_writes_the_documented_interchange_format(loaded_db, tmp_path):
    target = tmp_path / "graph.json"
    cli("export", "--format", "json", "-o", str(target), db=loaded_db)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "actagraph-node-link" and data["version"] == 1
    from loaders.read import read_text
    text = read_text(REPORT)                                     # the normalised text offsets index
    kinds = {n["kind"] for n in data["nodes"]}
    assert {"Document", "Passage", "Country", "Conference", "Commitment"} <= kinds
    for node in data["nodes"]:
        assert set(node) == {"id", "kind", "name", "aliases", "properties", "sources"}
    for edge in data["edges"]:
        assert set(edge) == {"id", "source", "target", "type", "properties", "sources"}
    chile = next(n for n in data["nodes"] if n["id"] == "country:cl")
    assert chile["sources"], "a shared entity takes its sources from the passages naming it"
    for src in chile["sources"]:
        assert set(src) == {"document", "section", "paragraph", "start", "end", "quote"}
        assert src["document"] == REPORT_ID
        assert "Chile" in src["quote"]
        assert text[src["start"]:src["end"]] == src["quote"]     # the span slices to the quote


def test_export_is_deterministic(loaded_db, tmp_path):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    cli("export", "-o", str(a), db=loaded_db)
    cli("export", "-o", str(b), db=loaded_db)
    assert a.read_bytes() == b.read_bytes()


def test_global_db_option_keeps_graphs_apart(loaded_db, tmp_path):
    other = tmp_path / "other.lbug"
    out = cli("--db", str(other), "stats", db=loaded_db)
    assert str(other) in out.stdout
    assert json.loads(out.stdout.split("\n", 1)[1]) == {"nodes": {}, "edges": {}}


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "csv"])
def test_other_export_formats(loaded_db, tmp_path, fmt):
    target = tmp_path / f"g.{fmt}"
    cli("export", "--format", fmt, "-o", str(target), db=loaded_db)
    body = target.read_text(encoding="utf-8")
    assert "Chile" in body
    if fmt in ("graphml", "gexf"):
        import xml.dom.minidom
        xml.dom.minidom.parseString(body.encode("utf-8"))


def test_bad_file_is_one_line_and_changes_nothing(loaded_db, tmp_path):
    before = cli("export", db=loaded_db).stdout
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    proc = cli("load", str(REPORT), str(bad), db=loaded_db, check=False)
    assert proc.returncode != 0
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("actagraph: ") and "empty.txt:" in lines[0]
    assert cli("export", db=loaded_db).stdout == before


def test_free_form_write_is_refused(loaded_db):
    proc = cli("query", "--cypher", "MATCH (n) DETACH DELETE n", db=loaded_db, check=False)
    assert proc.returncode == 1 and "read-only" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_evaluate_meets_the_targets_on_the_report(tmp_path):
    proc = cli("evaluate", str(REPORT), db=tmp_path / "unused.lbug")
    overall = [l for l in proc.stdout.splitlines() if l.startswith("OVERALL")][0].split()
    recall, precision = float(overall[-2]), float(overall[-1])
    assert recall >= 0.90 and precision >= 0.95


@pytest.mark.parametrize("args,expected", [
    (["query", "forum_members", "--param", "forum"], "expected KEY=VALUE"),
    (["query", "no_such_query"], "no saved query named 'no_such_query'"),
    (["export", "--query", "no_such_query"], "no saved query named 'no_such_query'"),
    (["export", "--query", "forum_members", "--param", "oops"], "expected KEY=VALUE"),
    (["query", "forum_members", "--param", "nope=1"], "nope"),
    (["query", "neighbourhood", "--param", "hops=many"], "hops"),
])
def test_user_mistakes_are_one_line(loaded_db, args, expected):
    proc = cli(*args, db=loaded_db, check=False)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], proc.stderr


def test_export_of_a_saved_query(loaded_db, tmp_path):
    """A table result exports as its table (CSV) and as the graph of the nodes it names (JSON)."""
    out = tmp_path / "fp.json"
    cli("export", "--query", "focal_points", "--format", "json", "-o", str(out), db=loaded_db)
    data = json.loads(out.read_text(encoding="utf-8"))
    focal = {(e["source"], e["properties"].get("on_behalf_of")) for e in data["edges"]
             if e["type"] == "FOCAL_POINT"}
    assert {("country:cl", "conference:csm"), ("country:pa", "conference:crm")} <= focal
    table = cli("export", "--query", "focal_points", "--format", "csv", db=loaded_db).stdout
    assert "Chile" in table and "Panamá" in table and table.splitlines()[0].count(",") >= 2


def test_password_in_neo4j_uri_is_never_printed(tmp_path):
    env = {**os.environ, "NEO4J_URI": "bolt://analyst:hunter2-secret@127.0.0.1:1",
           "NEO4J_USER": "analyst", "NEO4J_PASSWORD": "other-secret", "ACTAGRAPH_NEO4J_RETRY_S": "1"}
    proc = subprocess.run([sys.executable, "-m", "actagraph.cli", "query", "--cypher",
                           "MATCH (n) RETURN count(n) AS n"], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and proc.stderr.startswith("actagraph: ")
    assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert "hunter2-secret" not in proc.stdout + proc.stderr
    assert "other-secret" not in proc.stdout + proc.stderr
    assert "bolt://127.0.0.1:1" in proc.stderr


@pytest.mark.parametrize("cypher, expected", [
    ("SHOW SETTINGS", "not SHOW"),
    ("RETURN 'a\uff3c' AS x; CHECKPOINT", "one statement per query"),
    ("LOAD FROM '/etc/passwd' (file_format='csv') RETURN *", "not LOAD"),
])
def test_refusals_are_one_line(loaded_db, cypher, expected):
    proc = cli("query", "--cypher", cypher, db=loaded_db, check=False)
    assert proc.returncode == 1 and expected in proc.stderr, proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "root:" not in proc.stdout
