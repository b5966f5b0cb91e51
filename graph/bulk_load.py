"""First load of many documents through each engine's bulk path (`actagraph load --bulk`).

The normal load writes a document per transaction (MERGE on ids, on LadybugDB through LOAD FROM
an Arrow table, on Neo4j through UNWIND), which is what makes a
reload replace a document. A first load into an empty store has nothing to replace, so it can
write every table once: CSV files per node table and per (relationship type, from kind, to kind),
then LadybugDB `COPY <table> FROM` or Neo4j `LOAD CSV ... CALL { } IN TRANSACTIONS`. The graph
it leaves is the one the normal load leaves for the same batches in the same order (a shared
entity or a curated edge named by several batches keeps the properties of the last one, as the
normal load's MERGE ... SET does); tests/graph/test_bulk_load.py checks that by export.

What this module must not do: write into a store that already holds documents (a bulk load
cannot replace facts), or leave a half-written graph behind: on any failure the store, empty
before, is cleared again and the error raised.
"""
from __future__ import annotations

import csv
import re
import shutil
import tempfile
from pathlib import Path

from graph.batch import GraphBatch
from graph.errors import UserError
from graph.facts import MergedFact, is_fact_row
from graph.ontology import load_ontology

NEO4J_TX_ROWS = 5000
# What one LOAD CSV transaction may read of a file, in bytes of CSV: a table's rows are committed
# every NEO4J_TX_ROWS rows or fewer, so that a transaction stays near this size. The Neo4j server
# stops a transaction past db.memory.transaction.max (128 MiB, graph/neo4j_server.py) and holds
# each character of a string in one or two bytes plus its objects: 1,000 Document rows of the
# benchmark (66 MB of full text) in one transaction were stopped for memory (BENCHMARKS.md).
NEO4J_TX_BYTES = 8 * 1024 * 1024
IMPORT_SUBDIR = "actagraph-bulk"   # under the Neo4j server's import directory

__all__ = ["BulkLoadError", "bulk_load", "write_tables", "copy_statements", "list_statements",
           "load_csv_statements", "NEO4J_TX_ROWS", "NEO4J_TX_BYTES", "rows_per_transaction"]


class BulkLoadError(UserError, RuntimeError):
    """The store is not empty, or the engine has no bulk path here; the message says what to do."""


def _kinds(batch: GraphBatch) -> dict[str, str]:
    return {n.id: n.kind for n in batch.nodes.values()}


def distinct_rows(batches: list[GraphBatch], known_kinds: dict[str, str] | None = None):
    """Node rows per kind and edge rows per (type, from kind, to kind), keyed by id, corpus-wide.

    A row named by several batches keeps the last batch's values (the normal load's MERGE ...
    SET leaves the same); a fact edge (graph/facts.py) unites every batch's sources, as the
    normal load's merge does, in one pass (graph.facts.MergedFact: linear in the rows). Each
    batch is validated against the ontology first (BatchError).
    """
    onto = load_ontology()
    nodes: dict[str, dict[str, dict]] = {}
    edges: dict[tuple, dict[str, dict]] = {}
    kinds = dict(known_kinds or {})
    for b in batches:
        kinds.update(b.validate(onto, kinds))
        for kind, rows in b.node_rows(kinds).items():
            tab = nodes.setdefault(kind, {})
            for r in rows:
                tab.pop(r["id"], None)
                tab[r["id"]] = r
        for key, rows in b.edge_rows(kinds).items():
            tab = edges.setdefault(key, {})
            for r in rows:
                if is_fact_row(r):      # one edge per fact: the documents' sources unite
                    held = tab.get(r["id"])
                    if not isinstance(held, MergedFact):
                        tab[r["id"]] = merged = MergedFact()
                        if held is not None:
                            merged.add(held)
                        held = merged
                    held.add(r)
                    continue
                tab.pop(r["id"], None)
                tab[r["id"]] = r
    for tab in edges.values():          # each fact's row built once, in its first place
        for key, row in tab.items():
            if isinstance(row, MergedFact):
                tab[key] = row.row()
    return nodes, edges


# A list element LadybugDB's CSV reader would not give back as written (it splits on commas and
# keeps quotes); such lists are written after the COPY instead (plan["lists"]).
_UNSAFE_IN_LIST = re.compile(r"[,\[\]\"'|]|^\s|\s$|^$")


def _list_safe(values) -> bool:
    return all(not _UNSAFE_IN_LIST.search(str(x)) for x in values)


def _cell(v, typ: str, neo4j: bool):
    if v is None:
        return ""
    if typ == "STRING[]":
        if not _list_safe(v):
            return ""          # written after the bulk step (see write_tables)
        if neo4j:
            return "|".join(str(x) for x in v) if v else "[]"
        return "[" + ",".join(str(x) for x in v) + "]"
    if typ == "BOOLEAN":
        return "true" if v else "false"
    if neo4j and isinstance(v, str):   # Neo4j's CSV reader takes \" as an escaped quote
        return v.replace('\\"', '\\u0022')
    return v


def write_tables(batches: list[GraphBatch], out: Path, *, neo4j: bool) -> dict:
    """One CSV per node table and per relationship group under `out`; returns the file plan
    {"nodes": [{kind, file, rows, multiline}], "edges": [{type, from, to, file, rows,
    multiline}]}. Column order is the LadybugDB table's (COPY maps by position); Neo4j reads by
    header. Raises BatchError for a batch the ontology refuses."""
    onto = load_ontology()
    out.mkdir(parents=True, exist_ok=True)
    nodes, edges = distinct_rows(batches)
    ncols = ["id"] + [p for p in onto.node_properties if p != "id"]
    ecols = list(onto.edge_properties)
    lists = [c for c in ncols if onto.node_properties[c] == "STRING[]"]
    elists = [c for c in ecols if onto.edge_properties[c] == "STRING[]"]
    plan: dict = {"nodes": [], "edges": [], "lists": {}, "edge_lists": {}}
    for kind, tab in sorted(nodes.items()):
        unsafe = [{"id": r["id"], **{c: r[c] for c in lists}} for r in tab.values()
                  if any(r.get(c) is not None and not _list_safe(r[c]) for c in lists)]
        if unsafe:
            plan["lists"][kind] = unsafe
        f = out / f"n_{kind}.csv"
        multiline = False
        with open(f, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(ncols)
            for r in tab.values():
                row = [_cell(r.get(c), onto.node_properties[c], neo4j) for c in ncols]
                multiline = multiline or any(isinstance(x, str) and "\n" in x for x in row)
                w.writerow(row)
        plan["nodes"].append({"kind": kind, "file": f.name, "rows": len(tab),
                              "bytes": f.stat().st_size, "multiline": multiline})
    for (etype, a, b), tab in sorted(edges.items()):
        unsafe = [{"src": r["src"], "dst": r["dst"], "id": r["id"], **{c: r[c] for c in elists}}
                  for r in tab.values()
                  if any(r.get(c) is not None and not _list_safe(r[c]) for c in elists)]
        if unsafe:
            plan["edge_lists"][f"{etype}|{a}|{b}"] = unsafe
        f = out / f"e_{etype}_{a}_{b}.csv"
        multiline = False
        with open(f, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["from", "to"] + ecols)
            for r in tab.values():
                row = [r["src"], r["dst"]] + [_cell(r.get(c), onto.edge_properties[c], neo4j)
                                              for c in ecols]
                multiline = multiline or any(isinstance(x, str) and "\n" in x for x in row)
                w.writerow(row)
        plan["edges"].append({"type": etype, "from": a, "to": b, "file": f.name,
                              "rows": len(tab), "bytes": f.stat().st_size,
                              "multiline": multiline})
    return plan


def _refuse_unless_empty(store) -> None:
    from queries.library import store_query
    held = store_query("node_count").run(store).rows[0][0]
    if held:
        raise BulkLoadError(f"{store.describe()} already holds {held} nodes: --bulk is for a first "
                            "load into an empty store; load without --bulk to add or replace "
                            "documents")


def bulk_load(store, batches: list[GraphBatch], *, import_dir: Path | None = None) -> dict:
    """Write `batches` into the empty `store` through its engine's bulk path.

    `import_dir` is the Neo4j server's import directory (required on Neo4j, ignored on the
    embedded engine). Returns {"nodes": rows written, "edges": rows written}. Raises
    BulkLoadError (store not empty, no import directory), BatchError (a batch the ontology
    refuses; nothing written) or StoreError (the engine failed; the store is cleared again).
    """
    store.ensure_schema()
    _refuse_unless_empty(store)
    if store.engine == "neo4j" and import_dir is None:
        raise BulkLoadError("--bulk on Neo4j reads CSV files from the server's import directory, "
                            "known only for the local server (`actagraph neo4j start`, NEO4J_URI "
                            "unset); load without --bulk")
    if store.engine == "neo4j":
        work = Path(import_dir) / IMPORT_SUBDIR
        shutil.rmtree(work, ignore_errors=True)
    else:
        work = Path(tempfile.mkdtemp(prefix="actagraph-bulk-"))
    try:
        plan = write_tables(batches, work, neo4j=store.engine == "neo4j")
        try:
            if store.engine == "neo4j":
                _load_csv_neo4j(store, plan)
            else:
                _copy_embedded(store, plan, work)
        except BaseException:
            store.clear()
            raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return {"nodes": sum(p["rows"] for p in plan["nodes"]),
            "edges": sum(p["rows"] for p in plan["edges"])}


def copy_statements(plan: dict, work: Path) -> list[str]:
    """LadybugDB COPY statements for a plan of write_tables written under `work`: node tables
    first, then relationship groups (a multi-line CSV is read without parallelism)."""
    out = []
    for n in plan["nodes"]:
        par = ", parallel=false" if n["multiline"] else ""
        out.append(f"COPY {n['kind']} FROM '{work / n['file']}' (header=true{par})")
    for e in plan["edges"]:
        par = ", parallel=false" if e["multiline"] else ""
        out.append(f"COPY {e['type']} FROM '{work / e['file']}' "
                   f"(from='{e['from']}', to='{e['to']}', header=true{par})")
    return out


def _copy_embedded(store, plan: dict, work: Path) -> None:
    from graph.embedded_store import _error
    with store._lock, store._writer() as conn:
        conn.set_query_timeout(0)
        try:
            for q in copy_statements(plan, work):
                conn.execute(q)
            for kind, rows, q in list_statements(plan):
                conn.execute(q, {"rows": rows})
        except RuntimeError as exc:
            raise _error(exc, 0) from None


def list_statements(plan: dict):
    """(kind or type, rows, query) that set the list properties of nodes and relationships
    the CSV files could not carry; run them after the bulk step with the parameter `rows`."""
    for kind, rows in sorted(plan["lists"].items()):
        cols = [c for c in rows[0] if c != "id"]
        sets = ", ".join(f"n.{c} = row.{c}" for c in cols)
        yield kind, rows, f"UNWIND $rows AS row MATCH (n:{kind} {{id: row.id}}) SET {sets}"
    for key, rows in sorted(plan.get("edge_lists", {}).items()):
        etype, a, b = key.split("|")
        cols = [c for c in rows[0] if c not in ("id", "src", "dst")]
        sets = ", ".join(f"r.{c} = row.{c}" for c in cols)
        yield etype, rows, (f"UNWIND $rows AS row MATCH (s:{a} {{id: row.src}})-[r:{etype}]->"
                            f"(t:{b} {{id: row.dst}}) WHERE r.id = row.id SET {sets}")


def _neo4j_map(cols: dict[str, str]) -> str:
    parts = []
    for c, t in cols.items():
        v = f"row.{c}"
        if t == "INT64":
            v = f"toInteger(row.{c})"
        elif t == "DOUBLE":
            v = f"toFloat(row.{c})"
        elif t == "BOOLEAN":
            v = f"toBoolean(row.{c})"
        elif t == "STRING[]":
            v = (f"CASE WHEN row.{c} IS NULL THEN NULL WHEN row.{c} = '[]' THEN [] "
                 f"ELSE split(row.{c}, '|') END")
        parts.append(f"{c}: {v}")
    return "{" + ", ".join(parts) + "}"


def rows_per_transaction(entry: dict) -> int:
    """How many rows of one planned CSV file (an entry of write_tables' plan: `rows`, and
    `bytes` when known) one LOAD CSV transaction commits: NEO4J_TX_ROWS, fewer when the file's
    rows average more than NEO4J_TX_BYTES / NEO4J_TX_ROWS bytes; at least 1."""
    rows, size = entry.get("rows") or 0, entry.get("bytes")
    if not rows or not size:
        return NEO4J_TX_ROWS
    return max(1, min(NEO4J_TX_ROWS, int(NEO4J_TX_BYTES * rows / size)))


def load_csv_statements(plan: dict, folder: str) -> list[str]:
    """Neo4j `LOAD CSV ... CALL {} IN TRANSACTIONS` statements for a plan of write_tables
    written under `folder` of the server's import directory: nodes first, then relationships,
    each file committed every rows_per_transaction(entry) rows."""
    onto = load_ontology()
    nmap = _neo4j_map(onto.node_properties)
    emap = _neo4j_map(onto.edge_properties)
    out = []
    for n in plan["nodes"]:
        out.append(f"LOAD CSV WITH HEADERS FROM 'file:///{folder}/{n['file']}' AS row "
                   f"CALL (row) {{ CREATE (n:{n['kind']}) SET n = {nmap} }} "
                   f"IN TRANSACTIONS OF {rows_per_transaction(n)} ROWS")
    for e in plan["edges"]:
        out.append(f"LOAD CSV WITH HEADERS FROM 'file:///{folder}/{e['file']}' AS row "
                   f"CALL (row) {{ MATCH (s:{e['from']} {{id: row.src}}) "
                   f"MATCH (t:{e['to']} {{id: row.dst}}) "
                   f"CREATE (s)-[r:{e['type']}]->(t) SET r = {emap} }} "
                   f"IN TRANSACTIONS OF {rows_per_transaction(e)} ROWS")
    return out


def _load_csv_neo4j(store, plan: dict) -> None:
    from neo4j import WRITE_ACCESS
    from neo4j.exceptions import DriverError, Neo4jError
    try:
        with store._session(WRITE_ACCESS) as s:
            for q in load_csv_statements(plan, IMPORT_SUBDIR):
                s.run(q).consume()
            for _kind, rows, q in list_statements(plan):
                s.run(q, rows=rows).consume()
    except (Neo4jError, DriverError) as exc:
        raise store._explain(exc) from None
