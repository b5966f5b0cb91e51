"""Reads keep working while another process loads, and never see a half-loaded document."""
from __future__ import annotations

import json
import subprocess
import sys
import time

from tests.conftest import REPO
from tests.graph.test_faults import _target
from tests.graph.test_store_contract import small_batch

def test_reads_during_a_load_see_old_or_new_never_half(store):
    store.load(small_batch())
    child = subprocess.Popen([sys.executable, "-m", "tests.graph.child_load", "slow", store.engine,
                              json.dumps(_target(store))],
                             cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "WRITING", child.stderr.read()
    seen = set()
    deadline = time.monotonic() + 60
    while child.poll() is None and time.monotonic() < deadline:
        res = store.run("MATCH (c:Country) OPTIONAL MATCH (c)-[r:MEMBER_OF]->() "
                        "RETURN count(DISTINCT c) AS countries, count(r) AS links")
        seen.add(tuple(res.rows[0]))
        time.sleep(0.05)
    assert child.wait(60) == 0, child.stderr.read()
    final = store.run("MATCH (c:Country) OPTIONAL MATCH (c)-[r:MEMBER_OF]->() "
                      "RETURN count(DISTINCT c) AS countries, count(r) AS links")
    seen.add(tuple(final.rows[0]))
    assert seen <= {(1, 1), (2001, 2001)}, seen
    assert (2001, 2001) in seen
