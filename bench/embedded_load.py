"""Embedded (LadybugDB) loads, two source trees side by side in one run (issues 15 and 19).

For each measurement (the report; the benchmark corpus of N meetings) and each round, both trees
run bench/embedded_load_worker.py in their own process with that tree first on sys.path, one
after the other (the order alternates round by round, so both meet the same machine load). Each
writes a new LadybugDB file under --workdir. Printed as a Markdown table (median over rounds, and
the ratio baseline / this), written to bench/results/embedded_load.json, with the SHA-256 of each
tree's export of the stored graph: equal digests mean both trees stored the same graph.

    git archive main | tar -x -C /tmp/actagraph-main
    .venv/bin/python -m bench.embedded_load --baseline /tmp/actagraph-main --what report,10,100
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORKER = REPO / "bench" / "embedded_load_worker.py"
RESULTS = REPO / "bench" / "results" / "embedded_load.json"


def run_tree(tree: Path, what: str, scratch: Path, timeout: float) -> dict:
    """One measurement in one tree: the worker's JSON, or {"error": ...}."""
    code = ("import runpy, sys; sys.path.insert(0, sys.argv[1]); sys.argv = sys.argv[2:]; "
            "runpy.run_path(sys.argv[0], run_name='__main__')")
    args = [sys.executable, "-c", code, str(tree), str(WORKER), what, str(scratch)]
    env = {**os.environ, "PYTHONPATH": ""}
    try:
        out = subprocess.run(args, cwd=tree, env=env, capture_output=True, text=True,
                             timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:g} s"}
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1][:200] if out.stderr else "failed"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.embedded_load",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("--baseline", required=True, type=Path,
                    help="the other source tree (e.g. main exported with git archive)")
    ap.add_argument("--what", default="report,10,100",
                    help="comma-separated: report and/or corpus sizes")
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=3600)
    ap.add_argument("--workdir", type=Path, default=REPO / ".actagraph" / "bench")
    args = ap.parse_args(argv)
    trees = {"baseline": args.baseline.resolve(), "this": REPO}
    res = {"command": "python -m bench.embedded_load " + " ".join(argv or sys.argv[1:]),
           "started": time.strftime("%Y-%m-%d %H:%M:%S %Z"), "load_average": os.getloadavg(),
           "trees": {k: str(v) for k, v in trees.items()}, "runs": {}}
    order = list(trees.items())
    for what in [w for w in args.what.split(",") if w]:
        runs = res["runs"][what] = {k: [] for k in trees}
        for number in range(args.rounds):
            for name, tree in (order if number % 2 == 0 else order[::-1]):
                rec = run_tree(tree, what, args.workdir / f"embedded-load-{name}", args.timeout)
                runs[name].append(rec)
                print(f"[embedded_load {time.strftime('%H:%M:%S')}] {what} {name}: "
                      f"{rec.get('load', rec.get('error'))}", file=sys.stderr, flush=True)
    res["finished"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(table(res))
    return 0


def table(res: dict) -> str:
    """The Markdown table of a results dict (median over rounds; ratio = baseline / this)."""
    lines = ["| measure | baseline | this | baseline / this | same graph |",
             "|---|---:|---:|---:|---|"]
    for what, runs in res["runs"].items():
        keys = (["load", "reload"] if what == "report"
                else ["load", "per_doc_median", "per_doc_last_tenth"])
        same = {r.get("export_sha256") for rs in runs.values() for r in rs}
        for key in keys:
            vals = []
            for name in ("baseline", "this"):
                xs = [r[key] for r in runs[name] if key in r]
                vals.append(statistics.median(xs) if xs else None)
            label = f"{what} {key} (s)" if what == "report" else f"N={what} {key} (s)"
            cells = [f"{v:.2f}" if v is not None else "–" for v in vals]
            ratio = f"{vals[0] / vals[1]:.2f}x" if None not in vals and vals[1] else "–"
            lines.append(f"| {label} | {cells[0]} | {cells[1]} | {ratio} | "
                         f"{'yes' if len(same) == 1 and None not in same else 'NO'} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
