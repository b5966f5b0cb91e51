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
    cli("--db", str(other), "load", str(REPORT), db=loaded_db)
    out = cli("--db", str(other), "stats", db=loaded_db)
    assert str(other) in out.stdout
    assert json.loads(out.stdout.split("\n", 1)[1]) == json.loads(
        cli("stats", db=loaded_db).stdout.split("\n", 1)[1])
    cli("--db", str(other), "query", "--cypher", "MATCH (n:Document) RETURN n.id AS id",
        db=loaded_db)


def test_a_mistyped_db_path_is_refused_not_created(loaded_db, tmp_path):
    typo = tmp_path / "grahp.lbug"
    proc = cli("--db", str(typo), "query", "documents", db=loaded_db, check=False)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.strip() == (f"actagraph: {typo}: no database here; `actagraph load FILES` "
                                   "creates one (check --db or ACTAGRAPH_DB)")
    assert not typo.exists()


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


# -- errors a user can cause: one line, exit 1, no traceback (issue 19, item 4) ----------------
def _one_line(proc) -> str:
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("actagraph: "), proc.stderr
    return lines[0]


def test_export_into_a_missing_folder_is_one_line_and_writes_nothing(loaded_db, tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "graph.json"
    line = _one_line(cli("export", "-o", str(target), db=loaded_db, check=False))
    assert line == f"actagraph: {target}: the folder {target.parent} does not exist"
    assert not (tmp_path / "no").exists()


def test_export_onto_a_folder_is_one_line(loaded_db, tmp_path):
    line = _one_line(cli("export", "-o", str(tmp_path), db=loaded_db, check=False))
    assert "is a folder" in line


@pytest.mark.parametrize("command", [["stats"], ["load", str(REPORT)], ["export"],
                                     ["query", "documents"]])
def test_a_4096_character_db_path_is_one_line(loaded_db, tmp_path, command):
    long_db = str(tmp_path / ("x" * 4096)) + ".lbug"
    line = _one_line(cli("--db", long_db, *command, db=loaded_db, check=False))
    assert "too long" in line and len(line) < 300


@pytest.mark.parametrize("engine", ["embedded", "neo4j"])
@pytest.mark.parametrize("value", ["99999999999999999999999", "-9223372036854775809",
                                   "1" * 5000])
def test_an_integer_parameter_too_large_for_the_engine_is_one_line(loaded_db, engine, value,
                                                                    request):
    if engine == "neo4j":
        request.getfixturevalue("neo4j_settings")          # the local server is running
    line = _one_line(cli("--engine", engine, "query", "multi_forum_actors", "--param",
                         f"min_forums={value}", db=loaded_db, check=False))
    assert "min_forums" in line and len(line) < 300
