"""What running embedded reads in a worker process costs: one saved query, three ways.

    python -m bench.query_worker [--query responsibility_register] [--repeats 30]

Over the real report in a temp LadybugDB file, the median and p95 latency of
  direct   - the read-only handle in this process, no plan check (the old read path),
  checked  - the same with the plan check (EXPLAIN first) the worker does,
  worker   - store.run(): guard, pipe to the worker process, plan check, run, pickle back,
plus the cost of starting a worker (first query). Prints one JSON object; nothing is written.
"""
from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REPORT = REPO / "data" / "sources" / "informe-troikas-crm-csm-2017-03-30.txt"


def _times(fn, repeats: int) -> dict:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000)
    out.sort()
    return {"median_ms": round(statistics.median(out), 2),
            "p95_ms": round(out[min(len(out) - 1, int(0.95 * len(out)))], 2)}


def main(argv=None) -> None:
    from graph.embedded_store import EmbeddedStore, check_plan
    from loaders.pipeline import load_file
    from queries.library import load_library

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--query", default="responsibility_register")
    ap.add_argument("--repeats", type=int, default=30)
    args = ap.parse_args(argv)
    path = Path(tempfile.mkdtemp(prefix="actagraph-bench-")) / "graph.lbug"
    store = EmbeddedStore(path)
    store.load(load_file(REPORT))
    text, params = load_library()[args.query].bound("embedded", {})

    t0 = time.perf_counter()
    store.run(text, params)
    first = round((time.perf_counter() - t0) * 1000, 1)
    worker = _times(lambda: store.run(text, params), args.repeats)
    local = EmbeddedStore(path)
    with local._lock:
        conn = local._read_conn()
    direct = _times(lambda: local._execute(conn, text, params, 10, 5000), args.repeats)

    def checked():
        check_plan(conn, text, params)
        local._execute(conn, text, params, 10, 5000)

    plan = _times(checked, args.repeats)
    rows = len(store.run(text, params).rows)
    local.close()
    store.close()
    print(json.dumps({"query": args.query, "rows": rows, "repeats": args.repeats,
                      "first_query_with_worker_start_ms": first, "direct": direct,
                      "checked": plan, "worker": worker}, indent=2))


if __name__ == "__main__":
    main()
