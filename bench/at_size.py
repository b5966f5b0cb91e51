"""Saved-query latency and the marginal load cost at one corpus size on one engine, the corpus
built with that engine's bulk path, each result written to the JSON file as soon as it is measured.

    python -m bench.at_size --size 1000 [--engine embedded|neo4j] [--runs 3] [--port 7699]

Neo4j runs on the benchmark's own server (bench/server.py) on --port (default
ACTAGRAPH_NEO4J_PORT), started and stopped here.

For a shared machine where a whole `python -m bench.run` does not finish: the same pieces
(bench.loads.bulk_embedded, bench.run.reload_sample, bench.queries.time_queries), in that order.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import time
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.at_size")
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--workdir", default=".actagraph/bench-size")
    ap.add_argument("--json", default=None)
    ap.add_argument("--engine", default="embedded", choices=["embedded", "neo4j"])
    ap.add_argument("--port", type=int, default=None)
    args = ap.parse_args(argv)
    from bench import loads
    from bench import queries as qb
    from bench.corpus import Corpus, template_batch
    from bench.run import reload_sample
    from graph.embedded_store import EmbeddedStore

    out_path = Path(args.json or f"bench/results/at-size-{args.size}-{args.engine}.json")
    out: dict = {"command": "python -m bench.at_size --size %d --runs %d --engine %s"
                            % (args.size, args.runs, args.engine),
                 "started": time.strftime("%Y-%m-%d %H:%M:%S"), "size": args.size,
                 "load_avg_at_start": os.getloadavg()}

    def save():
        out_path.write_text(json.dumps(out, indent=1, default=str) + "\n")

    wd = Path(args.workdir)
    shutil.rmtree(wd, ignore_errors=True)
    wd.mkdir(parents=True)
    template, _ = template_batch()
    batches = list(Corpus(template, n_hint=args.size).batches(args.size))
    server = None
    if args.engine == "neo4j":
        from bench.server import bench_server, import_dir, settings
        from graph.neo4j_store import Neo4jStore
        port = args.port or int(os.environ.get("ACTAGRAPH_NEO4J_PORT") or 7699)
        server = bench_server(port=port)
        server.start()
        store = Neo4jStore(**settings(server))
        store.clear()
        out["bulk"] = loads.bulk_neo4j(store, batches, import_dir(server))
    else:
        db = wd / "main.lbug"
        out["bulk"] = loads.bulk_embedded(db, batches, wd / "csv")
        shutil.rmtree(wd / "csv", ignore_errors=True)
        store = EmbeddedStore(db)
    save()
    try:
        out["reload"] = reload_sample(store, batches, 3)
        save()
        library = qb.load_saved()
        out["queries"] = {}
        # the listed saved queries first, then the app's: a late failure costs the app's only
        for name in sorted(library, key=lambda n: (not library[n].listed, n)):
            timed = qb.time_queries(store, {name: library[name]}, args.runs, timeout=args.timeout)
            timed[name].update(listed=library[name].listed, load_avg=os.getloadavg()[0])
            out["queries"].update(timed)
            save()
    finally:
        store.close()
        if server is not None:
            server.stop()
    out["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    out["load_avg_at_end"] = os.getloadavg()
    save()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
