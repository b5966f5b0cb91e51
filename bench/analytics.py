"""Network analysis (graph/analytics.py) against a full export of the same graph, side by side.

    python -m bench.analytics [--sizes 10,100] [--engines embedded,neo4j] [--runs 3]

At each corpus size N (the seeded corpus of bench/corpus.py, built with each engine's bulk path
so the setup is quick), on the same store in one process: the full export
(`graph_of_store` + node-link JSON, what `actagraph export --format json` does), the one read of
the network (`read_network`), and each analysis as `actagraph analyse` runs it (read, filter,
compute). Reported as seconds and as a ratio to the export. Writes bench/results/analytics.json
and re-renders BENCHMARKS.md (section "Network analysis"). `bench/run.py` calls `measure` at
every size of the full benchmark too.

Neo4j: the benchmark's own server (port 7699) unless --neo4j-port names a running local server
(its data is cleared).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "analytics.json"
ANALYSES = ("metrics", "brokers", "overlap", "communities")


def _best(fn, runs: int, slow_s: float = 10.0) -> tuple[float, object]:
    """Median seconds of `runs` calls of fn (no warm-up: the first call counts) and the last
    value; a call slower than `slow_s` is not repeated."""
    secs, value = [], None
    for _ in range(max(1, runs)):
        t0 = time.perf_counter()
        value = fn()
        secs.append(time.perf_counter() - t0)
        if secs[-1] > slow_s:
            break
    return statistics.median(secs), value


def measure(store, runs: int = 3) -> dict:
    """{export_s, read_s, nodes, edges, <analysis>_s (read + select + compute, as the CLI does),
    <analysis>_compute_s, <analysis>_ratio (analysis / export)} on `store`."""
    from graph import analytics as an
    from graph.export import graph_of_store, to_json
    out: dict = {}
    out["export_s"], text = _best(lambda: to_json(graph_of_store(store)), runs)
    out["export_bytes"] = len(text.encode("utf-8"))
    out["read_s"], g = _best(lambda: an.read_network(store), runs)
    out["network_nodes"], out["network_edges"] = g.number_of_nodes(), g.number_of_edges()
    full = an.select(g)
    for what in ANALYSES:
        compute, _ = _best(lambda: an.table(what, an.select(g)), runs)
        out[f"{what}_compute_s"] = compute
        out[f"{what}_s"] = out["read_s"] + compute
        out[f"{what}_ratio"] = out[f"{what}_s"] / out["export_s"]
    out["brokers"] = len(an.brokers(full))
    out["betweenness"] = "exact" if full.number_of_nodes() <= an.settings()["betweenness"][
        "exact_limit"] else f"sampled ({an.settings()['betweenness']['pivots']} pivots)"
    return out


def _log(msg: str) -> None:
    print(f"[bench.analytics {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def run(args) -> dict:
    import logging
    from bench import loads
    from bench.corpus import Corpus, template_batch
    logging.getLogger("neo4j").setLevel(logging.ERROR)
    template, origin = template_batch()
    corpus = Corpus(template, n_hint=max(args.sizes))
    batches = list(corpus.batches(max(args.sizes)))
    res = {"command": "python -m bench.analytics " + " ".join(args.argv),
           "started": time.strftime("%Y-%m-%d %H:%M:%S"), "loadavg_start": os.getloadavg(),
           "template": origin, "runs": args.runs, "engines": {}}
    began = time.time()
    work = Path(args.workdir)
    for engine in args.engines:
        res["engines"][engine] = {}
        if engine == "embedded":
            from graph.embedded_store import EmbeddedStore
            for n in args.sizes:
                db = work / f"analytics{n}.lbug"
                loads.rm_db(db)
                _log(f"embedded N={n}: bulk COPY")
                loads.bulk_embedded(db, batches[:n], work / "csv")
                s = EmbeddedStore(db)
                try:
                    _log(f"embedded N={n}: export vs analyse")
                    res["engines"][engine][str(n)] = measure(s, args.runs)
                finally:
                    s.close()
                    loads.rm_db(db)
            continue
        from graph.neo4j_store import Neo4jStore
        server = None
        if args.neo4j_port:
            os.environ["ACTAGRAPH_NEO4J_PORT"] = str(args.neo4j_port)
            from graph.config import neo4j_settings
            from graph.neo4j_server import LocalServer
            settings, import_dir = neo4j_settings({}), LocalServer().root / "import"
        else:
            from bench.server import bench_server, import_dir as bench_import, settings as bs
            server = bench_server()
            server.start()
            settings, import_dir = bs(server), bench_import(server)
        s = Neo4jStore(**settings)
        try:
            s.ensure_schema()
            for n in args.sizes:
                s.clear()
                _log(f"neo4j N={n}: bulk LOAD CSV")
                loads.bulk_neo4j(s, batches[:n], import_dir)
                _log(f"neo4j N={n}: export vs analyse")
                res["engines"][engine][str(n)] = measure(s, args.runs)
            s.clear()
        finally:
            s.close()
            if server is not None:
                server.stop()
    res["seconds"] = time.time() - began
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.analytics", description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10,100")
    ap.add_argument("--engines", default="embedded,neo4j")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--neo4j-port", type=int, default=None)
    ap.add_argument("--workdir", default=str(REPO / ".actagraph" / "bench-analytics"))
    ap.add_argument("--out", default=str(RESULTS))
    args = ap.parse_args(argv)
    args.argv = list(argv if argv is not None else sys.argv[1:])
    args.sizes = [int(x) for x in args.sizes.split(",") if x]
    args.engines = [e for e in args.engines.split(",") if e]
    Path(args.workdir).mkdir(parents=True, exist_ok=True)
    res = run(args)
    shutil.rmtree(Path(args.workdir), ignore_errors=True)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n")
    latest = REPO / "bench" / "results" / "latest.json"
    if latest.exists() and out == RESULTS:
        from bench.report import render
        (REPO / "BENCHMARKS.md").write_text(render(json.loads(latest.read_text())), encoding="utf-8")
    _log(f"done in {res['seconds']:.0f} s: {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
