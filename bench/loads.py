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

import csv
import os
import shutil
import time
from pathlib import Path

from graph.batch import GraphBatch
from graph.ontology import load_ontology

NEO4J_TX_ROWS = 5000


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


# -- bulk: CSV per table ------------------------------------------------------------------------
def _dedup(batches: list[GraphBatch]):
    """Distinct node rows per kind and edge rows per (type, from kind, to kind), corpus-wide."""
    nodes: dict[str, dict[str, dict]] = {}
    edges: dict[tuple, dict[str, dict]] = {}
    per_doc = 0
    for b in batches:
        per_doc += batch_elements(b)
        for kind, rows in b.node_rows().items():
            tab = nodes.setdefault(kind, {})
            for r in rows:
                tab.setdefault(r["id"], r)
        for key, rows in b.edge_rows(_kinds(b)).items():
            tab = edges.setdefault(key, {})
            for r in rows:
                tab.setdefault(r["id"], r)
    return nodes, edges, per_doc


def _cell(v, typ: str):
    if v is None:
        return ""
    if typ == "STRING[]":
        return "[" + ",".join(str(x).replace(",", " ") for x in v) + "]"
    if typ == "BOOLEAN":
        return "true" if v else "false"
    return v


def write_csvs(batches: list[GraphBatch], out: Path, *, neo4j: bool) -> dict:
    """One CSV per node table and per rel (type, from, to) group; returns the file plan.

    Column order is the LadybugDB table's (COPY maps by position); Neo4j reads by header.
    """
    onto = load_ontology()
    out.mkdir(parents=True, exist_ok=True)
    nodes, edges, per_doc = _dedup(batches)
    ncols = ["id"] + [p for p in onto.node_properties if p != "id"]
    ecols = list(onto.edge_properties)
    plan = {"nodes": [], "edges": [], "elements_per_doc": per_doc, "distinct": 0}
    for kind, tab in sorted(nodes.items()):
        f = out / f"n_{kind}.csv"
        multiline = False
        with open(f, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(ncols)
            for r in tab.values():
                row = [_cell(r.get(c), onto.node_properties[c]) for c in ncols]
                if neo4j:   # Neo4j's CSV reader takes \" as an escaped quote: keep JSON intact
                    row = [x.replace('\\"', '\\u0022') if isinstance(x, str) else x for x in row]
                if neo4j and r.get("aliases") is not None:
                    row[ncols.index("aliases")] = "|".join(r["aliases"])
                multiline = multiline or any(isinstance(x, str) and "\n" in x for x in row)
                w.writerow(row)
        plan["nodes"].append({"kind": kind, "file": f.name, "rows": len(tab), "multiline": multiline})
        plan["distinct"] += len(tab)
    for (etype, a, b), tab in sorted(edges.items()):
        f = out / f"e_{etype}_{a}_{b}.csv"
        multiline = False
        with open(f, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["from", "to"] + ecols)
            for r in tab.values():
                row = [r["src"], r["dst"]] + [_cell(r.get(c), onto.edge_properties[c]) for c in ecols]
                if neo4j:
                    row = [x.replace('\\"', '\\u0022') if isinstance(x, str) else x for x in row]
                multiline = multiline or any(isinstance(x, str) and "\n" in x for x in row)
                w.writerow(row)
        plan["edges"].append({"type": etype, "from": a, "to": b, "file": f.name, "rows": len(tab),
                              "multiline": multiline})
        plan["distinct"] += len(tab)
    return plan


def bulk_embedded(path: Path, batches: list[GraphBatch], workdir: Path) -> dict:
    import ladybug as lb
    from graph.embedded_store import EmbeddedStore
    s = EmbeddedStore(path)
    s.ensure_schema()
    s.close()
    shutil.rmtree(workdir, ignore_errors=True)
    t0 = time.perf_counter()
    plan = write_csvs(batches, workdir, neo4j=False)
    t_csv = time.perf_counter() - t0
    db = lb.Database(str(path))
    conn = lb.Connection(db)
    try:
        for n in plan["nodes"]:
            par = ", parallel=false" if n["multiline"] else ""
            conn.execute(f"COPY {n['kind']} FROM '{workdir / n['file']}' (header=true{par})")
        for e in plan["edges"]:
            par = ", parallel=false" if e["multiline"] else ""
            conn.execute(f"COPY {e['type']} FROM '{workdir / e['file']}' "
                         f"(from='{e['from']}', to='{e['to']}', header=true{par})")
    finally:
        conn.close()
        db.close()
        reseal(path)
    secs = time.perf_counter() - t0
    return {"seconds": secs, "csv_seconds": t_csv, "copy_seconds": secs - t_csv,
            "elements": plan["elements_per_doc"], "distinct": plan["distinct"],
            "docs": len(batches)}


def _neo4j_map(cols: dict[str, str], skip=()) -> str:
    parts = []
    for c, t in cols.items():
        if c in skip:
            continue
        v = f"row.{c}"
        if t == "INT64":
            v = f"toInteger(row.{c})"
        elif t == "DOUBLE":
            v = f"toFloat(row.{c})"
        elif t == "BOOLEAN":
            v = f"toBoolean(row.{c})"
        elif t == "STRING[]":
            v = f"split(row.{c}, '|')"
        parts.append(f"{c}: {v}")
    return "{" + ", ".join(parts) + "}"


def bulk_neo4j(store, batches: list[GraphBatch], import_dir: Path) -> dict:
    """LOAD CSV from the server's import directory, committed every NEO4J_TX_ROWS rows."""
    from neo4j import WRITE_ACCESS
    onto = load_ontology()
    store.ensure_schema()
    work = import_dir / "bench"
    shutil.rmtree(work, ignore_errors=True)
    t0 = time.perf_counter()
    plan = write_csvs(batches, work, neo4j=True)
    t_csv = time.perf_counter() - t0
    nmap = _neo4j_map(onto.node_properties)
    emap = _neo4j_map(onto.edge_properties)
    with store._driver.session(database=store.database, default_access_mode=WRITE_ACCESS) as s:
        for n in plan["nodes"]:
            s.run(f"LOAD CSV WITH HEADERS FROM 'file:///bench/{n['file']}' AS row "
                  f"CALL (row) {{ CREATE (n:{n['kind']}) SET n = {nmap} }} "
                  f"IN TRANSACTIONS OF {NEO4J_TX_ROWS} ROWS").consume()
        for e in plan["edges"]:
            s.run(f"LOAD CSV WITH HEADERS FROM 'file:///bench/{e['file']}' AS row "
                  f"CALL (row) {{ MATCH (s:{e['from']} {{id: row.src}}) "
                  f"MATCH (t:{e['to']} {{id: row.dst}}) "
                  f"CREATE (s)-[r:{e['type']}]->(t) SET r = {emap} }} "
                  f"IN TRANSACTIONS OF {NEO4J_TX_ROWS} ROWS").consume()
    secs = time.perf_counter() - t0
    shutil.rmtree(work, ignore_errors=True)
    return {"seconds": secs, "csv_seconds": t_csv, "copy_seconds": secs - t_csv,
            "elements": plan["elements_per_doc"], "distinct": plan["distinct"],
            "docs": len(batches)}


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
