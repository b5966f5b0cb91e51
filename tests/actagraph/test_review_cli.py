"""`actagraph review` as a user runs it (tests.actagraph.test_cli.cli): the bundled report, a temp
database, its review file beside it."""
from __future__ import annotations

import json

import pytest

from graph.review import fact_id
from tests.actagraph.test_cli import cli
from tests.conftest import REPORT, REPORT_ID, copy_of_db

ACTA_11 = f"commitment:{REPORT_ID}:acta:11"
REPORT_2 = f"commitment:{REPORT_ID}:report:2"
WRONG = fact_id("RESPONSIBLE_FOR", "body:crm-st", ACTA_11, REPORT_ID)
CHILE_QUOTE = "Chile será el punto focal de la CSM"


def register(db, commitment: str, *extra) -> list[str]:
    out = cli("query", "responsibility_register", "--format", "json", *extra, db=db)
    (row,) = [r for r in json.loads(out.stdout) if r["id"] == commitment]
    return sorted(row["responsible"])


def listed(db, *args) -> list[dict]:
    return json.loads(cli("review", "list", "--format", "json", *args, db=db).stdout)


@pytest.fixture(scope="module")
def reviewed_db(tmp_path_factory, report_db):
    """This module's copy of what `actagraph load REPORT` stores; its review file grows here."""
    return copy_of_db(report_db, tmp_path_factory.mktemp("review"))


def test_review_list_json_has_the_documented_fields(reviewed_db):
    rows = listed(reviewed_db, "--doc", REPORT_ID, "--status", "pending")
    assert len(rows) > 100
    for r in rows:
        assert {"id", "status", "type", "source", "target", "quote"} <= set(r)
        assert r["status"] == "pending" and r["document"] == REPORT_ID
    wrong = next(r for r in rows if r["id"] == WRONG)
    assert (wrong["type"], wrong["source"], wrong["target"]) == ("RESPONSIBLE_FOR", "body:crm-st", ACTA_11)
    # quoted from whom it names to the end of what they must do: the clause states the fact
    assert wrong["quote"] == ("Secretarías Técnicas de ambas Conferencias mantendrán actualizado un "
                              "calendario de eventos relacionados con el Pacto Mundial para una "
                              "migración segura, regular y ordenada y sus respectivas reuniones.")
    assert wrong["rule"] == "extractor"


# slow: several loads of the report in subprocesses; `make test` runs it
@pytest.mark.slow
def test_reject_and_add_survive_load_replace_and_a_new_database(reviewed_db, report_db,
                                                                 tmp_path):
    db = reviewed_db
    out = cli("review", "reject", WRONG, "--reason", "test: the CRM secretariat is not named", db=db)
    assert out.stdout.startswith(f"{WRONG}: reject RESPONSIBLE_FOR body:crm-st -> {ACTA_11}")
    out = cli("review", "add", "--doc", REPORT_ID, "--quote", CHILE_QUOTE, "--type",
              "RESPONSIBLE_FOR", "--from", "Chile", "--to", REPORT_2, db=db)
    added = fact_id("RESPONSIBLE_FOR", "country:cl", REPORT_2, REPORT_ID)
    assert out.stdout.startswith(f"{added}: add RESPONSIBLE_FOR country:cl -> {REPORT_2}")

    def check(d):
        assert register(d, ACTA_11) == ["Secretaría Técnica de la CSM"]
        assert register(d, REPORT_2) == ["Chile"]
        assert register(d, REPORT_2, "--reviewed") == ["Chile"]       # added: reviewed
        assert register(d, ACTA_11, "--reviewed") == []               # the CSM's is only extracted
        (rej,) = listed(d, "--status", "rejected")
        assert (rej["id"], rej["reason"]) == (WRONG, "test: the CRM secretariat is not named")
        (add,) = listed(d, "--status", "added")
        assert (add["id"], add["quote"], add["source"]) == (added, CHILE_QUOTE, "country:cl")

    check(db)
    out = cli("load", "--replace", str(REPORT), db=db)
    assert out.stderr == ""                                           # every decision applied
    check(db)

    exported = tmp_path / "decisions.json"
    cli("review", "export", str(exported), db=db)
    other = copy_of_db(report_db, tmp_path / "other")        # a new database holding the report
    assert register(other, ACTA_11) == ["Secretaría Técnica de la CRM", "Secretaría Técnica de la CSM"]
    out = cli("review", "import", str(exported), db=other)
    assert out.stdout.strip() == f"imported 2 decision(s) from {exported}"
    check(other)
    again = tmp_path / "again.json"
    cli("review", "export", str(again), db=other)
    assert again.read_bytes() == exported.read_bytes()
    # a full reload: a fresh database file beside the same review file
    fresh = tmp_path / "fresh.lbug"
    cli("load", str(REPORT), db=fresh, env_extra={"ACTAGRAPH_REVIEW": str(exported)})
    check_env = {"ACTAGRAPH_REVIEW": str(exported)}
    out = cli("query", "responsibility_register", "--format", "json", db=fresh, env_extra=check_env)
    rows = {r["id"]: sorted(r["responsible"]) for r in json.loads(out.stdout)}
    assert rows[ACTA_11] == ["Secretaría Técnica de la CSM"] and rows[REPORT_2] == ["Chile"]


# slow: several loads of the report in subprocesses; `make test` runs it
@pytest.mark.slow
def test_a_stale_decision_is_reported_and_kept(report_db, tmp_path):
    db = copy_of_db(report_db, tmp_path / "db")
    quote = "Panamá preside el universo"
    stale = {"id": fact_id("RESPONSIBLE_FOR", "country:pa", REPORT_2, REPORT_ID), "action": "add",
             "document": REPORT_ID, "type": "RESPONSIBLE_FOR", "source": "country:pa",
             "target": REPORT_2, "quote": quote}
    path = tmp_path / "stale.json"
    path.write_text(json.dumps({"format": "actagraph-review", "version": 1, "decisions": [stale]}))
    out = cli("review", "import", str(path), db=db)
    (line,) = out.stderr.splitlines()
    assert line == (f"actagraph: review: {stale['id']}: add RESPONSIBLE_FOR country:pa -> {REPORT_2} "
                    f"({REPORT_ID}): the quote is no longer in the document")
    out = cli("load", "--replace", str(REPORT), db=db)
    assert out.stderr.splitlines() == [line]
    kept = json.loads(cli("review", "export", "-", db=db).stdout)["decisions"]
    assert [d["id"] for d in kept] == [stale["id"]]


@pytest.mark.parametrize("args, expected", [
    (["review", "reject", "ffffffffffff"], "no fact with id 'ffffffffffff'"),    # before the reason
    (["review", "reject", WRONG], f"review reject {WRONG}: give the reason with --reason TEXT"),
    (["review", "reject", WRONG, "--reason", "  "], "give the reason with --reason TEXT"),
    (["review", "add", "--doc", REPORT_ID, "--quote", "no está en el texto", "--type",
      "RESPONSIBLE_FOR", "--from", "Chile", "--to", REPORT_2], "is not in the document's text"),
    (["review", "add", "--doc", REPORT_ID, "--quote", CHILE_QUOTE, "--type", "RESPONSIBLE_FOR",
      "--from", "Atlántida", "--to", REPORT_2], "'Atlántida' is not named in document"),
    (["query", "focal_points", "--reviewed"], "cannot be limited to reviewed facts"),
])
def test_review_mistakes_are_one_line_and_change_nothing(reviewed_db, args, expected):
    before = cli("review", "export", "-", db=reviewed_db).stdout
    out = cli(*args, db=reviewed_db, check=False)
    assert out.returncode == 1
    (line,) = out.stderr.splitlines()
    assert line.startswith("actagraph: ") and expected in line
    assert cli("review", "export", "-", db=reviewed_db).stdout == before


def test_a_bad_review_file_is_one_line_with_its_place(reviewed_db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "actagraph-review", "version": 1,\n "decisions": [{"id": "x"}]}')
    out = cli("review", "import", str(bad), db=reviewed_db, check=False)
    assert out.returncode == 1
    assert out.stderr.strip() == (f"actagraph: {bad}:decisions[0]: 'action' must be a non-empty "
                                  "string")
