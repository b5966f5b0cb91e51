"""The three ways to load a corpus, on each engine, timed the same way.

* batched: the project's loader, `store.load(batch)` per document (one transaction per document,
  UNWIND in chunks, MERGE on ids, delete-then-write so reloads replace).
* naive:   one auto-commit `MERGE` per node and one per edge, the loop users write first.
* bulk:    each engine's bulk path: CSV files per table, then LadybugDB `COPY <table> FROM` or
  Neo4j `LOAD CSV ... CALL { } IN TRANSACTIONS` from the server's import directory.

Every function returns a dict with seconds, elements (nodes + relationships written, counted
per document as the loader would, i.e. shared entities once per document that names them), the
distinct elements stored, and per-phase timings where there are phases.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from graph.batch import GraphBatch


def batch_elements(batch: GraphBatch) -> int:
    return len(batch.nodes) + len(batch.edges) + len(batch.derived_mentions())


def _kinds(batch: GraphBatch) -> dict[str, str]:
    return {n.id: n.kind for n in batch.nodes.values()}


# -- batched (the project's loader) -------------------------------------------------------------
def batched(store, batches: list[GraphBatch], progress=None) -> dict:
    store.ensure_schema()
    per_doc, elements = [], 0
    t0 = time.perf_counter()
    with store.writing():          # what `actagraph load FILES...` does: one session, a txn a doc
        for i, b in enumerate(batches):
            s = time.perf_counter()
            store.load(b)
            per_doc.append(time.perf_counter() - s)
            elements += batch_elements(b)
            if progress and (i + 1) % 100 == 0:
                progress(f"  {store.engine} batched {i + 1}/{len(batches)} docs "
                         f"({time.perf_counter() - t0:.0f}s)")
    secs = time.perf_counter() - t0   # includes the final checkpoint when the session closes
    return {"seconds": secs, "elements": elements, "docs": len(batches), "per_doc": per_doc}


# -- naive (one auto-commit MERGE per element) --------------------------------------------------
def _naive_statements(batch: GraphBatch):
    """(query, params) per node and per edge; only non-null properties are SET."""
    kinds = _kinds(batch)
    for kind, rows in batch.node_rows().items():
        for row in rows:
            props = {k: v for k, v in row.items() if v is not None and k != "id"}
            sets = ", ".join(f"n.{k} = ${k}" for k in props)
            yield (f"MERGE (n:{kind} {{id: $id}}) SET {sets}", {"id": row["id"], **props})
    for (etype, a, b), rows in batch.edge_rows(kinds).items():
        for row in rows:
            props = {k: v for k, v in row.items() if v is not None and k not in ("id",)}
            sets = ", ".join(f"r.{k} = ${k}" for k in props)
            yield (f"MATCH (s:{a} {{id: $src}}) MATCH (t:{b} {{id: $dst}}) "
                   f"MERGE (s)-[r:{etype} {{id: $id}}]->(t) SET {sets}",
                   {"id": row["id"], **props})


def reseal(path: Path) -> None:
    """The bench writes some files with the engine directly (naive and bulk paths): record the
    result as the file's last known good state, as the product's own writer does on closing."""
    from graph.embedded_store import EmbeddedStore
    EmbeddedStore(path)._write_seal()


def naive_embedded(path: Path, batches: list[GraphBatch]) -> dict:
    import ladybug as lb
    from graph.embedded_store import EmbeddedStore
    s = EmbeddedStore(path)
    s.ensure_schema()
    s.close()
    db = lb.Database(str(path))
    conn = lb.Connection(db)
    n = 0
    t0 = time.perf_counter()
    try:
        for b in batches:
            for q, p in _naive_statements(b):
                conn.execute(q, p)
                n += 1
    finally:
        secs = time.perf_counter() - t0
        conn.close()
        db.close()
    return {"seconds": secs, "elements": n, "docs": len(batches), "queries": n}


def naive_neo4j(store, batches: list[GraphBatch]) -> dict:
    from neo4j import WRITE_ACCESS
    store.ensure_schema()
    n = 0
    t0 = time.perf_counter()
    with store._driver.session(database=store.database, default_access_mode=WRITE_ACCESS) as s:
        for b in batches:
            for q, p in _naive_statements(b):
                s.run(q, p).consume()       # auto-commit: one transaction per statement
                n += 1
    secs = time.perf_counter() - t0
    return {"seconds": secs, "elements": n, "docs": len(batches), "queries": n}


# -- bulk: the product's bulk path (graph/bulk_load.py), timed -------------------------------
def _bulk_result(batches: list[GraphBatch], plan: dict, secs: float, t_csv: float) -> dict:
    return {"seconds": secs, "csv_seconds": t_csv, "copy_seconds": secs - t_csv,
            "elements": sum(batch_elements(b) for b in batches),
            "distinct": sum(x["rows"] for x in plan["nodes"] + plan["edges"]),
            "docs": len(batches)}


def bulk_embedded(path: Path, batches: list[GraphBatch], workdir: Path) -> dict:
    """COPY of one CSV per table (graph.bulk_load's plan and statements) into a new file."""
    import ladybug as lb
    from graph.bulk_load import copy_statements, list_statements, write_tables
    from graph.embedded_store import EmbeddedStore
    s = EmbeddedStore(path)
    s.ensure_schema()
    s.close()
    shutil.rmtree(workdir, ignore_errors=True)
    t0 = time.perf_counter()
    plan = write_tables(batches, workdir, neo4j=False)
    t_csv = time.perf_counter() - t0
    db = lb.Database(str(path))
    conn = lb.Connection(db)
    try:
        for q in copy_statements(plan, workdir):
            conn.execute(q)
        for _kind, rows, q in list_statements(plan):
            conn.execute(q, {"rows": rows})
    finally:
        conn.close()
        db.close()
        reseal(path)
    return _bulk_result(batches, plan, time.perf_counter() - t0, t_csv)


def bulk_neo4j(store, batches: list[GraphBatch], import_dir: Path) -> dict:
    """LOAD CSV from the server's import directory (graph.bulk_load's plan and statements),
    committed every graph.bulk_load.NEO4J_TX_ROWS rows."""
    from neo4j import WRITE_ACCESS
    from graph.bulk_load import list_statements, load_csv_statements, write_tables
    store.ensure_schema()
    work = import_dir / "bench"
    shutil.rmtree(work, ignore_errors=True)
    t0 = time.perf_counter()
    plan = write_tables(batches, work, neo4j=True)
    t_csv = time.perf_counter() - t0
    with store._driver.session(database=store.database, default_access_mode=WRITE_ACCESS) as s:
        for q in load_csv_statements(plan, "bench"):
            s.run(q).consume()
        for _kind, rows, q in list_statements(plan):
            s.run(q, rows=rows).consume()
    secs = time.perf_counter() - t0
    shutil.rmtree(work, ignore_errors=True)
    return _bulk_result(batches, plan, secs, t_csv)


def count_elements(store) -> int:
    n = store.run("MATCH (n) RETURN count(n) AS c").rows[0][0]
    e = store.run("MATCH ()-[r]->() RETURN count(r) AS c").rows[0][0]
    return int(n) + int(e)


def rm_db(path: Path) -> None:
    for p in (path, *(Path(str(path) + ext) for ext in (".wal", ".shadow", ".seal"))):
        if p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
        elif p.exists():
            os.unlink(p)
