"""A loading process for the fault tests, run as `python -m tests.graph.child_load MODE ENGINE TARGET`.

MODE `stall`: announce READY once node rows are written inside the open transaction, then hang
(the parent kills it). MODE `slow`: announce WRITING at the same point, wait 2 s, then commit.
"""
from __future__ import annotations

import json
import sys
import time

from graph.batch import GraphBatch
from tests.graph.test_store_contract import small_batch


def main(mode: str, engine: str, target: str) -> None:
    if engine == "neo4j":
        from graph.neo4j_store import Neo4jStore
        store = Neo4jStore(**json.loads(target))
    else:
        from graph.embedded_store import EmbeddedStore
        store = EmbeddedStore(json.loads(target))
    batch = small_batch(extra_edge=mode == "slow")
    for i in range(3000 if mode == "stall" else 2000):
        batch.add_node(f"country:k{i}", "Country", f"K{i}")
        if mode == "slow":
            batch.add_edge("MEMBER_OF", f"country:k{i}", "conference:crm")
    original = GraphBatch.edge_rows

    def stall(self, kinds):
        print("READY", flush=True)
        time.sleep(120)

    def slow(self, kinds):
        print("WRITING", flush=True)
        time.sleep(2)      # node rows are written, edges not yet: a reader must not see this
        return original(self, kinds)

    GraphBatch.edge_rows = stall if mode == "stall" else slow
    store.load(batch)
    print("DONE", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:4])
