"""The `actagraph` command as a user runs it: the real report, a temp DB; a real subprocess where
the process is the point (a load, which writes from a forked child; a terminal; the environment),
the command's own main function in this process for the rest."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.command_line import run_actagraph
from tests.conftest import REPO, REPORT, REPORT_ID, copy_of_db
from tests.shared_documents import CASES

# loads, evaluations and terminals run as processes; `make test` runs them
pytestmark = pytest.mark.slow

SMALL = CASES / "04-membrete.txt"     # a short acta, where what is loaded is not the point


def cli(*args, db, env_extra=None, check=True):
    """`actagraph ARGS` with ACTAGRAPH_DB=db and no NEO4J_URI (tests.command_line: in this process
    unless the process is the point; a changed environment runs a subprocess)."""
    env = {"ACTAGRAPH_DB": str(db), "NEO4J_URI": None, **(env_extra or {})}
    proc = run_actagraph(args, env, subprocess_only=bool(env_extra))
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def loaded_db(tmp_path_factory, report_db):
    """This module's copy of what `actagraph load REPORT` stores."""
    return copy_of_db(report_db, tmp_path_factory.mktemp("cli"))


def test_second_load_of_unchanged_document_is_skipped(loaded_db):
    out = cli("load", str(REPORT), db=loaded_db)
    read, stored, reference = out.stdout.strip().splitlines()
    assert read.startswith(f"{REPORT_ID}: read txt, es, 121 paragraphs; title: Informe de la Reunión")
    assert stored == f"{REPORT_ID}: unchanged"
    # the curated reference layer is stored beside the documents, never inside one
    assert reference.startswith("reference: ") and reference.endswith(" edges")


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
    cli("--db", str(other), "load", str(SMALL), db=loaded_db)     # ACTAGRAPH_DB is loaded_db
    out = cli("--db", str(other), "stats", db=loaded_db)
    assert str(other) in out.stdout.splitlines()[0]
    assert json.loads(out.stdout.split("\n", 1)[1])["nodes"]["Passage"] == 3

    def documents(*args):
        out = cli(*args, "query", "--cypher", "MATCH (n:Document) RETURN n.id AS id", "--format",
                  "json", db=loaded_db)
        return [r["id"] for r in json.loads(out.stdout)]
    assert documents("--db", str(other)) == ["04-membrete"]
    assert documents() == [REPORT_ID]


@pytest.mark.parametrize("args", [
    ["query", "documents", "--format", "json"],
    ["query", "--cypher", "MATCH (n:Document) RETURN n.id AS id", "--format", "json"],
    ["export", "--format", "json"],
])
def test_a_relative_db_path_means_the_file_beside_where_the_command_runs(loaded_db, tmp_path,
                                                                        args):
    """`--db graph.lbug` is the file in the current folder for every command, including the
    ones that read through a worker process."""
    here = tmp_path / "here"
    copy_of_db(loaded_db, here)
    env = {k: v for k, v in os.environ.items() if k not in ("NEO4J_URI", "ACTAGRAPH_DB")}
    proc = subprocess.run([sys.executable, "-m", "actagraph.cli", "--db", loaded_db.name, *args],
                          cwd=here, env={**env, "PYTHONPATH": str(REPO)}, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert REPORT_ID in proc.stdout


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


@pytest.mark.parametrize("name, content, what", [
    ("empty.txt", b"", "the file is empty"),
    # an extension the reader does not know is refused, not read as plain text
    ("acta.xyz", "Acta de la reunión\n\nSe reunieron Chile y Perú.\n".encode(),
     "the extension .xyz is not a format actagraph reads (.pdf, .docx, .md, "
     ".markdown, .html, .htm, .txt, .text): it is plain text; rename it to .txt and load it again"),
])
def test_bad_file_is_one_line_and_changes_nothing(loaded_db, tmp_path, name, content, what):
    before = cli("export", db=loaded_db).stdout
    bad = tmp_path / name
    bad.write_bytes(content)
    # a good document read first, then the bad one: neither is stored
    proc = cli("load", str(SMALL), str(bad), db=loaded_db, check=False)
    assert _one_line(proc) == f"actagraph: {bad}:1: {what}"      # the path as it was given
    assert cli("export", db=loaded_db).stdout == before


@pytest.mark.parametrize("name, content, what", [
    ("empty.txt", b"  \n", "the file is empty"),
    ("acta.xyz", b"\x00\x01\x02binary", "the extension .xyz is not a format actagraph reads"),
    ("acta.pdf", b"Acta en texto, no un PDF\n", "this is not a PDF (no %PDF- header)"),
    ("acta.docx", b"Acta en texto\n", "this is not a Word .docx file"),
    ("acta.txt", b"%PDF-1.4 garbage", "the PDF is damaged or not a PDF"),
    ("acta.md", b"---\ntitle: [unclosed\n---\nTexto\n", "the front matter"),
    ("acta.doc", b"\xd0\xcf\x11\xe0 old binary Word", "old Word .doc files cannot be read"),
    ("acta.odt", b"Acta en texto\n", "the name says OpenDocument .odt but the file is not one: "
                                      "it is plain text; rename it to .txt"),
    ("missing.txt", None, "no such file"),
    ("folder", "dir", "no .pdf, .docx, .md, .html or .txt file in this folder"),
])
def test_every_bad_file_is_named_by_the_path_the_user_gave(tmp_path, name, content, what):
    """Relative to where the command runs, as typed: the same path in the error, whichever
    check refuses the file (the bytes read, the format, the decoding, the front matter)."""
    bad = tmp_path / name
    if content == "dir":
        bad.mkdir()
    elif content is not None:
        bad.write_bytes(content)
    given = os.path.relpath(bad, REPO)                 # run_actagraph runs the command in REPO
    proc = cli("load", given, db=tmp_path / "g.lbug", check=False)
    assert proc.returncode == 1, proc.stderr
    line = _one_line(proc)
    assert line.startswith(f"actagraph: {given}:"), line
    assert what in line
    assert not (tmp_path / "g.lbug").exists()


def test_a_large_document_is_announced_before_it_is_read(tmp_path):
    """A file of ACTAGRAPH_LARGE_MB or more gets one line on stderr before the long read; the
    usual summary follows on stdout."""
    proc = cli("load", str(SMALL), db=tmp_path / "g.lbug",
               env_extra={"ACTAGRAPH_LARGE_MB": "0.0001"})
    size = SMALL.stat().st_size
    assert proc.stderr.splitlines() == [f"reading {SMALL} ({size / 1e3:.1f} kB) ..."]
    assert proc.stdout.splitlines()[:2] == [
        "04-membrete: read txt, es, 3 paragraphs; title: Informe de la Reunión Técnica "
        "Preparatoria de la XX Conferencia Suramericana sobre Migraciones",
        "04-membrete: 22 nodes, 20 edges"]


def test_the_default_threshold_for_a_large_document_is_one_megabyte(tmp_path):
    from actagraph.cli import _reading_note
    big, small = tmp_path / "acta-de-una-linea.txt", tmp_path / "acta.txt"
    with big.open("wb") as fh:            # 2 MB on one line, as a tester's file
        fh.write(b"Acta " * 400_000)
    small.write_bytes(b"x" * 999_999)
    assert _reading_note(big) == f"reading {big} (2.0 MB) ..."
    assert _reading_note(small) is None
    assert _reading_note(tmp_path / "missing.txt") is None     # read_document says what is wrong


def test_a_file_over_the_limit_is_not_announced_as_being_read(tmp_path, monkeypatch):
    import loaders.source_bytes
    from actagraph.cli import _reading_note
    big = tmp_path / "acta-enorme.txt"
    big.write_bytes(b"Acta " * 400_000)                       # 2 MB
    monkeypatch.setattr(loaders.source_bytes, "MAX_MEGABYTES", 1.5)
    assert _reading_note(big) is None                          # refused in one line, not read


@pytest.mark.parametrize("args, said", [
    (["query", "events", "--format", "xml"],
     "actagraph query: Invalid value for '--format': 'xml' is not one of 'table', 'json', 'csv'."),
    (["no-such-verb"], "actagraph: No such command 'no-such-verb'."),
    (["export", "--no-such-option"], "actagraph export: No such option '--no-such-option'."),
])
def test_a_wrong_option_or_command_is_one_line(args, said, tmp_path):
    proc = run_actagraph(["--db", tmp_path / "g.lbug", *args], env={})
    assert proc.returncode == 1                # as every other mistake a user can make
    assert proc.stderr.splitlines() == [said] and proc.stdout == ""


def test_a_query_leaves_no_folder_in_the_temporary_directory(loaded_db, tmp_path):
    private = tmp_path / "tmp"
    private.mkdir()
    out = cli("query", "documents", "--format", "json", db=loaded_db,
              env_extra={"TMPDIR": str(private)})
    assert [d["id"] for d in json.loads(out.stdout)] == [REPORT_ID]
    assert sorted(p.name for p in private.iterdir()) == []


def test_load_a_folder_of_every_format(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("03-front-matter.md", "04-membrete.txt", "08-acta-pdf-membrete.pdf",
                 "09-minutas-tabla.docx"):
        (folder / name).write_bytes((CASES / name).read_bytes())
    (folder / "notes.csv").write_text("not a document", encoding="utf-8")
    proc = cli("load", str(folder), db=tmp_path / "g.lbug")
    lines = proc.stdout.strip().splitlines()
    assert lines[:4] == [
        "03-front-matter: read md, en, 6 paragraphs; title: Joint Statement of the Fourth "
        "Ministerial Meeting on Regional Mobility",
        "04-membrete: read txt, es, 3 paragraphs; title: Informe de la Reunión Técnica "
        "Preparatoria de la XX Conferencia Suramericana sobre Migraciones",
        "08-acta-pdf-membrete: read pdf, es, 2 pages, 13 paragraphs; title: Acta de la Segunda "
        "Sesión Ordinaria de la Comisión Binacional de Migración entre Costa Rica y Panamá",
        "09-minutas-tabla: read docx, en, 11 paragraphs; title: Minutes of the Third Meeting of "
        "the Ad Hoc Working Group on Labour Migration"]
    assert len(lines) == 9 and "notes" not in proc.stdout
    assert lines[-1].startswith("reference: ")          # the reference layer, stored last
    assert proc.stderr == ""                 # no progress bar outside a terminal


def test_progress_bar_on_a_terminal(tmp_path):
    import pty
    names = ["01-aprobaron-sin-numeros.txt", "02-ppt-distinta.txt", "04-membrete.txt",
             "06-paises-formas-largas.txt"]
    master, slave = pty.openpty()
    env = {**os.environ, "ACTAGRAPH_DB": str(tmp_path / "g.lbug")}
    env.pop("NEO4J_URI", None)
    proc = subprocess.run([sys.executable, "-m", "actagraph.cli", "load",
                           *[str(CASES / n) for n in names]], cwd=REPO, env=env,
                          stdout=subprocess.PIPE, stderr=slave, timeout=300, text=True)
    os.close(slave)
    shown = b""
    while True:
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(master)
    assert proc.returncode == 0
    assert b"reading" in shown and b"100%" in shown


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
    (["query", "entity_search", "-p", "q="], "--param q=: the value is empty"),
    (["export", "--query", "forum_members", "--param", "forum="], "--param forum=: the value is empty"),
    (["export", "--query", "no_such_query"], "no saved query named 'no_such_query'"),
    (["export", "--query", "forum_members", "--param", "oops"], "expected KEY=VALUE"),
    (["query", "forum_members", "--param", "nope=1"], "nope"),
    (["query", "neighbourhood", "--param", "hops=many"], "hops"),
    (["query", "commitments_of_actor", "--param", "actor=Atlántida"],
     "commitments_of_actor: no actor or entity named 'Atlántida' is in the store (parameter actor)"),
    (["query", "forum_members", "-p", "forum=Narnia", "--format", "json"],
     "forum_members: no actor or entity named 'Narnia' is in the store (parameter forum)"),
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


def _gold_folder(tmp_path, stem: str, text: str, entities: str):
    """docs/<stem>.txt holding `text` and gold/<stem>.yaml listing `entities` (YAML flow lines,
    no relations): the two folders `evaluate` reads."""
    docs, gold = tmp_path / "docs", tmp_path / "gold"
    docs.mkdir(), gold.mkdir()
    (docs / f"{stem}.txt").write_text(text, encoding="utf-8")
    (gold / f"{stem}.yaml").write_text(f"document: {stem}\nentities:\n{entities}relations: []\n",
                                       encoding="utf-8")
    return docs, gold


def test_evaluate_many_documents_as_json_with_a_gold_folder(tmp_path):
    docs, gold = _gold_folder(
        tmp_path, "acta-lima",
        "Acta de la reunión\n\nEn Lima, el 21 de septiembre de 2023, se reunieron Chile y Perú.\n",
        "  - {id: country:cl, kind: Country}\n  - {id: country:pe, kind: Country}\n"
        "  - {kind: Date, iso: '2023-09-21'}\n")
    (docs / "sin-gold.txt").write_text("Otra acta sin gold.\n", encoding="utf-8")
    (docs / "escaneado.pdf").write_bytes(b"%PDF-1.4\n%binary\n")
    (gold / "escaneado.yaml").write_text(
        "document: escaneado\nentities:\n  - {id: country:cl, kind: Country}\nrelations: []\n",
        encoding="utf-8")
    proc = cli("evaluate", "--general", "--gold-dir", str(gold), "--format", "json", str(docs),
               db=tmp_path / "unused.lbug", check=False)
    assert proc.returncode == 1                       # the PDF could not be read
    assert "escaneado.pdf:1: the PDF is damaged or not a PDF" in proc.stderr
    out = json.loads(proc.stdout)
    assert out["general"] is True
    assert [d["document"] for d in out["documents"]] == ["acta-lima", "escaneado"]   # no gold: skipped
    lima, pdf = out["documents"]
    assert lima["error"] is None and lima["overall"]["gold"] == 3
    assert lima["rows"]["entity:Country"]["gold"] == 2
    assert pdf["error"] and pdf["overall"] == {"gold": 1, "found": 0, "predicted": 0, "correct": 0,
                                               "recall": 0.0, "precision": 1.0}
    assert out["overall"]["gold"] == 4


def test_evaluate_says_which_target_it_missed(tmp_path):
    """Exit 1 when the totals miss a target comes with one line naming the target, not silence."""
    docs, gold = _gold_folder(
        tmp_path, "acta-quito",
        "Acta de la reunión\n\nEn Quito, el 2 de marzo de 2021, se reunieron Ecuador y Colombia.\n",
        "  - {id: country:ec, kind: Country}\n  - {id: country:co, kind: Country}\n"
        "  - {kind: Person, contains: 'Nadie Escrito'}\n")
    proc = cli("evaluate", "--general", "--gold-dir", str(gold), str(docs),
               db=tmp_path / "unused.lbug", check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines == ["actagraph: the targets are missed: recall 0.667 is below --min-recall 0.75"], lines
    ok = cli("evaluate", "--general", "--gold-dir", str(gold), "--min-recall", "0.6", str(docs),
             db=tmp_path / "unused.lbug", check=False)
    assert ok.returncode == 0 and ok.stderr == ""


# slow: evaluates the report twice in subprocesses; `make test` runs it
@pytest.mark.slow
def test_evaluate_general_switches_off_the_reports_curated_facts(tmp_path):
    def found(*flags):
        proc = cli("evaluate", *flags, "--format", "json", str(REPORT), db=tmp_path / "unused.lbug",
                   check=False)
        return json.loads(proc.stdout)["rows"]
    curated, general = found(), found("--general")
    # data/facts.yaml supplies the report's DISCUSSED_IN links and three ORGANISES edges
    assert general["relation:ORGANISES"]["found"] < curated["relation:ORGANISES"]["found"]
    assert general["relation:DISCUSSED_IN"]["found"] < curated["relation:DISCUSSED_IN"]["found"]


def test_evaluate_names_a_file_without_gold(tmp_path):
    doc = tmp_path / "nada.txt"
    doc.write_text("Acta.\n", encoding="utf-8")
    proc = cli("evaluate", str(doc), db=tmp_path / "unused.lbug", check=False)
    assert proc.returncode == 1 and "nada.txt:1: no gold file" in proc.stderr


@pytest.mark.parametrize("body, where", [
    ('document: nota\nentities:\n  - {kind: Country, contains: "Chile"\n', ":4: not valid YAML"),
    ('document: nota\nentities:\n  - {kind: Country, contains: "Chile"}\n'
     '  - {kind: Persona, contains: "Ana Gómez"}\n', ":4: unknown kind 'Persona'"),
    ("document: nota\nrelations:\n  - {type: HOSTS, from: country:cl, to: country:pe}\n",
     ":3: unknown relation type 'HOSTS'"),
    ("document: nota\nrelations:\n  - {type: PARTICIPATES_IN, from: country:cl}\n",
     ":3: a relation needs both from and to"),
    ("- one\n- two\n", ":1: a gold file is a mapping"),
])
def test_a_bad_gold_file_is_one_line_naming_its_line(tmp_path, body, where):
    """A gold file that is not YAML, or names a kind or relation type the ontology lacks (which
    would only ever score as a miss), is refused in one line with its line, exit 1."""
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "nota.yaml").write_text(body, encoding="utf-8")
    doc = tmp_path / "nota.txt"
    doc.write_text("Chile y Perú se reunieron en Lima el 3 de marzo de 2024.\n", encoding="utf-8")
    proc = cli("evaluate", "--gold-dir", str(gold), str(doc), db=tmp_path / "unused.lbug",
               check=False)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1 and len(lines) == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert f"nota.yaml{where}" in lines[0], lines[0]

# -- analyse ------------------------------------------------------------------------------------
GROUP = "Grupo de trabajo ad-hoc CRM-CSM sobre el Pacto Mundial"
READOUTS = ["08-grcm-crm-panama-readout.txt", "11-csm-xx-santiago-readout-2022.txt",
            "09-cancilleres-triangulo-norte-mexico-eeuu-readout.txt",
            "10-encuentro-chiapas-migracion-readout-2023.txt"]


def _brokers_csv(db) -> dict[str, dict]:
    import csv
    import io
    out = cli("analyse", "brokers", "--format", "csv", db=db).stdout
    return {r["actor"]: r for r in csv.DictReader(io.StringIO(out))}


def test_analyse_brokers_csv_on_the_report(loaded_db):
    rows = _brokers_csv(loaded_db)
    # troika countries of the report tied to two forums: Chile (CSM troika, focal point of the
    # joint group for the CSM) and Panamá (CRM troika, focal point for the CRM)
    assert {a for a in rows if rows[a]["kind"] == "Country"} == {"Chile", "Panamá"}
    assert rows["Chile"]["forums"] == f"CSM; {GROUP}"
    assert rows["Panamá"]["forums"] == f"CRM; {GROUP}"
    assert "CRM: troika_member (Troika de la CRM)" in rows["Panamá"]["roles"].split("; ")
    assert rows["Panamá"]["n_forums"] == "2" and rows["Panamá"]["actor_id"] == "country:pa"


def test_analyse_brokers_on_the_report_and_corpus_readouts(tmp_path, report_db):
    from tests.shared_documents import corpus_file
    files = [str(corpus_file(name)) for name in READOUTS]
    db = copy_of_db(report_db, tmp_path / "db")            # the report, then the readouts
    cli("load", *files, db=db)
    rows = _brokers_csv(db)
    # what the readouts add can only add forums: the report's two bridges stay
    assert {"CSM", GROUP} <= set(rows["Chile"]["forums"].split("; "))
    assert {"CRM", GROUP} <= set(rows["Panamá"]["forums"].split("; "))
    for row in rows.values():
        assert int(row["n_forums"]) >= 2


def test_analyse_other_views_and_filters(loaded_db):
    overlap = cli("analyse", "overlap", "--format", "json", db=loaded_db).stdout
    cells = {r["country"]: r for r in json.loads(overlap)}
    assert cells["Honduras"]["CRM"] == ["troika_member"] and cells["Honduras"]["CSM"] == []
    metrics = json.loads(cli("analyse", "metrics", "--format", "json", db=loaded_db).stdout)
    chile = next(r for r in metrics if r["actor"] == "Chile")
    assert chile["broker"] is True and chile["betweenness"] > 0
    comms = json.loads(cli("analyse", "communities", "--format", "json", db=loaded_db).stdout)
    assert sorted(n for c in comms for n in c["ids"]) == sorted({n for c in comms for n in c["ids"]})
    # the report is dated 2017-03-30: nothing before it
    assert cli("analyse", "brokers", "--until", "2016", "--format", "csv",
               db=loaded_db).stdout.splitlines()[1:] == []
    path = cli("analyse", "path", "--from", "Chile", "--to", "Panamá", "--format", "csv",
               db=loaded_db).stdout
    assert f"Chile,FOCAL_POINT →; MEMBER_OF (focal_point) →,{GROUP}" in path
    assert f"{GROUP},← FOCAL_POINT; ← MEMBER_OF (focal_point),Panamá" in path


@pytest.mark.parametrize("args,expected", [
    (["analyse", "brokers", "--since", "March 2017"], "expected a date"),
    (["analyse", "metrics", "--types", "MEMBER_OF,FRIEND_OF"], "unknown relation type FRIEND_OF"),
    (["analyse", "path", "--from", "Chile"], "needs --from ACTOR and --to ACTOR"),
    (["analyse", "path", "--from", "Chile", "--to", "Atlantis"], "'Atlantis' is not in the network"),
])
def test_analyse_mistakes_are_one_line(loaded_db, args, expected):
    proc = cli(*args, db=loaded_db, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], proc.stderr

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


@pytest.mark.parametrize("command", [["stats"], ["load", str(SMALL)], ["export"],
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

@pytest.mark.parametrize("engine", ["embedded", "neo4j"])
@pytest.mark.parametrize("cypher, expected", [
    ("MATCH (n)\nWHERE n.kind = 'Country'\nRETRUN n.name", "line 3, column 1: unexpected 'RETRUN'"),
    ("MATCH (n) RETRUN n", "line 1, column 11: unexpected 'RETRUN'"),
    ("MATCH (n RETURN n", "line 1, column 10: unexpected 'RETURN'"),
    ("RETURN 1 +", "line 1, column 11: the query ends too early"),
])
def test_a_cypher_syntax_error_is_one_line_naming_its_place(loaded_db, engine, cypher, expected,
                                                            request):
    """Each engine's own message (several lines on LadybugDB, every token it would accept on
    Neo4j) becomes the same line on both: the query, the place in the text as written, what
    stands there."""
    if engine == "neo4j":
        request.getfixturevalue("neo4j_settings")          # the local server is running
    line = _one_line(cli("--engine", engine, "query", "--cypher", cypher, db=loaded_db,
                         check=False))
    assert line == f"actagraph: --cypher: syntax error at {expected}"


def test_a_syntax_error_in_a_saved_query_names_its_file_and_line(store, tmp_path, capsys):
    from actagraph.cli import _run_or_say
    from queries.library import parse_query
    path = tmp_path / "paises.cypher"
    path.write_text("// title_es: Países\n// title_en: Countries\n// description_es: Países.\n"
                    "// description_en: Countries.\nMATCH (c:Country)\n// the names\n"
                    "RETRUN c.name AS name\n", encoding="utf-8")
    saved = parse_query(path)
    with pytest.raises(SystemExit) as stop:
        _run_or_say(lambda: saved.run(store), saved, store.engine)
    assert stop.value.code == 1
    assert capsys.readouterr().err == (f"actagraph: {path}:7: paises: syntax error at column 1: "
                                       "unexpected 'RETRUN'\n")


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


def test_an_export_file_gets_the_users_usual_mode(tmp_path):
    """An export is written through a private temporary file, then given the mode any file the
    user writes gets (0666 less the umask), not the temporary file's 0600."""
    import stat
    from actagraph.cli import _write_output
    old = os.umask(0o022)
    try:
        _write_output(tmp_path / "graph.json", "{}\n")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "graph.json").stat().st_mode) == 0o644
    assert (tmp_path / "graph.json").read_text() == "{}\n"


def test_an_empty_answer_about_a_stored_actor_has_no_note(loaded_db):
    """The note is for an actor the store does not hold, not for one without an answer."""
    proc = cli("query", "statements_of_actor", "--param", "actor=Belice", "--format", "json",
               db=loaded_db)
    assert json.loads(proc.stdout) == [] and proc.stderr == ""


def test_serve_on_a_busy_port_is_one_line_naming_it(loaded_db):
    import socket
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        proc = cli("serve", "--port", str(port), db=loaded_db, check=False)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.splitlines() == [f"actagraph: port {port} on 127.0.0.1 is in use by another "
                                        "server; stop it or give another port with --port"]


# Every mistake a user can make at the command line, each through the CLI: (arguments, what
# the one line must say, extra environment). `{db}` is a loaded database, `{tmp}` a fresh
# folder with a FIFO, an empty file, a file of random bytes and a document.
USER_MISTAKES = [
    (["load", "{tmp}/fifo"], "{tmp}/fifo:1: is not a regular file (a FIFO)", None),
    (["load", "/dev/zero"], "/dev/zero:1: is not a regular file (a device)", None),
    (["load", "{tmp}/acta.txt"], "{tmp}/acta.txt:1: the file is 0.0 MB, over the 1e-05 MB limit",
     {"ACTAGRAPH_MAX_MB": "0.00001", "ACTAGRAPH_LARGE_MB": "0.000001"}),   # refused, not announced
    (["load", "{tmp}/missing.txt"], "{tmp}/missing.txt:1: no such file", None),
    (["load", "{tmp}/empty.txt"], "{tmp}/empty.txt:1: the file is empty", None),
    (["--db", "{tmp}/junk.lbug", "query", "documents"], "{tmp}/junk.lbug: ", None),
    (["--db", "{tmp}/empty.txt", "stats"], "{tmp}/empty.txt: ", None),
    (["--db", "{tmp}/junk.lbug", "load", "{tmp}/acta.txt"], "{tmp}/junk.lbug: ", None),
    (["--db", "{tmp}/nothing.lbug", "export"], "{tmp}/nothing.lbug: no database here", None),
    (["--engine", "bogus", "stats"], "Invalid value for '--engine'", None),
    (["query", "events", "--format", "xml"], "Invalid value for '--format'", None),
    (["no-such-verb"], "No such command 'no-such-verb'", None),
    (["query", "no_such_query"], "no saved query named 'no_such_query'", None),
    (["query", "events", "-p", "nope=1"], "unknown parameter 'nope'", None),
    (["query", "--cypher", "CREATE (n)"], "read-only", None),
    (["query", "--cypher", "MATCH (n RETURN n"], "", None),
    (["export", "-o", "{tmp}/no/such/folder/g.json"], "{tmp}/no/such/folder", None),
    (["analyse", "path", "--from", "Chile"], "analyse path needs --from ACTOR and --to ACTOR", None),
    (["analyse", "brokers", "--since", "last year"], "", None),
    (["review", "accept", "no-such-fact"], "no-such-fact", None),
    (["review", "import", "{tmp}/missing.json"], "{tmp}/missing.json:1: ", None),
    (["evaluate", "--gold-dir", "{tmp}", "{tmp}/acta.txt"], "", None),
]


@pytest.mark.parametrize("args, said, env", USER_MISTAKES,
                         ids=[" ".join(a[0]) for a in USER_MISTAKES])
def test_every_user_mistake_is_one_line_and_exit_1(loaded_db, tmp_path, args, said, env):
    """Issue 19 (4): whatever the mistake, one line on stderr starting `actagraph`, exit 1, no
    traceback, nothing on stdout but what a loading command read before it was refused."""
    os.mkfifo(tmp_path / "fifo")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "junk.lbug").write_bytes(os.urandom(8192))
    (tmp_path / "acta.txt").write_bytes(SMALL.read_bytes())
    fill = lambda a: a.replace("{tmp}", str(tmp_path)).replace("{db}", str(loaded_db))  # noqa: E731
    proc = cli(*map(fill, args), db=loaded_db, check=False, env_extra=env)
    assert proc.returncode == 1, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("actagraph"), proc.stderr
    assert fill(said) in lines[0], lines[0]


def test_query_table_keeps_a_cell_with_line_breaks_on_its_row(loaded_db):
    # a quote that wraps in its document ("Ambos\nministros") is one row of the terminal table;
    # CSV and JSON keep the text as it is
    text = 'RETURN "Ambos\\nministros" AS q, "Both\\r\\n  leaders" AS e, 2 AS n'
    table = cli("query", "--cypher", text, db=loaded_db).stdout.splitlines()
    assert len(table) == 2
    assert table[1].split() == ["Ambos", "ministros", "Both", "leaders", "2"]
    csv_out = cli("query", "--format", "csv", "--cypher", text, db=loaded_db).stdout
    assert '"Ambos\nministros"' in csv_out
    records = json.loads(cli("query", "--format", "json", "--cypher", text, db=loaded_db).stdout)
    assert records == [{"q": "Ambos\nministros", "e": "Both\r\n  leaders", "n": 2}]


def test_table_cell_shows_each_line_break_as_one_space():
    from actagraph.cli import table_cell
    assert table_cell("Both\nleaders") == "Both leaders"
    assert table_cell("Las partes \r\n acordaron") == "Las partes acordaron"
    assert table_cell("one line") == "one line"
    assert table_cell(None) == ""


def test_a_long_id_is_printed_whole_and_other_long_cells_end_in_an_ellipsis(loaded_db):
    """An id in the terminal table can be pasted back into a parameter; a cut text says so."""
    long_id = "passage:" + "informe-de-la-reunion-de-ejemplo-" * 3 + "1"
    text = f'RETURN "{long_id}" AS id, "{"palabra " * 12}" AS quote'
    header, row = cli("query", "--cypher", text, db=loaded_db).stdout.splitlines()
    assert row.split("  ")[0] == long_id and len(long_id) > 60
    quote = row[len(long_id):].strip()
    assert len(quote) == 60 and quote.endswith("…") and quote.startswith("palabra palabra")


def test_is_id_column():
    from actagraph.cli import is_id_column
    assert [is_id_column(c) for c in ("id", "edge_id", "event_ids", "quote", "idea", "valid")] \
        == [True, True, True, False, False, False]


def test_an_empty_table_says_so_on_stderr_and_json_stays_empty(loaded_db):
    proc = cli("query", "statements_of_actor", "--param", "actor=Belice", db=loaded_db)
    assert len(proc.stdout.splitlines()) == 1                      # the header alone
    assert proc.stderr == "(no rows)\n"
    proc = cli("query", "statements_of_actor", "--param", "actor=Belice", "--format", "json",
               db=loaded_db)
    assert proc.stdout.strip() == "[]" and proc.stderr == ""


def test_a_document_of_the_same_name_with_other_content_says_it_replaces_the_stored_one(tmp_path):
    """Two files of one stem in two folders are one document id: the second load replaces the
    first, and the line after its reading says so; loading the same file again does not."""
    db = tmp_path / "g.lbug"
    first, second = tmp_path / "a" / "acta.txt", tmp_path / "b" / "acta.txt"
    first.parent.mkdir(), second.parent.mkdir()
    first.write_text("Acta de la reunión\n\nLos delegados de Chile y Perú acordaron intercambiar "
                     "información.\n", encoding="utf-8")
    second.write_text("Minutes of the meeting\n\nThe delegates of Chile and Peru agreed to share "
                      "data.\n", encoding="utf-8")
    assert "replaces" not in cli("load", str(first), db=db).stdout
    assert "replaces" not in cli("load", str(first), db=db).stdout
    stored = cli("load", str(second), db=db).stdout.splitlines()[1]
    assert stored.startswith("acta: ") and stored.endswith(
        "; replaces the other version of this document that was stored")


def test_skip_bad_stores_the_readable_files_and_names_each_bad_one(tmp_path):
    """Without --skip-bad one empty file stores nothing; with it the other files are stored, the
    bad one gets its one line and the command exits 1 after a line counting them."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-empty.txt").write_text("", encoding="utf-8")
    (folder / "b-acta.txt").write_text(
        "Acta de la reunión\n\nLos delegados de Chile y Perú acordaron intercambiar información.\n",
        encoding="utf-8")
    db = tmp_path / "g.lbug"
    refused = cli("load", str(folder), db=db, check=False)
    assert refused.returncode == 1 and not db.exists()
    assert refused.stderr == f"actagraph: {folder / 'a-empty.txt'}:1: the file is empty\n"
    proc = cli("load", "--skip-bad", str(folder), db=db, check=False)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [
        f"actagraph: {folder / 'a-empty.txt'}:1: the file is empty",
        "actagraph: 1 of 2 files could not be read (each named above); the other 1 are stored"]
    stored = json.loads(cli("query", "--format", "json", "--cypher",
                            "MATCH (d:Document) RETURN d.id AS id ORDER BY id", db=db).stdout)
    assert stored == [{"id": "b-acta"}]
