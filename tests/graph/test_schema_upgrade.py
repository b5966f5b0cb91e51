"""An embedded file made before the ontology gained a property still loads: the missing columns
are added when the store opens it."""
from __future__ import annotations

import re

import ladybug as lb
import pytest

from graph.embedded_store import EmbeddedStore
from loaders.pipeline import load_file
from tests.shared_documents import CASES

NEW = ("page", "page_count", "format", "language")


@pytest.mark.slow      # opens a LadybugDB file; `make test` runs it
def test_file_without_the_page_columns_gets_them(tmp_path):
    path = tmp_path / "old.lbug"
    old = EmbeddedStore(path).schema_statements()
    db = lb.Database(str(path))
    conn = lb.Connection(db)
    for stmt in old:
        for prop in NEW:
            stmt = re.sub(rf", {prop} (?:INT64|STRING)", "", stmt)
        conn.execute(stmt)
    conn.close()
    db.close()
    store = EmbeddedStore(path)
    try:
        store.load(load_file(CASES / "08-acta-pdf-membrete.pdf"))
        rows = store.run("MATCH (d:Document) RETURN d.page_count AS pages, d.format AS format")
        assert rows.records() == [{"pages": 2, "format": "pdf"}]
    finally:
        store.close()


@pytest.mark.slow      # opens a LadybugDB file; `make test` runs it
def test_file_without_adopted_nor_a_body_deliverable_gets_them(tmp_path):
    """A file made before ADOPTED existed and before DELIVERABLE could point to a Body: the
    store adds the table and the pair when it opens it, and both facts load and answer."""
    path = tmp_path / "old.lbug"
    db = lb.Database(str(path))
    conn = lb.Connection(db)
    for stmt in EmbeddedStore(path).schema_statements():
        if "TABLE IF NOT EXISTS ADOPTED(" in stmt:
            continue
        conn.execute(stmt.replace(", FROM Commitment TO Body", ""))
    res = conn.execute("CALL show_connection('DELIVERABLE') RETURN *")
    assert ("Commitment", "Body") not in {tuple(res.get_next()[:2]) for _ in iter(res.has_next, False)}
    conn.close()
    db.close()
    store = EmbeddedStore(path)
    try:
        store.load(load_file(CASES / "03-front-matter.md"))
        store.load(load_file(CASES / "02-ppt-distinta.txt"))
        made = store.run("MATCH (c:Commitment)-[:DELIVERABLE]->(b:Body) RETURN b.name AS name")
        assert made.records() == [{"name": "Working group on labour mobility"}]
        adopted = store.run("MATCH (e:Event)-[r:ADOPTED]->(i:Instrument) "
                            "RETURN e.name AS meeting, i.name AS instrument, r.quote AS quote")
        assert adopted.records() == [{"meeting": "XIX Conferencia Suramericana sobre Migraciones",
                                      "instrument": "Declaración de Lima",
                                      "quote": "Declaración de Lima"}]
    finally:
        store.close()


@pytest.mark.slow      # opens a LadybugDB file; `make test` runs it
def test_file_without_the_fact_edge_columns_gets_them(tmp_path):
    """A file made before one edge per fact (no `docs`, `doc_edge_ids` on relationships): the
    store adds them when it opens it, and two documents stating a shared fact share one edge."""
    from tests.graph.test_store_contract import TEXT, small_batch
    path = tmp_path / "old.lbug"
    db = lb.Database(str(path))
    conn = lb.Connection(db)
    for stmt in EmbeddedStore(path).schema_statements():
        conn.execute(stmt.replace(", docs STRING[]", "").replace(", doc_edge_ids STRING[]", ""))
    res = conn.execute("CALL table_info('MEMBER_OF') RETURN name")
    assert "docs" not in {res.get_next()[0] for _ in iter(res.has_next, False)}
    conn.close()
    db.close()
    store = EmbeddedStore(path)
    try:
        store.load(small_batch("d1"))
        store.load(small_batch("d2", "Chile habla primero. " + TEXT))
        rows = store.run("MATCH (:Country)-[r:MEMBER_OF]->(:Conference) RETURN r.docs AS docs")
        assert rows.records() == [{"docs": ["d1", "d2"]}]
    finally:
        store.close()
