"""Saved queries at several row caps, side by side on one stored corpus in one process: whether a
query's time follows the rows it gives (the cap, the anchor's degree) or the corpus it reads.

    python -m bench.row_cap --db .actagraph/bench-size/main.lbug \
        --only responsibility_register,sources_of --caps 50,500,5000 [--runs 3] \
        [--param responsibility_register:doc=bench-0001]

Opens an existing embedded store (bench.at_size builds one). For each query and cap, alternating
caps run after run so the machine's load falls on all alike: a warm-up, then `--runs` timed
answers as the tree answers them (the query's program where its header names one), default
parameters overridden by `--param query:key=value`. Each result is written to the JSON file as
soon as it is measured.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.row_cap")
    ap.add_argument("--db", default=".actagraph/bench-size/main.lbug")
    ap.add_argument("--only", required=True, help="comma-separated saved query names")
    ap.add_argument("--caps", default="50,500,5000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--param", action="append", default=[],
                    help="query:key=value, a parameter other than the default")
    ap.add_argument("--json", default="bench/results/row-cap.json")
    args = ap.parse_args(argv)
    from graph.embedded_store import EmbeddedStore
    from queries.library import load_library

    library = load_library()
    caps = [int(c) for c in args.caps.split(",") if c]
    raw: dict[str, dict] = {}
    for spec in args.param:
        name, _, kv = spec.partition(":")
        key, _, value = kv.partition("=")
        raw.setdefault(name, {})[key] = value
    out = {"command": " ".join(["python -m bench.row_cap", *(sys.argv[1:] if argv is None
                                                             else argv)]),
           "started": time.strftime("%Y-%m-%d %H:%M:%S"), "db": args.db,
           "load_avg_at_start": os.getloadavg(), "queries": {}}
    store = EmbeddedStore(args.db)
    try:
        for name in [n for n in args.only.split(",") if n]:
            query, params = library[name], raw.get(name, {})
            samples: dict[int, list[float]] = {c: [] for c in caps}
            rows: dict[int, tuple[int, bool]] = {}
            for c in caps:   # warm-up
                res = query.run(store, params, timeout=args.timeout, max_rows=c)
                rows[c] = (len(res.rows), res.truncated)
            for _ in range(args.runs):
                for c in caps:
                    t0 = time.perf_counter()
                    query.run(store, params, timeout=args.timeout, max_rows=c)
                    samples[c].append(time.perf_counter() - t0)
            out["queries"][name + ("" if not params else " " + json.dumps(params))] = {
                str(c): {"p50_ms": 1000 * statistics.median(samples[c]),
                         "max_ms": 1000 * max(samples[c]), "rows": rows[c][0],
                         "truncated": rows[c][1]} for c in caps}
            out["queries"][name + ("" if not params else " " + json.dumps(params))][
                "load_avg"] = os.getloadavg()[0]
            Path(args.json).write_text(json.dumps(out, indent=1) + "\n")
            print(name, params, json.dumps(out["queries"][list(out["queries"])[-1]]), flush=True)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
