"""Saved queries before and after a change, side by side on one store in one process: the text of
each query at a git revision (before) and the query as the working tree answers it (after, its
program where the header names one), alternating, with the machine's load average beside each.

    python -m bench.before_after --db .actagraph/bench-size/main.lbug --before 7a9fb35 \
        --only commitments_of_actor,sources_of [--runs 3] [--engine embedded] [--as-answered] \
        [--params '{"doc": "meeting-0001"}']

Without --as-answered "before" is the query's text at the revision; with it, the query as the
tree answered it at the revision: its program there when that revision's header names one for
the engine (the program's module read from git at the revision and run from memory), else its
text.

Opens an existing embedded store read-only, or with --engine neo4j the database of the server
`actagraph neo4j start` runs on ACTAGRAPH_NEO4J_PORT (never builds one; bench.at_size does). Each result
is written to the JSON file as soon as it is measured.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import time
from pathlib import Path


def saved_at(revision: str, name: str):
    """The saved query `name` as it was at git `revision` (a queries.library.SavedQuery)."""
    from queries.library import QUERIES_DIR, parse_query
    text = subprocess.run(["git", "show", f"{revision}:queries/{name}.cypher"], check=True,
                          capture_output=True, text=True).stdout
    return parse_query(Path(QUERIES_DIR) / f"{name}.cypher", text)


def program_at(revision: str, query, engine: str):
    """The function answering `query` (a SavedQuery read at `revision`) on `engine` as the module
    was at git `revision`, or None when that revision's header names no program for the engine.
    The module is executed under a private name, so the working tree's module is left as it is."""
    import types
    target = query.programs.get(engine)
    if target is None:
        return None
    module, function = target.split(":")
    source = subprocess.run(["git", "show", f"{revision}:{module.replace('.', '/')}.py"],
                            check=True, capture_output=True, text=True).stdout
    mod = types.ModuleType(f"_before_{revision}_{module.replace('.', '_')}")
    exec(compile(source, f"{revision}:{module}", "exec"), mod.__dict__)  # noqa: S102 - our own git
    return getattr(mod, function)


def timed(call, runs: int) -> dict:
    """A warm-up, then `runs` timed calls: {p50_ms, max_ms, first_ms, rows, truncated,
    load_avg} or {error}."""
    try:
        t0 = time.perf_counter()
        res = call()
        first = time.perf_counter() - t0
        samples = []
        for _ in range(runs):
            t0 = time.perf_counter()
            res = call()
            samples.append(time.perf_counter() - t0)
        return {"p50_ms": 1000 * statistics.median(samples), "max_ms": 1000 * max(samples),
                "first_ms": 1000 * first, "rows": len(res.rows), "truncated": res.truncated,
                "load_avg": os.getloadavg()[0]}
    except Exception as exc:  # noqa: BLE001 - a failing query is a result
        return {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}",
                "load_avg": os.getloadavg()[0]}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.before_after")
    ap.add_argument("--db", default=".actagraph/bench-size/main.lbug")
    ap.add_argument("--before", required=True, help="git revision of the texts before")
    ap.add_argument("--only", required=True, help="comma-separated saved query names")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--max-rows", type=int, default=5000)
    ap.add_argument("--json", default="bench/results/before-after.json")
    ap.add_argument("--engine", default="embedded", choices=["embedded", "neo4j"])
    ap.add_argument("--params", default="{}",
                    help="the queries' parameters as a JSON object, the same before and after")
    ap.add_argument("--as-answered", action="store_true",
                    help="before = the revision's program where its header names one")
    args = ap.parse_args(argv)
    from graph.embedded_store import EmbeddedStore
    from queries.library import load_library

    library = load_library()
    if args.engine == "neo4j":
        from bench.server import settings
        from graph.neo4j_server import LocalServer
        from graph.neo4j_store import Neo4jStore
        store = Neo4jStore(**settings(LocalServer()))
    else:
        store = EmbeddedStore(args.db)
    out = {"command": "python -m bench.before_after " + " ".join(argv or os.sys.argv[1:]),
           "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "db": args.db,
           "load_avg_at_start": os.getloadavg(), "queries": {}}
    kw = {"timeout": args.timeout, "max_rows": args.max_rows}
    params = json.loads(args.params)
    try:
        for name in args.only.split(","):
            before, after = saved_at(args.before, name), library[name]
            old = program_at(args.before, before, store.engine) if args.as_answered else None
            if old is not None:
                call = lambda: old(store, before.coerce(params), **kw)  # noqa: E731
            else:
                call = lambda: before.run_text(store, params, **kw)  # noqa: E731
            rec = {"before": timed(call, args.runs),
                   "after": timed(lambda: after.run(store, params, **kw), args.runs)}
            out["queries"][name] = rec
            Path(args.json).write_text(json.dumps(out, indent=1, default=str) + "\n")
            print(name, json.dumps(rec), flush=True)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
