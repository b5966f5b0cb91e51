"""Reload of one document, `shortest_path` and `neighbourhood`, before and after, in one run.

    python -m bench.reload --size 100 [--engines embedded,neo4j] [--before REV] [--after REV]
                           [--runs 5] [--bulk] [--reload-only]

Exports revisions --before and --after (`git archive`, committed files only) to a temporary
folder and, for each engine, runs bench/reload_worker.py once with the code of each,
each in its own process: both load the benchmark corpus of --size meetings (bench/corpus.py,
one transaction a document as `actagraph load` does), then time a reload of the middle meeting,
`shortest_path` and `neighbourhood` with their defaults. Neo4j is the local server of
ACTAGRAPH_NEO4J_PORT (`actagraph neo4j start`), cleared by each worker.
Writes bench/results/reload-<N>.json and prints a Markdown table (ratio = before / after).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORKER = Path(__file__).resolve().parent / "reload_worker.py"
ROWS = [("load (s)", "load_s", None), ("reload one document (ms p50)", "reload", "p50_ms"),
        ("reload one document (ms p95)", "reload", "p95_ms"),
        ("shortest_path (ms p50)", "shortest_path", "p50_ms"),
        ("shortest_path (ms p95)", "shortest_path", "p95_ms"),
        ("shortest_path rows", "shortest_path", "rows"),
        ("neighbourhood (ms p50)", "neighbourhood", "p50_ms"),
        ("neighbourhood (ms p95)", "neighbourhood", "p95_ms"),
        ("neighbourhood 2 hops (ms p50)", "neighbourhood_2_hops", "p50_ms"),
        ("neighbourhood 2 hops (ms p95)", "neighbourhood_2_hops", "p95_ms"),
        ("MEMBER_OF edges", "member_of_edges", None), ("edges", "edges", None)]


def log(msg: str) -> None:
    print(f"[reload {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def export_revision(rev: str, folder: Path) -> Path:
    """The files of `rev` in `folder` (git archive), for the worker to import."""
    folder.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def run_worker(tree: Path, engine: str, size: int, runs: int, workdir: Path,
               bulk: bool = False, reload_only: bool = False) -> dict:
    cmd = [sys.executable, str(WORKER), "--tree", str(tree), "--engine", engine,
           "--size", str(size), "--runs", str(runs), "--workdir", str(workdir)]
    cmd += ["--bulk"] if bulk else []
    cmd += ["--reload-only"] if reload_only else []
    # the exported trees have no server of their own: both use this checkout's local server
    env = {**os.environ, "ACTAGRAPH_NEO4J_HOME": os.environ.get(
        "ACTAGRAPH_NEO4J_HOME", str(REPO / ".actagraph" / "neo4j"))}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if done.returncode:
        return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def value(rec: dict, key: str, sub: str | None):
    v = rec.get(key)
    if sub is not None:
        v = v.get(sub, v.get("error")) if isinstance(v, dict) else None
    return v


def table(results: dict) -> str:
    lines = []
    for engine, sides in results.items():
        lines += [f"**{engine}**", "", "| measure | before | after | before / after |",
                  "|---|---|---|---|"]
        for label, key, sub in ROWS:
            b, a = value(sides["before"], key, sub), value(sides["after"], key, sub)
            ratio = f"{b / a:.2f}×" if isinstance(a, (int, float)) and isinstance(
                b, (int, float)) and a else ""
            show = [f"{x:.1f}" if isinstance(x, float) else str(x) for x in (b, a)]
            lines.append(f"| {label} | {show[0]} | {show[1]} | {ratio} |")
        lines.append("")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.reload", description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=100)
    ap.add_argument("--engines", default="embedded,neo4j")
    ap.add_argument("--before", default="",
                    help="git revision measured as 'before' (default: where this branch left main)")
    ap.add_argument("--after", default="HEAD", help="git revision measured as 'after'")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--bulk", action="store_true",
                    help="load the corpus with graph.bulk_load; only the reload is a normal load")
    ap.add_argument("--reload-only", action="store_true", help="time the reload and no query")
    args = ap.parse_args(argv)
    if not args.before:
        args.before = subprocess.run(["git", "-C", str(REPO), "merge-base", "HEAD", "main"],
                                     check=True, capture_output=True, text=True).stdout.strip()
    res = {"command": "python -m bench.reload " + " ".join(argv or sys.argv[1:]),
           "started": time.strftime("%Y-%m-%d %H:%M:%S"), "load_average": os.getloadavg(),
           "before": subprocess.run(["git", "-C", str(REPO), "rev-parse", args.before],
                                    check=True, capture_output=True, text=True).stdout.strip(),
           "after": subprocess.run(["git", "-C", str(REPO), "rev-parse", args.after],
                                   check=True, capture_output=True, text=True).stdout.strip(),
           "engines": {}}
    with tempfile.TemporaryDirectory(prefix="actagraph-reload-") as tmp:
        before = export_revision(args.before, Path(tmp) / "before")
        after = export_revision(args.after, Path(tmp) / "after")
        for engine in [e for e in args.engines.split(",") if e]:
            res["engines"][engine] = {}
            for side, tree in (("before", before), ("after", after)):
                log(f"{engine} N={args.size}: {side}")
                res["engines"][engine][side] = run_worker(tree, engine, args.size, args.runs,
                                                          Path(tmp) / "stores", args.bulk,
                                                          args.reload_only)
    out = REPO / "bench" / "results" / (f"reload-{args.size}" + ("-bulk" if args.bulk else "")
                                        + ".json")
    out.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(res["engines"]))
    log(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
