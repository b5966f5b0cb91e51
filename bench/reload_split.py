"""One document's reload into a stored benchmark corpus, split into the steps of the embedded load,
wall-clock seconds each, in one process: what a load's cost per document is made of as the corpus
grows.

    python -m bench.reload_split --db .actagraph/bench-size/main.lbug --size 1000 [--docs 2]
        [--session]

Reloads the last `--docs` meetings of the benchmark corpus of `--size` meetings (the documents
bench.at_size stored) with the project loader, each by `store.load` (a writer opened, the load,
a checkpoint, the file sealed, as `bench.run.reload_sample` does), or all in one
`store.writing()` session (`--session`, as `actagraph load` of many files does). Steps timed by
wrapping the store's own methods: opening the writer, deleting the document's previous facts,
merging and writing the shared facts, checkpoints, sealing (a SHA-256 of the whole file) and
the rest of the write. Measures; asserts nothing; the JSON is written at the end.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.reload_split")
    ap.add_argument("--db", default=".actagraph/bench-size/main.lbug")
    ap.add_argument("--size", type=int, default=1000)
    ap.add_argument("--docs", type=int, default=2)
    ap.add_argument("--session", action="store_true")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    from bench import loads
    from bench.corpus import Corpus, template_batch
    from graph.embedded_store import EmbeddedStore

    steps: dict[str, float] = defaultdict(float)
    calls: dict[str, int] = defaultdict(int)

    def timed(name, fn):
        def wrapper(*a, **kw):
            t0 = time.perf_counter()
            try:
                return fn(*a, **kw)
            finally:
                steps[name] += time.perf_counter() - t0
                calls[name] += 1
        return wrapper

    cls = EmbeddedStore
    for name in ("_open_writer", "_delete_document", "_write_facts", "_checkpoint",
                 "_write_seal", "_verify_seal", "_collect_orphans", "_write_batch"):
        attr = cls.__dict__[name]
        fn = attr.__func__ if isinstance(attr, staticmethod) else attr
        wrapped = timed(name, fn)
        setattr(cls, name, staticmethod(wrapped) if isinstance(attr, staticmethod) else wrapped)

    template, _ = template_batch()
    batches = list(Corpus(template, n_hint=args.size).batches(args.size))[-args.docs:]
    out = {"command": " ".join(["python -m bench.reload_split",
                                *(sys.argv[1:] if argv is None else argv)]),
           "started": time.strftime("%Y-%m-%d %H:%M:%S"), "db": args.db,
           "file_bytes": Path(args.db).stat().st_size, "load_avg_at_start": os.getloadavg()}
    store = EmbeddedStore(args.db)
    t0 = time.perf_counter()
    try:
        if args.session:
            with store.writing():
                for b in batches:
                    store.load(b)
        else:
            for b in batches:
                store.load(b)
    finally:
        store.close()
    total = time.perf_counter() - t0
    out.update(docs=len(batches), seconds=total, per_doc_s=total / len(batches),
               elements=sum(loads.batch_elements(b) for b in batches),
               steps={k: {"seconds": round(v, 3), "calls": calls[k]} for k, v in steps.items()},
               load_avg_at_end=os.getloadavg())
    path = Path(args.json or f"bench/results/reload-split-{args.size}"
                             f"{'-session' if args.session else ''}.json")
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
