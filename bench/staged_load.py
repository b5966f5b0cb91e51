"""Loads and reads on Neo4j, two source trees side by side in one run (issue 19's re-landing).

The staged load (graph.neo4j_load) was backed out of main once because it made every load and
read slower. This measures, against one Neo4j server and the same extracted report, a baseline
tree (main, exported with `git archive`) and this tree, alternating round by round so both meet
the same server state and machine load:

* load: the report into an empty store, then reloaded three times (`load(batch, replace=True)`);
* read: a few saved queries and `RETURN 1`, each run `--reads` times after one warm-up run
  (median per round, then the median of the rounds; and the fastest of all runs).

Each tree runs in its own process with that tree first on sys.path (bench/staged_load_worker.py),
so the baseline is exactly the other commit's code. Medians per tree and the ratio this/baseline
are printed as a Markdown table and written to bench/results/staged_load.json.

    git archive main | tar -x -C /tmp/actagraph-main
    git archive neo4j-staged-load | tar -x -C /tmp/actagraph-staged     # optional third tree
    ACTAGRAPH_NEO4J_PORT=7715 .venv/bin/python -m bench.staged_load --baseline /tmp/actagraph-main \
        --also staged=/tmp/actagraph-staged

It uses the running local server of `actagraph neo4j start` (or NEO4J_URI) and clears its
graph: never point it at a server holding data you need.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORKER = REPO / "bench" / "staged_load_worker.py"
RESULTS = REPO / "bench" / "results" / "staged_load.json"
REPORT = "data/sources/informe-troikas-crm-csm-2017-03-30.txt"
# `cypher:RETURN 1`: a read whose own work is nil, so it shows what every read costs around it
QUERIES = [("cypher:RETURN 1", {}), ("responsibility_register", {}), ("forum_members", {}),
           ("commitments_of_actor", {"actor": "Chile"}), ("neighbourhood", {"hops": 2}),
           ("documents", {})]


def run_tree(tree: Path, env: dict, reads: int) -> dict:
    """One round in one tree: the worker's JSON (load and per-query timings, in seconds)."""
    code = ("import runpy, sys; sys.path.insert(0, sys.argv[1]); sys.argv = sys.argv[2:]; "
            "runpy.run_path(sys.argv[0], run_name='__main__')")
    args = [sys.executable, "-c", code, str(tree), str(WORKER), str(tree / REPORT),
            json.dumps(QUERIES), str(reads)]
    out = subprocess.run(args, cwd=tree, env=env, capture_output=True, text=True, timeout=1800)
    if out.returncode != 0:
        raise SystemExit(f"{tree}: the worker failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", required=True, type=Path,
                    help="the other source tree (e.g. main exported with git archive)")
    ap.add_argument("--also", action="append", default=[], metavar="NAME=DIR",
                    help="a further tree to measure beside them (e.g. the backed-out branch)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--reads", type=int, default=30)
    args = ap.parse_args(argv)

    from graph.config import neo4j_settings
    settings = neo4j_settings(os.environ)
    env = {**os.environ, "NEO4J_URI": settings["uri"], "NEO4J_USER": settings["user"],
           "NEO4J_PASSWORD": settings["password"], "PYTHONPATH": ""}
    trees = {"main": args.baseline.resolve()}
    for item in args.also:
        name, _, tree = item.partition("=")
        trees[name] = Path(tree).resolve()
    trees["this"] = REPO
    rounds: dict[str, list[dict]] = {k: [] for k in trees}
    order = list(trees.items())
    for number in range(args.rounds):
        for name, tree in (order if number % 2 == 0 else order[::-1]):
            rounds[name].append(run_tree(tree, env, args.reads))
            print(f"round {number + 1} {name}: load {rounds[name][-1]['load']:.2f} s", flush=True)

    def med(name, key, query=None):
        xs = [r[key] if query is None else r["reads"][query] for r in rounds[name]]
        return statistics.median(xs)

    def fastest(name, query):
        return min(r["fastest"][query] for r in rounds[name])

    table = []
    for key in ("load", "reload"):
        table.append((f"report {key} (s)", [med(n, key) for n in trees]))
    for query, _ in QUERIES:
        table.append((f"{query}, median (ms)", [med(n, "reads", query) * 1000 for n in trees]))
        table.append((f"{query}, fastest (ms)", [fastest(n, query) * 1000 for n in trees]))
    res = {"trees": {n: str(t) for n, t in trees.items()}, "rounds": rounds,
           "rows": rounds["this"][0]["rows"], "chars": rounds["this"][0]["chars"],
           "staged": rounds["this"][0]["staged"],
           "table": [{"what": w, **dict(zip(trees, xs)), "this/main": xs[-1] / xs[0]}
                     for w, xs in table]}
    RESULTS.write_text(json.dumps(res, indent=1) + "\n")
    print(f"\nreport: {res['rows']} rows, {res['chars']} characters; "
          f"staged on this tree: {res['staged']}\n")
    print("| measure | " + " | ".join(trees) + " | this / main |")
    print("|---|" + "---:|" * (len(trees) + 1))
    for w, xs in table:
        fmt = "{:.2f}" if "(s)" in w else "{:.1f}"
        print(f"| {w} | " + " | ".join(fmt.format(x) for x in xs) + f" | {xs[-1] / xs[0]:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
