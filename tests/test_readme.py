"""Every command-line example in the README runs, against a temp database holding the report."""
from __future__ import annotations

import os
import re
import shlex

import pytest

from tests.command_line import run_actagraph
from tests.conftest import REPO, copy_of_db

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCK = README.split("## The command line", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
EXAMPLES = [line.split("#", 1)[0].strip() for line in BLOCK.splitlines()
            if line.startswith("actagraph ")]
# Long-running or server-managing verbs are exercised elsewhere (tests/graph/test_neo4j_server.py,
# tests/app/test_browser.py); here they would block or fight the test server.
NOT_HERE = ("actagraph serve", "actagraph neo4j ")


def test_readme_has_examples():
    assert len(EXAMPLES) >= 10


# Loading a whole folder or glob is the one-file load on more files (tests/actagraph/test_cli.py
# loads a folder of every format, tests/graph/test_bulk_load.py the bulk path): `make test` runs
# those examples, the quick loop does not.
RUN = [pytest.param(e, marks=pytest.mark.slow) if e.startswith("actagraph") and " load " in
       f" {e} " and ("*" in e or e.endswith("/")) else e
       for e in EXAMPLES if not e.startswith(NOT_HERE)]


@pytest.mark.parametrize("example", RUN)
def test_readme_example_runs(example, tmp_path, report_db):
    # the report as `actagraph load data/sources/informe-...txt` stores it, loaded once per run
    db = copy_of_db(report_db, tmp_path / "db")
    env = {"ACTAGRAPH_DB": str(db), **{k: None for k in os.environ if k.startswith("NEO4J_")}}
    args = []
    for a in shlex.split(example)[1:]:
        if "*" in a:                   # what the shell would expand
            args += sorted(str(p) for p in REPO.glob(a))
        elif re.match(r"^/tmp/|^[\w-]+\.(json|md)$", a):
            args.append(str(tmp_path / os.path.basename(a)))   # files the example creates
        else:
            args.append(a)
    if "other.md" in example:          # the second document the example loads
        (tmp_path / "other.md").write_text("Acta de prueba\n\n1. Chile propone una reunión.\n",
                                           encoding="utf-8")
    proc = run_actagraph(args, env)      # in this process, but for a load (tests.command_line)
    assert proc.returncode == 0, (example, proc.stderr)
