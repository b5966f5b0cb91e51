"""Peak memory of one large document's embedded load: one transaction against bounded transactions.

The document (bench.meeting_text, one shape and size) is extracted once; its batch is pickled
and loaded into a fresh LadybugDB file by one child process per mode, after a 5,000-character
warm-up load in the same process (so the engine's buffer pool and the Arrow/pandas imports are
counted before the measured load, as in bench/load_growth.py):
- `one`: the whole document in one transaction (EmbeddedStore.bounded_load_chars set past it);
- `bounded`: the store's default bound, so a document over it is written one statement per
  transaction with a checkpoint every `bounded_checkpoint_bytes` of log (EmbeddedStore).
Each child reports seconds, resident memory before and at its peak during the load (sampled
every 50 ms), the checkpoints made and the store file's size.

    python -m bench.bounded_load --size 1000000 --shape paragraph

This module measures; it must not assert timings or memory (tests never measure either).
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODES = ("one", "bounded")


def measure(batch_file: str, mode: str) -> dict:
    """Load the pickled batch in a fresh store with `mode`; the measurements as a dict."""
    from bench.load_growth import PhasePeak
    from bench.meeting_text import meeting_text
    from graph.embedded_store import EmbeddedStore
    from loaders.pipeline import extract
    with open(batch_file, "rb") as fh:
        batch = pickle.load(fh)
    warm = extract(meeting_text(5_000, "paragraphs", seed=1), "warm-up")
    with tempfile.TemporaryDirectory(prefix="actagraph-bounded-") as tmp:
        path = Path(tmp) / "graph.lbug"
        store = EmbeddedStore(path)
        if mode == "one":
            store.bounded_load_chars = 1 << 62
        checkpoints = []
        real = store._checkpoint

        def checkpoint(conn):
            real(conn)
            checkpoints.append(time.perf_counter())
        store._checkpoint = checkpoint
        try:
            store.load(warm)
            checkpoints.clear()
            t0 = time.perf_counter()
            with PhasePeak() as mem:
                store.load(batch)
            took = time.perf_counter() - t0
            nodes = store.run("MATCH (n) RETURN count(n)").rows[0][0]
        finally:
            store.close()
        return {"mode": mode, "load_s": took, "start_mb": mem.start_mb, "peak_mb": mem.peak_mb,
                "checkpoints": len(checkpoints), "file_mb": path.stat().st_size / 2**20,
                "nodes_stored": nodes}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=1_000_000)
    ap.add_argument("--shape", default="paragraph")
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--json", default=str(REPO / "bench" / "results" / "bounded_load.json"))
    ap.add_argument("--one", nargs=2, metavar=("BATCH", "MODE"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.one:
        print(json.dumps(measure(*args.one)))
        return 0
    from bench.meeting_text import meeting_text
    from graph.batch import row_chars
    from loaders.pipeline import extract
    started, load_avg = datetime.now(timezone.utc), os.getloadavg()
    t0 = time.perf_counter()
    batch = extract(meeting_text(args.size, args.shape), f"bounded-{args.shape}-{args.size}")
    extract_s = time.perf_counter() - t0
    kinds = {n.id: n.kind for n in batch.nodes.values()}
    chars = sum(row_chars(r) for rows in batch.node_rows(kinds).values() for r in rows) + \
        sum(row_chars(r) for rows in batch.edge_rows(kinds).values() for r in rows)
    rows = []
    with tempfile.TemporaryDirectory(prefix="actagraph-bounded-batch-") as tmp:
        batch_file = str(Path(tmp) / "batch.pickle")
        with open(batch_file, "wb") as fh:
            pickle.dump(batch, fh, protocol=pickle.HIGHEST_PROTOCOL)
        for mode in args.modes.split(","):
            child = subprocess.run([sys.executable, "-m", "bench.bounded_load", "--one",
                                    batch_file, mode], cwd=REPO, capture_output=True, text=True)
            if child.returncode != 0:
                rows.append({"mode": mode, "error": (child.stderr.strip().splitlines()
                                                     or ["?"])[-1][:200]})
            else:
                rows.append(json.loads(child.stdout.strip().splitlines()[-1]))
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    out = {"command": "python -m bench.bounded_load " + " ".join(
        argv if argv is not None else sys.argv[1:]), "started": started.isoformat(),
        "load_average": load_avg, "size": args.size, "shape": args.shape,
        "nodes": len(batch.nodes), "edges": len(batch.edges), "row_chars": chars,
        "extract_s": extract_s, "rows": rows}
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(out, indent=1))
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
