"""One measurement of bench/embedded_load.py inside one source tree (run with that tree first on
sys.path).

Arguments: what (`report` or a corpus size N), a scratch directory. Prints one JSON line.

* report: the report extracted, then loaded into a new LadybugDB file as `actagraph load` does
  (one `store.writing()` session, closed, i.e. checkpointed and sealed: `load`, the first load in
  this process), then reloaded three times with `replace=True`, each in its own session
  (`reload`, the median);
* N: the benchmark corpus of N meetings (bench/corpus.py) loaded with bench.loads.batched (one
  session, a transaction per document; `load`, and the median and last-tenth mean per document).

Both also give the SHA-256 of the JSON export of the stored graph (graph.export.to_json), so two
trees that store the same graph print the same digest. It only uses interfaces both trees have.
"""
from __future__ import annotations

import hashlib
import json
import statistics
import sys
import time
from pathlib import Path


def digest(store) -> str:
    from graph.export import graph_of_store, to_json
    return hashlib.sha256(to_json(graph_of_store(store)).encode("utf-8")).hexdigest()


def main() -> None:
    what, scratch = sys.argv[1], Path(sys.argv[2])
    from bench import loads
    from graph.embedded_store import EmbeddedStore
    scratch.mkdir(parents=True, exist_ok=True)
    path = scratch / "load.lbug"
    loads.rm_db(path)
    out: dict = {"what": what}
    if what == "report":
        from bench.corpus import REPORT
        from loaders.pipeline import load_file
        batch = load_file(str(REPORT))
        store = EmbeddedStore(path)
        store.ensure_schema()
        began = time.perf_counter()
        with store.writing():
            store.load(batch)
        out["load"] = time.perf_counter() - began
        reloads = []
        for _ in range(3):
            began = time.perf_counter()
            with store.writing():
                store.load(batch, replace=True)
            reloads.append(time.perf_counter() - began)
        out["reload"] = statistics.median(reloads)
        out["reloads"] = reloads
    else:
        from bench.corpus import corpus, template_batch
        template, _ = template_batch()
        batches = corpus(int(what), template=template)
        store = EmbeddedStore(path)
        res = loads.batched(store, batches)
        per = res["per_doc"]
        tail = per[-max(1, len(per) // 10):]
        out.update(load=res["seconds"], docs=len(per), elements=res["elements"],
                   per_doc_median=statistics.median(per), per_doc_last_tenth=sum(tail) / len(tail))
    out["file_mb"] = path.stat().st_size / 1e6
    out["export_sha256"] = digest(store)
    store.close()
    loads.rm_db(path)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
