"""How large the fact edges a document states become as the corpus grows (no store needed).

    python -m bench.fact_growth --sizes 10,100,1000

A fact edge between shared entities (graph/facts.py) carries every stating document's source, so
what a load writes for it grows with the corpus: a Neo4j load (and a staged load's commit-point
transaction) writes each fact the document states whole. This merges the benchmark corpus's fact
rows as the stores do (graph.facts.with_row, meeting after meeting) and reports, for the last
meeting at each size: the fact rows it states, the characters those rows carry once merged
(graph.batch.row_chars), and the largest `docs` list. Prints one JSON object.
"""
from __future__ import annotations

import argparse
import json
import time


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.fact_growth")
    ap.add_argument("--sizes", default="10,100,1000")
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    from bench.corpus import Corpus, template_batch
    from graph.batch import row_chars
    from graph.facts import is_fact_row, with_row

    sizes = sorted(int(x) for x in args.sizes.split(","))
    template, _ = template_batch()
    corpus = Corpus(template, n_hint=max(sizes))
    merged: dict[str, dict] = {}
    out = {"started": time.strftime("%Y-%m-%d %H:%M:%S"), "sizes": {}}
    for i in range(max(sizes)):
        b = corpus.meeting(i)
        kinds = {n.id: n.kind for n in b.nodes.values()}
        mine = []
        for rows in b.edge_rows(kinds).values():
            for r in rows:
                if is_fact_row(r):
                    merged[r["id"]] = with_row(merged.get(r["id"]), r)
                    mine.append(r["id"])
        if i + 1 in sizes:
            rows = [merged[f] for f in mine]
            out["sizes"][i + 1] = {
                "facts_stated": len(rows),
                "chars_written": sum(row_chars(r) for r in rows),
                "chars_of_this_document": sum(row_chars(r) for rs in b.edge_rows(kinds).values()
                                              for r in rs if is_fact_row(r)),
                "max_docs": max(len(r["docs"]) for r in rows),
                "fact_edges_stored": len(merged),
                "chars_all_facts": sum(row_chars(r) for r in merged.values())}
            print(json.dumps({i + 1: out["sizes"][i + 1]}), flush=True)
    text = json.dumps(out, indent=1)
    if args.json:
        open(args.json, "w").write(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
