"""The commit point of a staged Neo4j load at a corpus size: what its one transaction writes.

    python -m bench.commit_point --port 7734 --root .actagraph/neo4j-bench [--loads 3]

A staged load (graph.neo4j_load) writes the document's fact edges between shared entities
(graph/facts.py) whole, with every other document's sources, in its commit-point transaction.
On the benchmark server left by `python -m bench.run --keep-stores` (its corpus of N meetings),
this loads new meetings of the same corpus through the staged path (`chunk_rows` lowered so a
meeting is staged) and records, per load: the fact rows written in that transaction, their
characters (`graph.batch.row_chars`), the largest `docs` list, the transaction's heap estimate
as the server reports it (`SHOW TRANSACTIONS`, read from a second session just before commit),
and the seconds of the commit point and of the whole load. Each meeting is removed after.
Prints one JSON object; nothing here changes what a load does.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.commit_point")
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--root", default=".actagraph/neo4j-bench")
    ap.add_argument("--loads", type=int, default=3)
    ap.add_argument("--chunk-rows", type=int, default=200)
    ap.add_argument("--first", type=int, default=5000,
                    help="index of the first new meeting (past the stored corpus)")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)

    import graph.neo4j_store as ns
    from bench.corpus import Corpus, template_batch
    from bench.server import bench_server, settings
    from graph.batch import row_chars
    from graph.neo4j_store import Neo4jStore

    server = bench_server(root=Path(args.root), port=args.port)
    started = False
    if server._running_pid() is None:
        server.start()
        started = True
    store = Neo4jStore(**settings(server))
    store.chunk_rows = args.chunk_rows
    seen: dict = {}
    original = ns.write_facts

    def measured(tx, document, old_facts, edge_rows, touched, chunks):
        from graph.facts import is_fact_row
        written = []

        class Tap:        # counts what write_facts hands to the server, row by row
            def run(self, query, **params):
                for r in params.get("rows") or []:
                    written.append(r)
                return tx.run(query, **params)
        t0 = time.perf_counter()
        original(Tap(), document, old_facts, edge_rows, touched, chunks)
        seen["write_s"] = time.perf_counter() - t0
        seen["fact_rows"] = len(written)
        seen["fact_chars"] = sum(row_chars(r) for r in written)
        seen["max_docs"] = max((len(r.get("docs") or []) for r in written), default=0)
        seen["stated"] = sum(1 for rows in edge_rows.values() for r in rows if is_fact_row(r))
        with store._driver.session(database=store.database) as s:
            mem = [r.data() for r in s.run(
                "SHOW TRANSACTIONS YIELD transactionId, estimatedUsedHeapMemory, "
                "allocatedDirectBytes, currentQueryAllocatedBytes")]
        seen["tx_heap_bytes"] = max((m.get("estimatedUsedHeapMemory") or 0 for m in mem),
                                    default=None)
    ns.write_facts = measured
    import graph.neo4j_load as nl  # the commit point imports write_facts from neo4j_store
    stored = store.run("MATCH (d:Document) RETURN count(d) AS c").rows[0][0]
    template, _ = template_batch()
    corpus = Corpus(template, n_hint=max(stored, 1000))
    out = {"stored_documents": stored, "chunk_rows": args.chunk_rows, "loads": []}
    try:
        for i in range(args.loads):
            batch = corpus.meeting(args.first + i)
            seen.clear()
            t0 = time.perf_counter()
            store.load(batch)
            rec = {"document": batch.document, "load_s": time.perf_counter() - t0, **seen}
            t0 = time.perf_counter()
            store.remove_document(batch.document)
            rec["remove_s"] = time.perf_counter() - t0
            out["loads"].append(rec)
            print(json.dumps(rec), flush=True)
        for k in ("load_s", "write_s", "fact_rows", "fact_chars", "tx_heap_bytes"):
            vals = [r[k] for r in out["loads"] if r.get(k) is not None]
            if vals:
                out[f"median_{k}"] = statistics.median(vals)
    finally:
        ns.write_facts = original
        store.close()
        if started:
            server.stop()
    del nl
    text = json.dumps(out, indent=1)
    if args.json:
        Path(args.json).write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
