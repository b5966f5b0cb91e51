"""The Arrow tables the embedded store loads through LOAD FROM: typed by the ontology, nulls kept,
values converted as the former `CAST(row.p AS TYPE)` did; and a load through them stores exactly
what the batch says on LadybugDB."""
from __future__ import annotations

import pyarrow as pa
import pytest

from graph.arrow_rows import column, rows_table
from graph.batch import GraphBatch, Source
from graph.embedded_store import EmbeddedStore


def test_columns_follow_the_declared_types_even_when_every_value_is_null():
    types = {"id": "STRING", "paragraph": "INT64", "confidence": "DOUBLE", "curated": "BOOLEAN",
             "aliases": "STRING[]"}
    table = rows_table([{"id": "a"}, {"id": "b", "paragraph": 3, "aliases": ["x, y", "z"]}], types)
    assert table.column_names == [column(p) for p in types]
    assert table.schema.field(column("paragraph")).type == pa.int64()
    assert table.schema.field(column("confidence")).type == pa.float64()
    assert table.schema.field(column("curated")).type == pa.bool_()
    assert table.schema.field(column("aliases")).type == pa.list_(pa.string())
    assert table.to_pylist() == [
        {"c_id": "a", "c_paragraph": None, "c_confidence": None, "c_curated": None,
         "c_aliases": None},
        {"c_id": "b", "c_paragraph": 3, "c_confidence": None, "c_curated": None,
         "c_aliases": ["x, y", "z"]}]


def test_values_of_another_type_are_converted_as_a_cast_would():
    table = rows_table([{"number": 7, "paragraph": "12", "confidence": 1, "aliases": [5]}],
                       {"number": "STRING", "paragraph": "INT64", "confidence": "DOUBLE",
                        "aliases": "STRING[]"})
    assert table.to_pylist() == [{"c_number": "7", "c_paragraph": 12, "c_confidence": 1.0,
                                  "c_aliases": ["5"]}]


@pytest.mark.slow      # opens a LadybugDB file; `make test` runs it
def test_a_load_stores_the_batch_values_and_a_reload_leaves_the_same_graph(tmp_path):
    from graph.export import graph_of_store, to_json
    text = "El Salvador y Chile acuerdan, con comas, \"comillas\" y [corchetes]."
    b = GraphBatch("acta-x")
    b.add_node("acta-x", "Document", "Acta X", [], title="Acta X", text=text, sha256="0" * 64)
    src = Source("acta-x", "1", 1, 0, len(text), text)
    b.add_node("passage:acta-x:1", "Passage", "1", [src], doc="acta-x", section="1",
               paragraph=1, char_start=0, char_end=len(text), text=text, ordinal=1)
    b.add_node("country:sv", "Country", "El Salvador", [src], aliases=["SV", "a, b"])
    b.add_edge("IN_DOCUMENT", "passage:acta-x:1", "acta-x", [src])
    store = EmbeddedStore(tmp_path / "g.lbug")
    try:
        store.load(b)
        first = to_json(graph_of_store(store))
        store.load(b, replace=True)
        assert to_json(graph_of_store(store)) == first
        row = store.run("MATCH (c:Country) RETURN c.aliases AS a, c.doc AS d").rows
        assert row == [[["SV", "a, b"], None]]
        p = store.run("MATCH (p:Passage) RETURN p.text AS t, p.paragraph AS n, p.quote AS q, "
                      "p.char_end AS e").rows
        assert p == [[text, 1, text, len(text)]]
        m = store.run("MATCH (p:Passage)-[r:MENTIONS]->(c:Country) RETURN r.quote AS q, "
                      "r.doc AS d, r.rule AS rule").rows
        assert m == [[text, "acta-x", "mention"]]
    finally:
        store.close()
