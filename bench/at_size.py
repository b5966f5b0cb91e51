"""Saved-query latency and the marginal load cost at one corpus size on one engine, the corpus
built with that engine's bulk path, each result written to the JSON file as soon as it is measured.

    python -m bench.at_size --size 1000 [--engine embedded|neo4j] [--runs 3] [--port 7699]
        [--running-server] [--reuse] [--no-reload] [--only q1,q2]

Neo4j runs on the benchmark's own server (bench/server.py) on --port (default
ACTAGRAPH_NEO4J_PORT), started and stopped here; with --running-server it is the server that
`actagraph neo4j start` runs (root .actagraph/neo4j, port ACTAGRAPH_NEO4J_PORT), neither started
nor stopped here. --reuse keeps a corpus already stored by an earlier run of the same size (the
embedded file in --workdir, or the Neo4j database when it holds the corpus's element count) instead
of clearing and rebuilding it: a 1,000-meeting build takes minutes on a shared machine.

For a shared machine where a whole `python -m bench.run` does not finish: the same pieces
(bench.loads.bulk_embedded, bench.run.reload_sample, bench.queries.time_queries), in that order.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
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
    ap.add_argument("--running-server", action="store_true")
    ap.add_argument("--reuse", action="store_true")
    ap.add_argument("--no-reload", action="store_true")
    ap.add_argument("--only", default="")
    args = ap.parse_args(argv)
    from bench import loads
    from bench import queries as qb
    from bench.corpus import Corpus, template_batch
    from bench.run import reload_sample
    from graph.embedded_store import EmbeddedStore

    out_path = Path(args.json or f"bench/results/at-size-{args.size}-{args.engine}.json")
    out: dict = {"command": " ".join(["python -m bench.at_size",
                                      *(sys.argv[1:] if argv is None else argv)]),
                 "started": time.strftime("%Y-%m-%d %H:%M:%S"), "size": args.size,
                 "load_avg_at_start": os.getloadavg()}

    def save():
        out_path.write_text(json.dumps(out, indent=1, default=str) + "\n")

    wd = Path(args.workdir)
    template, _ = template_batch()
    batches = list(Corpus(template, n_hint=args.size).batches(args.size))
    server = None
    if args.engine == "neo4j":
        from bench.server import bench_server, import_dir, settings
        from graph.neo4j_server import LocalServer
        from graph.neo4j_store import Neo4jStore
        port = args.port or int(os.environ.get("ACTAGRAPH_NEO4J_PORT") or 7699)
        if args.running_server:
            running = LocalServer(port=port)
            store = Neo4jStore(**settings(running))
        else:
            server = bench_server(port=port)
            server.start()
            store = Neo4jStore(**settings(server))
        if args.reuse and loads.count_elements(store) > 0:
            out["bulk"] = {"reused": True, "elements": loads.count_elements(store)}
        else:
            store.clear()
            out["bulk"] = loads.bulk_neo4j(store, batches, import_dir(server or running))
    else:
        db = wd / "main.lbug"
        if args.reuse and db.exists():
            out["bulk"] = {"reused": True, "path": str(db)}
        else:
            shutil.rmtree(wd, ignore_errors=True)
            wd.mkdir(parents=True)
            out["bulk"] = loads.bulk_embedded(db, batches, wd / "csv")
            shutil.rmtree(wd / "csv", ignore_errors=True)
        store = EmbeddedStore(db)
    save()
    try:
        if not args.no_reload:
            out["reload"] = reload_sample(store, batches, 3)
            save()
        library = qb.load_saved()
        only = [n for n in args.only.split(",") if n]
        out["queries"] = {}
        # the listed saved queries first, then the app's: a late failure costs the app's only
        for name in sorted(library, key=lambda n: (not library[n].listed, n)):
            if only and name not in only:
                continue
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
