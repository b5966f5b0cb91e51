"""One side of bench/reload.py: load the benchmark corpus with the code of one source tree, then
time a reload of one document (inside a writing session), `shortest_path` and
`neighbourhood` on it.

    python bench/reload_worker.py --tree DIR --engine embedded|neo4j --size N --runs R
        [--workdir DIR] [--bulk] [--reload-only]

Imports graph, queries and bench from DIR (a checkout of any revision that has
bench/corpus.py and bench/loads.py), so the same measurement runs against the code before and
after a change. With --bulk the corpus goes in through graph.bulk_load (`actagraph load --bulk`)
and only the reload takes the normal load path. Neo4j is the local server of
ACTAGRAPH_NEO4J_PORT and ACTAGRAPH_NEO4J_HOME, cleared before and after.
Prints one JSON object on stdout; it must not write anywhere but --workdir.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _timed(call, runs: int) -> dict:
    """p50/p95 ms of `runs` calls after one warm-up; the last call's rows."""
    try:
        res = call()
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            res = call()
            samples.append(time.perf_counter() - t0)
        out = {"p50_ms": 1000 * statistics.median(samples), "p95_ms": 1000 * _pct(samples, 95),
               "runs": runs}
        if res is not None and hasattr(res, "rows"):
            out["rows"] = len(res.rows)
        return out
    except Exception as exc:  # noqa: BLE001 - a failing query is a result
        return {"error": f"{type(exc).__name__}: {str(exc)[:160]}"}


def _delete_step(store, document: str, runs: int) -> dict:
    """The embedded store's delete step alone, from the Document's load_record and by the scan
    it replaced, each in a transaction rolled back (p50/p95 ms)."""
    out = {}
    for name, step in (("record", store._delete_document),
                       ("scan", store._delete_document_by_scan)):
        samples = []
        with store._lock, store._writer() as conn:
            for _ in range(runs + 1):
                conn.execute("BEGIN TRANSACTION")
                t0 = time.perf_counter()
                step(conn, document)
                samples.append(time.perf_counter() - t0)
                conn.execute("ROLLBACK")
        samples = samples[1:]
        out[name] = {"p50_ms": 1000 * statistics.median(samples),
                     "p95_ms": 1000 * _pct(samples, 95), "runs": runs}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tree", required=True)
    ap.add_argument("--engine", choices=["embedded", "neo4j"], required=True)
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=120.0)
    ap.add_argument("--workdir", default="/tmp/actagraph-reload-bench")
    ap.add_argument("--bulk", action="store_true")
    ap.add_argument("--reload-only", action="store_true", help="time no query")
    args = ap.parse_args(argv)
    tree = Path(args.tree).resolve()
    sys.path.insert(0, str(tree))
    for name in [m for m in sys.modules if m.split(".")[0] in ("graph", "queries", "bench")]:
        del sys.modules[name]

    from bench import loads
    from bench.corpus import corpus, template_batch
    from queries.library import load_library

    template, _ = template_batch()
    batches = corpus(args.size, template=template)
    if args.engine == "embedded":
        from graph.embedded_store import EmbeddedStore
        workdir = Path(args.workdir)
        workdir.mkdir(parents=True, exist_ok=True)
        path = workdir / f"reload-{os.getpid()}.lbug"
        loads.rm_db(path)
        store = EmbeddedStore(path)
    else:
        from graph.config import neo4j_settings
        from graph.neo4j_store import Neo4jStore
        store = Neo4jStore(**neo4j_settings(os.environ))
        store.ensure_schema()
        store.clear()
    library = load_library()
    out: dict = {"engine": args.engine, "N": args.size, "tree": str(tree)}
    try:
        if args.bulk:
            from graph.bulk_load import bulk_load
            import_dir = None
            if args.engine == "neo4j":
                from graph.neo4j_server import LocalServer
                import_dir = LocalServer().root / "import"
            t0 = time.perf_counter()
            bulk_load(store, batches, import_dir=import_dir)
            out["load_s"] = time.perf_counter() - t0
            out["load"] = "bulk"
        else:
            loaded = loads.batched(store, batches)
            out["load_s"] = loaded["seconds"]
            out["load_per_doc_ms_p50"] = 1000 * statistics.median(loaded["per_doc"])
            out["load"] = "one transaction a document"
        stats = store.stats()
        out["edges"] = sum(stats["edges"].values())
        out["member_of_edges"] = stats["edges"].get("MEMBER_OF", 0)
        middle = batches[len(batches) // 2]
        out["reloaded"] = middle.document
        # each reload is its own transaction, timed inside one writing session (as `actagraph
        # load` runs several files): the session's opening and final checkpoint are not counted
        with store.writing():
            out["reload"] = _timed(lambda: store.load(middle), args.runs)
        if args.engine == "embedded" and hasattr(store, "_delete_document_by_scan"):
            out["delete_step"] = _delete_step(store, middle.document, args.runs)
        if args.reload_only:
            return 0
        out["shortest_path"] = _timed(
            lambda: library["shortest_path"].run(store, {}, timeout=args.timeout), args.runs)
        out["neighbourhood"] = _timed(
            lambda: library["neighbourhood"].run(store, {}, timeout=args.timeout), args.runs)
        out["neighbourhood_2_hops"] = _timed(
            lambda: library["neighbourhood"].run(store, {"hops": 2}, timeout=args.timeout),
            args.runs)
    finally:
        if args.engine == "neo4j":
            store.clear()
        store.close()
        if args.engine == "embedded":
            loads.rm_db(path)
        print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
