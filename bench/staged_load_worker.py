"""One round of bench/staged_load.py inside one source tree (run with that tree first on sys.path).

Arguments: the report's path, the saved queries as JSON [[name, params], ...], reads per query.
A query named `cypher:TEXT` is that Cypher text run as a read. Prints one JSON line: load
seconds (into an empty store), reload seconds (median of 3), median and fastest seconds per query, the batch's rows and
characters, and whether this tree's store would stage the batch (False on a tree without it).
It only uses interfaces both trees have (load_file, Neo4jStore.from_env, load_library).
"""
from __future__ import annotations

import json
import os
import statistics
import sys
import time


def main() -> None:
    path, queries, reads = sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3])
    from graph.neo4j_store import Neo4jStore
    from loaders.pipeline import load_file
    from queries.library import load_library

    batch = load_file(path)
    store = Neo4jStore.from_env(os.environ)
    library = load_library()
    kinds = {n.id: n.kind for n in batch.nodes.values()}
    groups = list(batch.node_rows().values()) + list(batch.edge_rows(kinds).values())
    rows = sum(len(g) for g in groups)
    chars = sum(len(v) for g in groups for r in g for v in r.values() if isinstance(v, str))
    try:
        from graph.batch import fits_one_chunk
        staged = not fits_one_chunk(groups, store.chunk_rows, store.chunk_chars)
    except ImportError:
        staged = False
    try:
        store.clear()
        store.ensure_schema()
        began = time.perf_counter()
        store.load(batch)
        load = time.perf_counter() - began
        reloads = []
        for _ in range(3):
            began = time.perf_counter()
            store.load(batch, replace=True)
            reloads.append(time.perf_counter() - began)
        timings, fastest = {}, {}
        for name, params in queries:
            if name.startswith("cypher:"):
                def read(text=name[len("cypher:"):], params=params):
                    store.run(text, params)
            else:
                def read(query=library[name], params=params):
                    query.run(store, params)
            read()                                          # warm-up: plan cache, page cache
            xs = []
            for _ in range(reads):
                began = time.perf_counter()
                read()
                xs.append(time.perf_counter() - began)
            timings[name], fastest[name] = statistics.median(xs), min(xs)
        store.clear()
    finally:
        store.close()
    print(json.dumps({"load": load, "reload": statistics.median(reloads), "reads": timings,
                      "fastest": fastest, "rows": rows,
                      "chars": chars, "staged": staged}))


if __name__ == "__main__":
    main()
