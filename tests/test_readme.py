"""Every command-line example in the README runs, against a temp database holding the report."""
from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys

import pytest

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
BLOCK = README.split("## The command line", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
EXAMPLES = [line.split("#", 1)[0].strip() for line in BLOCK.splitlines()
            if line.startswith("actagraph ")]
# Long-running or server-managing verbs are exercised elsewhere (tests/graph/test_neo4j_server.py,
# tests/app/test_browser.py); here they would block or fight the test server.
NOT_HERE = ("actagraph serve", "actagraph neo4j ")


def test_readme_has_examples():
    assert len(EXAMPLES) >= 10


@pytest.mark.parametrize("example", [e for e in EXAMPLES if not e.startswith(NOT_HERE)])
def test_readme_example_runs(example, tmp_path):
    db = tmp_path / "graph.lbug"
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["ACTAGRAPH_DB"] = str(db)
    base = [sys.executable, "-m", "actagraph.cli"]
    subprocess.run(base + ["load", "data/sources/informe-troikas-crm-csm-2017-03-30.txt"],
                   cwd=REPO, env=env, check=True, capture_output=True, timeout=300)
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
    proc = subprocess.run(base + args, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 0, (example, proc.stderr)
