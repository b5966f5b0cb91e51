"""Before/after latency of rewritten saved queries, on corpora built once with the bench's code.

    python -m bench.rewrites build embedded 1 1000      # bulk COPY into <workdir>/embedded-N.lbug
    python -m bench.rewrites build neo4j 1000           # bench server (7699): clear + LOAD CSV
    python -m bench.rewrites time embedded 1000 --before DIR --out results/rewrites.json
    python -m bench.rewrites time neo4j 1000 --before DIR --out ...
    python -m bench.rewrites stop                       # stop the bench's Neo4j server

`--before DIR` is a directory holding the old `*.cypher` files (e.g. `git show HEAD:queries/...`);
the "after" library is queries/. Each query runs with its default parameters: one warm-up, then
`--runs` timed runs (3 when the warm-up exceeds 1 s), p50/p95 as in bench/queries.py. Results are
merged into the JSON file under [engine][N][before|after][query].
"""
from __future__ import annotations

import argparse
import json
import logging
import sys

from graph.config import ENGINES
import time
from pathlib import Path

from bench import loads
from bench.corpus import Corpus, template_batch
from bench.queries import time_queries

REPO = Path(__file__).resolve().parents[1]
WORKDIR = REPO / ".actagraph" / "bench-rewrites"


def _neo4j_store():
    from bench.server import bench_server, settings
    from graph.neo4j_store import Neo4jStore
    server = bench_server()
    server.start()
    return server, Neo4jStore(**settings(server))


def build(engine: str, sizes: list[int]) -> None:
    template, _ = template_batch()
    batches = list(Corpus(template, n_hint=max(sizes)).batches(max(sizes)))
    for n in sizes:
        t0 = time.perf_counter()
        if engine == "embedded":
            path = WORKDIR / f"embedded-{n}.lbug"
            loads.rm_db(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            loads.bulk_embedded(path, batches[:n], WORKDIR / "csv")
        else:
            from bench.server import import_dir
            server, store = _neo4j_store()
            try:
                store.clear()
                loads.bulk_neo4j(store, batches[:n], import_dir(server))
                print(f"neo4j holds N={n}: {loads.count_elements(store)} elements")
            finally:
                store.close()
        print(f"{engine} N={n} built in {time.perf_counter() - t0:.0f} s", flush=True)


def _library(directory: Path | None):
    from queries.library import load_library
    return load_library(directory) if directory else load_library()


def time_engine(engine: str, n: int, before: Path | None, names: list[str] | None, runs: int,
                timeout: float, out: Path) -> dict:
    after_lib = _library(None)
    libs = {"after": after_lib}
    if before:
        libs["before"] = _library(before)
    if names:
        libs = {k: {q: v[q] for q in names if q in v} for k, v in libs.items()}
    if engine == "embedded":
        from graph.embedded_store import EmbeddedStore
        store = EmbeddedStore(WORKDIR / f"embedded-{n}.lbug")
    else:
        _, store = _neo4j_store()
    res: dict = {}
    try:
        for which, lib in libs.items():
            res[which] = time_queries(store, lib, runs, timeout=timeout, budget_s=1e9)
            for q, rec in sorted(res[which].items()):
                v = (f"{rec['p50_ms']:.1f} / {rec['p95_ms']:.1f} ms ({rec['rows']} rows)"
                     if "p50_ms" in rec else rec.get("error"))
                print(f"{engine} N={n} {which:6} {q:28} {v}", flush=True)
    finally:
        store.close()
    data = json.loads(out.read_text()) if out.exists() else {}
    slot = data.setdefault(engine, {}).setdefault(str(n), {})
    for which, recs in res.items():
        slot.setdefault(which, {}).update(recs)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    return res


def table(data: dict, names: list[str]) -> str:
    """Markdown: query | engine | p95 before/after at each N (rows)."""
    def cell(rec):
        if not rec:
            return "–"
        if "p95_ms" not in rec:
            err = rec.get("error", "")
            return "timeout" if "Timeout" in err else err.split(":")[0]
        p = rec["p95_ms"]
        return f"{p:,.0f}" if p >= 100 else f"{p:.3g}"
    ns = sorted({int(n) for e in data.values() for n in e}, key=int)
    head = ["query", "engine"] + [f"N={n} before → after" for n in ns] + ["after N=1000 / N=1"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for q in names:
        for engine in ENGINES:
            e = data.get(engine, {})
            row = [f"`{q}`", engine]
            for n in ns:
                s = e.get(str(n), {})
                b, a = s.get("before", {}).get(q), s.get("after", {}).get(q)
                rows = f" ({a['rows']}{'+' if a.get('truncated') else ''})" if a and "rows" in a else ""
                row.append(f"{cell(b)} → {cell(a)}{rows}")
            a1 = e.get(str(ns[0]), {}).get("after", {}).get(q, {})
            aN = e.get(str(ns[-1]), {}).get("after", {}).get(q, {})
            row.append(f"{aN['p95_ms'] / a1['p95_ms']:.1f}×" if "p95_ms" in a1 and "p95_ms" in aN
                       else "–")
            lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def main(argv=None) -> int:
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    ap = argparse.ArgumentParser(prog="python -m bench.rewrites")
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("engine", choices=list(ENGINES))
    b.add_argument("sizes", type=int, nargs="+")
    t = sub.add_parser("time")
    t.add_argument("engine", choices=list(ENGINES))
    t.add_argument("n", type=int)
    t.add_argument("--before", type=Path)
    t.add_argument("--names", default="")
    t.add_argument("--runs", type=int, default=20)
    t.add_argument("--timeout", type=float, default=60)
    t.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "rewrites.json")
    tb = sub.add_parser("table")
    tb.add_argument("--names", required=True)
    tb.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "rewrites.json")
    sub.add_parser("stop")
    a = ap.parse_args(argv)
    if a.cmd == "build":
        build(a.engine, a.sizes)
    elif a.cmd == "time":
        time_engine(a.engine, a.n, a.before, [x for x in a.names.split(",") if x] or None,
                    a.runs, a.timeout, a.out)
    elif a.cmd == "table":
        print(table(json.loads(a.out.read_text()), a.names.split(",")))
    else:
        from bench.server import bench_server
        bench_server().stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
