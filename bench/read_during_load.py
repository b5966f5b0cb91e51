"""Reads during a long load: how much slower a read gets while another process loads.

A reader that reopens the embedded file after each commit replays the write-ahead log; before
loads checkpointed along the way, the log grew until the end-of-load checkpoint and every read
replayed all of it. This measures, side by side in one run, a count query's latency before the
load (idle) and during a load of N documents by another process, with the log unbounded (the old
behaviour, ACTAGRAPH_CHECKPOINT_MB=1000000) and bounded (the default). It writes
bench/results/read_during_load.json and prints a Markdown table for BENCHMARKS.md.

    python -m bench.read_during_load [--docs 40] [--preload 5]

It must not touch the store of `make run` or the tests (it works in a temporary folder).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "read_during_load.json"
QUERY = "MATCH (n) RETURN count(n) AS n"
UNBOUNDED_MB = "1000000"
READ_LIMIT_S = 600.0     # the app stops a query at 10 s; here a slow read is measured, not cut


def child(db: str, first: int, count: int) -> None:
    """Load documents first..first+count-1 of the corpus in one load session, as the CLI does."""
    from bench.corpus import corpus
    from graph.embedded_store import EmbeddedStore
    batches = corpus(first + count)[first:]
    store = EmbeddedStore(db)
    print("START", flush=True)
    with store.writing():
        for batch in batches:
            store.load(batch)
    store.close()
    print("DONE", flush=True)


def _timed_reads(db: Path, stop, pause: float = 0.2) -> list[float]:
    from graph.embedded_store import EmbeddedStore
    store = EmbeddedStore(db)        # one reader, reopened whenever the file changes (the app)
    out = []
    while not stop():
        began = time.perf_counter()
        store.run(QUERY, timeout=READ_LIMIT_S)   # a read slower than the app's limit still counts
        out.append(time.perf_counter() - began)
        time.sleep(pause)
    store.close()
    return out


def _summary(xs: list[float]) -> dict:
    xs = sorted(xs)
    return {"reads": len(xs), "median_s": round(statistics.median(xs), 4),
            "p90_s": round(xs[int(0.9 * (len(xs) - 1))], 4), "max_s": round(xs[-1], 4)}


def run_case(workdir: Path, label: str, checkpoint_mb: str, preload: int, docs: int) -> dict:
    from bench.corpus import corpus
    from graph.embedded_store import EmbeddedStore
    db = workdir / f"{label}.lbug"
    store = EmbeddedStore(db)
    with store.writing():
        for batch in corpus(preload):
            store.load(batch)
    store.close()
    idle_until = time.monotonic() + 5
    idle = _timed_reads(db, lambda: time.monotonic() > idle_until)
    env = {**os.environ, "ACTAGRAPH_CHECKPOINT_MB": checkpoint_mb}
    began = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "bench.read_during_load", "--child", str(db),
                             str(preload), str(docs)], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "START"
    during = _timed_reads(db, lambda: proc.poll() is not None)
    proc.wait()
    load_s = time.monotonic() - began
    result = {"label": label, "checkpoint_mb": float(checkpoint_mb), "load_s": round(load_s, 1),
              "idle": _summary(idle), "during": _summary(during)}
    result["ratio_median"] = round(result["during"]["median_s"] / result["idle"]["median_s"], 1)
    result["ratio_max"] = round(result["during"]["max_s"] / result["idle"]["median_s"], 1)
    return result


def table(results: list[dict], docs: int, preload: int) -> str:
    lines = [f"Count query (`{QUERY}`) through one read-only reader that reopens after each "
             f"commit (as the app does), every 0.2 s: 5 s idle, then while another process "
             f"loads {docs} documents onto {preload} in one load session.", "",
             "| log during the load | load s | idle median s | during median s | during p90 s "
             "| during max s | median ratio | max ratio |", "|---|---|---|---|---|---|---|---|"]
    for r in results:
        name = ("unbounded (checkpoint only at the end)" if r["checkpoint_mb"] >= 1e5
                else f"checkpoint every {r['checkpoint_mb']:g} MB")
        lines.append(f"| {name} | {r['load_s']} | {r['idle']['median_s']} | "
                     f"{r['during']['median_s']} | {r['during']['p90_s']} | "
                     f"{r['during']['max_s']} | {r['ratio_median']}x | {r['ratio_max']}x |")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.read_during_load")
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--preload", type=int, default=5)
    parser.add_argument("--checkpoint-mb", default=None,
                        help="the bound to compare (default: the store's CHECKPOINT_EVERY_BYTES)")
    parser.add_argument("--child", nargs=3, metavar=("DB", "FIRST", "COUNT"))
    args = parser.parse_args(argv)
    if args.child:
        child(args.child[0], int(args.child[1]), int(args.child[2]))
        return 0
    from graph.embedded_store import CHECKPOINT_EVERY_BYTES
    bounded = f"{CHECKPOINT_EVERY_BYTES / (1 << 20):g}"
    results = []
    with tempfile.TemporaryDirectory(prefix="actagraph-rdl-") as tmp:
        for label, mb in (("unbounded", UNBOUNDED_MB), ("bounded", args.checkpoint_mb or bounded)):
            results.append(run_case(Path(tmp), label, mb, args.preload, args.docs))
            print(json.dumps(results[-1]), file=sys.stderr, flush=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"command": "python -m bench.read_during_load "
                                   f"--docs {args.docs} --preload {args.preload}"
                                   + (f" --checkpoint-mb {args.checkpoint_mb}"
                                      if args.checkpoint_mb else ""),
                                   "results": results}, indent=2) + "\n")
    print(table(results, args.docs, args.preload))
    return 0


if __name__ == "__main__":
    sys.exit(main())
