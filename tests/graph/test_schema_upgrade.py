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
