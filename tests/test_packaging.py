"""An installed wheel works as well as a checkout: the data files travel inside it and every
module finds them there (graph/data_files.py), not through the checkout's folders."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

PROBE = """
import graph.data_files as d
from loaders.pipeline import extract
from graph.ontology import load_ontology
print(d.DATA_DIR)
text = "Acta de la reunión\\n\\nChile y Perú acordaron crear un grupo de trabajo."
batch = extract(text, "probe", "probe.txt")
print(sorted(i for i in batch.nodes if i.startswith("country:")))
print(len(load_ontology().edge_types) > 10)
"""


@pytest.mark.slow
def test_an_installed_wheel_reads_its_own_data(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(REPO),
                    "-w", str(wheels)], check=True, capture_output=True, timeout=600)
    [wheel] = wheels.glob("actagraph-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("actagraph/data/ontology.yaml", "actagraph/data/lang/es/persons.yaml",
                   "actagraph/data/structure.yaml", "queries/documents.cypher"):
        assert needed in names, needed
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path, capture_output=True,
                         text=True, timeout=300, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin",
                                                      "HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr[-2000:]
    where, countries, ontology = out.stdout.splitlines()[-3:]
    assert where == str(site / "actagraph" / "data")
    assert countries == "['country:cl', 'country:pe']"
    assert ontology == "True"
