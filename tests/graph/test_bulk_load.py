"""`load --bulk` (graph.bulk_load): the same graph as the normal load, on both engines.

Equality is checked on the export (`actagraph export --format json`): every node and edge with
its properties and sources, after the normal load and after the bulk load of the same batches.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from graph.bulk_load import BulkLoadError, bulk_load
from graph.export import graph_of_store, to_json
from tests.conftest import REPO

CASES = REPO / "tests" / "data" / "cases"


@pytest.fixture(scope="module")
def batches(report_batch):
    """The report, two cases that name the same countries and forums, then the reference layer."""
    from loaders.pipeline import load_file
    from loaders.reference import reference_batch
    return [report_batch, load_file(CASES / "02-ppt-distinta.txt"),
            load_file(CASES / "06-paises-formas-largas.txt"), reference_batch()]


def import_dir(store) -> Path | None:
    if store.engine != "neo4j":
        return None
    from graph.neo4j_server import LocalServer
    return LocalServer().root / "import"


def test_bulk_load_gives_the_graph_of_the_normal_load(store, batches):
    with store.writing():
        for b in batches:
            store.load(b)
    normal = to_json(graph_of_store(store))
    store.clear()
    written = bulk_load(store, batches, import_dir=import_dir(store))
    bulk = to_json(graph_of_store(store))
    assert bulk == normal
    stats = store.stats()
    assert written == {"nodes": sum(stats["nodes"].values()),
                       "edges": sum(stats["edges"].values())}
    assert stats["edges"]["MEMBER_OF"] > 0 and stats["nodes"]["Document"] == 3


def test_bulk_load_refuses_a_store_that_holds_documents(store, batches):
    store.load(batches[1])
    before = store.stats()
    with pytest.raises(BulkLoadError, match="already holds"):
        bulk_load(store, batches, import_dir=import_dir(store))
    assert store.stats() == before


def test_bulk_load_of_documents_sharing_a_fact_gives_the_normal_load_graph(store):
    """Three documents state that Chile is an observer of the conference (one edge, three
    documents' sources); the first is given twice, as a reload would give it again."""
    from tests.graph.test_fact_edges import D2_TEXT, member_of
    from tests.graph.test_store_contract import TEXT, small_batch
    d3_text = "En la apertura, Chile toma la palabra. " + TEXT
    batches = [small_batch("d1"), small_batch("d2", D2_TEXT), small_batch("d3", d3_text),
               small_batch("d1")]
    with store.writing():
        for b in batches:
            store.load(b)
    normal, facts = to_json(graph_of_store(store)), member_of(store)
    assert [r["docs"] for r in facts] == [["d1", "d2", "d3"]]
    assert [s[0] for s in facts[0]["sources"]] == ["d1", "d2", "d3"]
    store.clear()
    bulk_load(store, batches, import_dir=import_dir(store))
    assert to_json(graph_of_store(store)) == normal
    assert member_of(store) == facts


def test_a_load_csv_transaction_holds_fewer_rows_of_a_file_of_long_rows():
    from graph.bulk_load import NEO4J_TX_BYTES, NEO4J_TX_ROWS, rows_per_transaction
    assert rows_per_transaction({"rows": 100_000, "bytes": 2_000_000}) == NEO4J_TX_ROWS
    # 1,000 documents' full texts of 66 KB each: about 127 a transaction, not all 1,000
    texts = rows_per_transaction({"rows": 1000, "bytes": 66_000_000})
    assert texts == NEO4J_TX_BYTES * 1000 // 66_000_000 and 100 < texts < 200
    assert rows_per_transaction({"rows": 2, "bytes": 10 * NEO4J_TX_BYTES}) == 1
    assert rows_per_transaction({"rows": 0, "bytes": 0}) == NEO4J_TX_ROWS
    assert rows_per_transaction({"rows": 10}) == NEO4J_TX_ROWS     # a plan without sizes


def test_the_load_csv_statements_follow_each_files_size(tmp_path, report_batch):
    from graph.bulk_load import load_csv_statements, rows_per_transaction, write_tables
    plan = write_tables([report_batch], tmp_path, neo4j=True)
    entries = plan["nodes"] + plan["edges"]
    assert all(e["bytes"] == (tmp_path / e["file"]).stat().st_size for e in entries)
    statements = load_csv_statements(plan, "here")
    assert len(statements) == len(entries)
    for entry, statement in zip(entries, statements):
        assert f"'file:///here/{entry['file']}'" in statement
        assert statement.endswith(f"IN TRANSACTIONS OF {rows_per_transaction(entry)} ROWS")
