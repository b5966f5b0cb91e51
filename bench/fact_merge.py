"""The bulk path's merge of fact rows across a corpus: folded one document at a time
(graph.facts.with_row, what graph.bulk_load.distinct_rows did) against one pass
(graph.facts.MergedFact, what it does now), side by side on the same rows (no store needed).

    python -m bench.fact_merge --sizes 10,100,300 [--fold-max 300]

For each size: the fact rows of the benchmark corpus's first N meetings, the seconds each way
(the fold only up to --fold-max: it is quadratic), and whether both give the same rows.
Prints one JSON object.
"""
from __future__ import annotations

import argparse
import json
import time


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.fact_merge")
    ap.add_argument("--sizes", default="10,100,300")
    ap.add_argument("--fold-max", type=int, default=300)
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    from bench.corpus import Corpus, template_batch
    from graph.facts import MergedFact, is_fact_row, with_row

    sizes = sorted(int(x) for x in args.sizes.split(","))
    template, _ = template_batch()
    corpus = Corpus(template, n_hint=max(sizes))
    rows: list[dict] = []
    out = {"started": time.strftime("%Y-%m-%d %H:%M:%S"), "sizes": {}}
    done = 0
    for n in sizes:
        for i in range(done, n):
            b = corpus.meeting(i)
            kinds = {x.id: x.kind for x in b.nodes.values()}
            rows += [r for part in b.edge_rows(kinds).values() for r in part if is_fact_row(r)]
        done = n
        rec = {"fact_rows": len(rows)}
        t0 = time.perf_counter()
        merged: dict[str, MergedFact] = {}
        for r in rows:
            merged.setdefault(r["id"], MergedFact()).add(r)
        one_pass = {k: m.row() for k, m in merged.items()}
        rec["one_pass_s"] = round(time.perf_counter() - t0, 3)
        rec["facts"] = len(one_pass)
        if n <= args.fold_max:
            t0 = time.perf_counter()
            folded: dict[str, dict] = {}
            for r in rows:
                folded[r["id"]] = with_row(folded.get(r["id"]), r)
            rec["fold_s"] = round(time.perf_counter() - t0, 3)
            rec["same_rows"] = folded == one_pass
        out["sizes"][n] = rec
        print(n, rec, flush=True)
    out["finished"] = time.strftime("%Y-%m-%d %H:%M:%S")
    text = json.dumps(out, indent=1)
    if args.json:
        with open(args.json, "w") as fh:
            fh.write(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
