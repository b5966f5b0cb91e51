"""Bounded graph queries and `load --bulk`, before/after, on one corpus size per run.

    python -m bench.bounded --size 100 [--engines embedded,neo4j] [--runs 5] [--no-before]
                            [--only neighbourhood]

For each engine: builds the benchmark corpus (bench/corpus.py) with the product's bulk path
(graph.bulk_load, as `actagraph load --bulk` does; its time is reported), then times the
anchored saved queries with their defaults and, side by side, `neighbourhood` and
`shortest_path` as saved now and as they were before the bound (tests/queries/unbounded/); where
an engine answers a query by a program (`programs` in its header), its saved text is timed beside
it ("text" beside "now").
Writes bench/results/bounded-<N>.json. Neo4j is the benchmark's own server (bench/server.py,
started and stopped here), or with `--server local` the running local server of
ACTAGRAPH_NEO4J_PORT (`actagraph neo4j start`); either database is cleared.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from bench import loads
from bench.corpus import corpus, template_batch
from bench.queries import pct

REPO = Path(__file__).resolve().parents[1]
UNBOUNDED = REPO / "tests" / "queries" / "unbounded"
ANCHORED = ["commitments_of_actor", "actor_relations", "commitment_detail", "due_before",
            "forum_members", "statements_of_actor"]
CASES = [("neighbourhood", {}), ("neighbourhood", {"hops": 2}),
         ("neighbourhood", {"actor": "CRM"}), ("neighbourhood", {"hops": 2, "actor": "CRM"}),
         ("neighbourhood", {"hops": 3, "actor": "CRM"}), ("shortest_path", {})]


def log(msg: str) -> None:
    print(f"[bounded {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


SLOW_S = 5.0     # a warm-up longer than this is the only run (--slow changes it)


def timed(query, store, params: dict, runs: int, timeout: float, text: bool = False) -> dict:
    """p50/p95 ms of `runs` runs after one warm-up (one run only when the warm-up exceeds SLOW_S).

    With `text`, the query's Cypher text runs even where a program answers it on this engine."""
    call = query.run_text if text else query.run
    try:
        t0 = time.perf_counter()
        res = call(store, params, timeout=timeout)
        warm = time.perf_counter() - t0
        samples = [warm] if warm > SLOW_S else []
        for _ in range(0 if samples else runs):
            t0 = time.perf_counter()
            res = call(store, params, timeout=timeout)
            samples.append(time.perf_counter() - t0)
        return {"p50_ms": 1000 * statistics.median(samples), "p95_ms": 1000 * pct(samples, 95),
                "runs": len(samples), "rows": len(res.rows), "truncated": res.truncated}
    except Exception as exc:  # noqa: BLE001 - a failing query is a result
        return {"error": f"{type(exc).__name__}: {str(exc)[:120]}"}


def open_engine(engine: str, workdir: Path, server=None):
    if engine == "embedded":
        from graph.embedded_store import EmbeddedStore
        path = workdir / "bounded.lbug"
        loads.rm_db(path)
        return EmbeddedStore(path), None
    from graph.neo4j_store import Neo4jStore
    from bench.server import import_dir, settings
    store = Neo4jStore(**settings(server))
    store.ensure_schema()
    store.clear()
    return store, import_dir(server)


def measure(engine: str, n: int, runs: int, timeout: float, workdir: Path, server=None,
            before: bool = True, only: str = "") -> dict:
    from graph.bulk_load import bulk_load
    from queries.library import load_library, parse_query
    library = load_library()
    template, _ = template_batch()
    batches = corpus(n, template=template)
    store, import_dir = open_engine(engine, workdir, server)
    out: dict = {"engine": engine, "N": n, "queries": {}}
    try:
        log(f"{engine} N={n}: bulk load")
        t0 = time.perf_counter()
        written = bulk_load(store, batches, import_dir=import_dir)
        out["bulk"] = {"seconds": time.perf_counter() - t0, **written,
                       "elements_per_doc": sum(loads.batch_elements(b) for b in batches)}
        for name in ([] if only else ANCHORED):
            log(f"{engine} N={n}: {name}")
            out["queries"][name] = {"now": timed(library[name], store, {}, runs, timeout)}
        for name, params in [c for c in CASES if not only or c[0] in only.split(",")]:
            key = name + (" " + json.dumps(params, ensure_ascii=False) if params else "")
            log(f"{engine} N={n}: {key}")
            rec = {"now": timed(library[name], store, params, runs, timeout)}
            if library[name].program_for(engine) is not None:
                # the saved text, which the program replaces on this engine
                rec["text"] = timed(library[name], store, params, runs, timeout, text=True)
            reference = UNBOUNDED / f"{name}.cypher"
            old = parse_query(reference) if reference.exists() and before else None
            if old is not None and old.text_for(engine) != library[name].text_for(engine):
                rec["before"] = timed(old, store, params, runs, timeout)
            out["queries"][key] = rec
    finally:
        if engine == "neo4j":
            store.clear()
        store.close()
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.bounded", description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--engines", default="embedded,neo4j")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--workdir", default=str(REPO / ".actagraph" / "bench"))
    ap.add_argument("--no-before", action="store_true",
                    help="skip the unbounded texts of tests/queries/unbounded/")
    ap.add_argument("--only", default="", help="time only these queries of the cases (and no "
                    "anchored ones), comma-separated, e.g. neighbourhood,shortest_path")
    ap.add_argument("--server", choices=["bench", "local"], default="bench",
                    help="Neo4j: the benchmark's own server, or the running local one")
    ap.add_argument("--slow", type=float, default=SLOW_S,
                    help="seconds of warm-up above which a query is run only once")
    args = ap.parse_args(argv)
    globals()["SLOW_S"] = args.slow
    workdir = Path(args.workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    started = time.strftime("%Y-%m-%d %H:%M:%S")
    import os
    res = {"command": "python -m bench.bounded " + " ".join(argv or sys.argv[1:]),
           "started": started, "load_average": os.getloadavg(), "engines": {}}
    for engine in [e for e in args.engines.split(",") if e]:
        server, started_here = None, False
        if engine == "neo4j":
            from graph.neo4j_server import LocalServer
            from bench.server import bench_server
            server = bench_server() if args.server == "bench" else LocalServer()
            if "running" not in server.status():
                server.start()
                started_here = True
        try:
            res["engines"][engine] = measure(engine, args.size, args.runs, args.timeout,
                                             workdir, server, before=not args.no_before,
                                             only=args.only)
        finally:
            if started_here:
                server.stop()
    out = REPO / "bench" / "results" / (f"bounded-{args.size}" + (f"-{args.only}" if args.only
                                                                  else "") + ".json")
    if out.exists():      # keep the other engine's numbers when one engine is rerun
        old = json.loads(out.read_text(encoding="utf-8"))
        res["engines"] = {**old.get("engines", {}), **res["engines"]}
    out.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
