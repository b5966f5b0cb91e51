"""The store contract, run identically on both engines (embedded LadybugDB and real Neo4j)."""
from __future__ import annotations

import json

import pytest

from graph.batch import BatchError, GraphBatch, Source
from graph.export import graph_of_store, to_json
from graph.readonly import ReadOnlyError

TEXT = "La PPT de la CRM propone. Chile y Panamá acuerdan."


def small_batch(doc="d1", text=TEXT, extra_edge=True) -> GraphBatch:
    b = GraphBatch(doc)
    b.add_node(doc, "Document", doc, title="Doc", text=text, sha256=str(hash(text)), doc=doc)
    pid = f"passage:{doc}:1"
    b.add_node(pid, "Passage", "p1", doc=doc, section="1", paragraph=1, char_start=0,
               char_end=len(text), text=text)
    b.add_edge("IN_DOCUMENT", pid, doc)
    cl = text.index("Chile")
    b.add_node("country:cl", "Country", "Chile", [Source(doc, "1", 1, cl, cl + 5, "Chile")],
               aliases=["Chile"], curated=True)
    b.add_node("conference:crm", "Conference", "CRM", [Source(doc, "1", 1, 13, 16, "CRM")])
    if extra_edge:
        b.add_edge("MEMBER_OF", "country:cl", "conference:crm",
                   [Source(doc, "1", 1, cl, cl + 5, "Chile")], role="observer")
    return b


def test_load_twice_gives_same_counts(store):
    store.load(small_batch())
    first = store.stats()
    store.load(small_batch())
    assert store.stats() == first
    assert first["nodes"] == {"Conference": 1, "Country": 1, "Document": 1, "Passage": 1}
    # IN_DOCUMENT, MEMBER_OF, and one MENTIONS per shared entity mentioned
    assert first["edges"] == {"IN_DOCUMENT": 1, "MEMBER_OF": 1, "MENTIONS": 2}


def test_same_query_same_rows_and_normalised_elements(store):
    store.load(small_batch())
    res = store.run("MATCH (c:Country)-[r:MEMBER_OF]->(f) RETURN c, r, f.name AS forum, "
                    "r.role AS role ORDER BY forum")
    assert res.columns == ["c", "r", "forum", "role"]
    c, r, forum, role = res.rows[0]
    assert (c["id"], c["kind"], c["name"]) == ("country:cl", "Country", "Chile")
    assert c["properties"]["aliases"] == ["Chile"]
    assert (r["type"], r["source"], r["target"]) == ("MEMBER_OF", "country:cl", "conference:crm")
    assert r["properties"]["sources"][0]["quote"] == "Chile"
    assert (forum, role) == ("CRM", "observer")
    assert set(res.nodes) == {"country:cl"} and len(res.edges) == 1


def test_write_through_read_only_run_is_refused(store):
    store.load(small_batch())
    before = store.stats()
    for q in ["CREATE (n:Country {id: 'x', name: 'X'})",
              "MATCH (n) DETACH DELETE n",
              "MATCH (n:Country) SET n.name = 'hacked'"]:
        with pytest.raises(ReadOnlyError):
            store.run(q)
    assert store.stats() == before


def test_engine_itself_refuses_writes_on_the_read_path(store):
    """The second lock: even past the lexical guard, the engine's read path cannot write."""
    store.load(small_batch())
    with pytest.raises(ReadOnlyError):
        store._run("CREATE (n:Country {id: 'x', name: 'X'})", {}, read_only=True, timeout=5,
                   max_rows=10)
    assert store.stats()["nodes"]["Country"] == 1


def test_clear_empties(store):
    store.load(small_batch())
    store.clear()
    assert store.stats() == {"nodes": {}, "edges": {}}


def test_reload_of_edited_document_leaves_no_stale_edges(store):
    store.load(small_batch())
    store.load(small_batch(extra_edge=False))
    assert "MEMBER_OF" not in store.stats()["edges"]


def test_documents_share_canonical_entities(store):
    store.load(small_batch("d1"))
    store.load(small_batch("d2", "Chile habla primero. " + TEXT))
    res = store.run("MATCH (p:Passage)-[:MENTIONS]->(c:Country) RETURN c.id AS id, "
                    "count(p) AS n ORDER BY id")
    assert res.rows == [["country:cl", 2]]
    store.remove_document("d1")
    res = store.run("MATCH (p:Passage)-[:MENTIONS]->(c:Country) RETURN p.doc AS doc")
    assert res.rows == [["d2"]]


def test_invalid_batch_changes_nothing(store):
    store.load(small_batch())
    before = to_json(graph_of_store(store))
    bad = small_batch()
    bad.add_edge("MEMBER_OF", "country:cl", "nowhere:1")
    with pytest.raises(BatchError):
        store.load(bad)
    assert to_json(graph_of_store(store)) == before


def test_failure_midway_rolls_back(store, monkeypatch):
    """An exception after some rows were written leaves the previous graph exactly as it was."""
    store.load(small_batch())
    before = to_json(graph_of_store(store))
    edited = small_batch(extra_edge=False)
    calls = {"n": 0}
    original = GraphBatch.edge_rows

    def exploding(self, kinds):
        calls["n"] += 1
        raise RuntimeError("injected failure after node rows were written")

    monkeypatch.setattr(GraphBatch, "edge_rows", exploding)
    with pytest.raises(RuntimeError, match="injected"):
        store.load(edited)
    monkeypatch.setattr(GraphBatch, "edge_rows", original)
    assert calls["n"] == 1
    assert to_json(graph_of_store(store)) == before


def test_export_json_is_the_documented_interchange_format(store):
    store.load(small_batch())
    data = json.loads(to_json(graph_of_store(store)))
    chile = next(n for n in data["nodes"] if n["id"] == "country:cl")
    assert set(chile) == {"id", "kind", "name", "aliases", "properties", "sources"}
    assert chile["sources"] == [{"document": "d1", "section": "1", "paragraph": 1,
                                 "start": TEXT.index("Chile"), "end": TEXT.index("Chile") + 5,
                                 "quote": "Chile"}]
    edge = next(e for e in data["edges"] if e["type"] == "MEMBER_OF")
    assert set(edge) == {"id", "source", "target", "type", "properties", "sources"}
    assert edge["properties"]["role"] == "observer"


def test_an_engine_error_midway_surfaces_as_itself_and_changes_nothing(store, monkeypatch):
    """A statement the engine rejects inside the load transaction: the user sees that error (not
    a rollback complaint), and the graph is unchanged."""
    from graph.store import StoreError
    store.load(small_batch())
    before = to_json(graph_of_store(store))
    original = GraphBatch.edge_rows

    def bad_rows(self, kinds):
        rows = original(self, kinds)
        for batch_rows in rows.values():
            for row in batch_rows:
                row["role"] = {"a": 1}                # a map property: Neo4j refuses
                row["paragraph"] = "x"                # not an INT64: LadybugDB refuses
        return rows

    monkeypatch.setattr(GraphBatch, "edge_rows", bad_rows)
    with pytest.raises(Exception) as err:               # the type differs by engine
        store.load(small_batch(extra_edge=False))
    assert "rollback" not in str(err.value).lower(), err.value
    monkeypatch.setattr(GraphBatch, "edge_rows", original)
    assert to_json(graph_of_store(store)) == before


def test_shared_entity_goes_with_the_last_document_naming_it(store):
    store.load(small_batch("d1"))
    store.load(small_batch("d2"))
    store.remove_document("d1")
    assert store.stats()["nodes"]["Country"] == 1      # d2 still names Chile
    store.remove_document("d2")
    assert store.stats() == {"nodes": {}, "edges": {}}


def test_several_loads_in_one_writing_session(store):
    """A multi-document load shares one writer; each document is still its own transaction, and
    what is loaded is visible inside and after the session."""
    with store.writing():
        store.load(small_batch("d1"))
        assert [d["id"] for d in store.documents()] == ["d1"]
        store.load(small_batch("d2", "Chile habla primero. " + TEXT))
        with pytest.raises(BatchError):
            bad = small_batch("d3")
            bad.add_edge("MEMBER_OF", "country:cl", "nowhere:1")
            store.load(bad)
    assert [d["id"] for d in store.documents()] == ["d1", "d2"]
    assert store.stats()["nodes"]["Passage"] == 2


def _elements(store) -> tuple[dict, dict]:
    """Every stored node and edge by id, in the engine-neutral shape."""
    res = graph_of_store(store)
    return res.nodes, res.edges


def _not_of(elements: dict, doc: str) -> dict:
    return {k: v for k, v in elements.items()
            if v["properties"].get("doc") != doc and v["id"] != doc}


def test_reload_of_one_document_leaves_the_others_unchanged(store):
    """Three documents share Chile, the CRM and a MEMBER_OF between them; reloading d2 edited
    (its MEMBER_OF gone, a new passage) changes d2's elements only."""
    store.load(small_batch("d1"))
    store.load(small_batch("d2", "Chile habla primero. " + TEXT))
    store.load(small_batch("d3", "Panamá. " + TEXT))
    nodes, edges = _elements(store)
    edited = small_batch("d2", "Chile habla al final. " + TEXT, extra_edge=False)
    edited.add_node("passage:d2:2", "Passage", "p2", doc="d2", section="1", paragraph=2,
                    char_start=0, char_end=5, text="Chile")
    edited.add_edge("IN_DOCUMENT", "passage:d2:2", "d2")
    store.load(edited)
    after_nodes, after_edges = _elements(store)
    assert _not_of(after_nodes, "d2") == _not_of(nodes, "d2")
    # the MEMBER_OF all three state is one fact edge (tests/graph/test_fact_edges.py): d2's
    # sources leave it, the other documents' stay
    facts = [e for e in after_edges.values() if e["type"] == "MEMBER_OF"]
    assert [f["properties"]["docs"] for f in facts] == [["d1", "d3"]]
    assert sorted(s["document"] for s in facts[0]["properties"]["sources"]) == ["d1", "d3"]
    others = {k: v for k, v in _not_of(edges, "d2").items() if v["type"] != "MEMBER_OF"}
    assert {k: v for k, v in _not_of(after_edges, "d2").items() if v["type"] != "MEMBER_OF"} \
        == others
    assert sorted(n["id"] for n in after_nodes.values() if n["properties"].get("doc") == "d2") \
        == ["d2", "passage:d2:1", "passage:d2:2"]


def test_loading_the_same_document_twice_gives_the_same_graph(store):
    store.load(small_batch("d1"))
    store.load(small_batch("d2", "Chile habla primero. " + TEXT))
    once = to_json(graph_of_store(store))
    store.load(small_batch("d2", "Chile habla primero. " + TEXT))
    assert to_json(graph_of_store(store)) == once
    store.load(small_batch("d1"))
    assert to_json(graph_of_store(store)) == once


def test_a_reload_finds_the_document_by_its_record_not_by_a_scan(store, monkeypatch):
    """The Document node records what its load wrote; a reload deletes from that record (on
    Neo4j the deletes by `doc` are index seeks: no statement of the load scans relationships)."""
    if store.engine == "embedded":
        from graph.embedded_store import EmbeddedStore

        def refuse(conn, document):
            raise AssertionError(f"{document}: reload scanned the store")

        store.load(small_batch("d1"))
        store.load(small_batch("d2", "Chile habla primero. " + TEXT))
        monkeypatch.setattr(EmbeddedStore, "_delete_document_by_scan", staticmethod(refuse))
        store.load(small_batch("d1", extra_edge=False))
        store.remove_document("d2")
        assert store.stats()["edges"] == {"IN_DOCUMENT": 1, "MENTIONS": 2}
        return
    from graph.neo4j_store import delete_statements
    store.ensure_schema()
    with store._session("WRITE") as s:
        edge_deletes, node_deletes = delete_statements()
        for query in edge_deletes + node_deletes:
            plan = s.run("EXPLAIN " + query, doc="d1").consume().plan
            ops = _plan_operators(plan)
            assert not [o for o in ops if "AllRelationshipsScan" in o or "TypeScan" in o
                        or "AllNodesScan" in o or "LabelScan" in o], (query, ops)


def _plan_operators(plan: dict) -> list[str]:
    out = [plan.get("operatorType", "").split("@", 1)[0]]
    for child in plan.get("children") or []:
        out += _plan_operators(child)
    return out


def test_a_store_written_before_the_load_record_still_reloads(store):
    """A Document without `load_record` (a file written by an earlier version) is reloaded by
    the scan, to the same graph."""
    store.load(small_batch("d1"))
    store.load(small_batch("d2", "Chile habla primero. " + TEXT))
    once = to_json(graph_of_store(store))
    store.run("MATCH (d:Document) SET d.load_record = NULL", read_only=False)
    store.load(small_batch("d1"))
    store.load(small_batch("d2", "Chile habla primero. " + TEXT))
    assert to_json(graph_of_store(store)) == once


def test_the_stores_own_reads_answer_from_saved_queries(store):
    """documents, document_hash, kinds_of and stats read queries/ files, same answer each engine."""
    from queries.library import load_library, store_query
    b = small_batch()
    store.load(b)
    assert store.documents() == [{"id": "d1", "title": "Doc", "path": None,
                                  "sha256": b.nodes["d1"].properties["sha256"]}]
    assert store.document_hash("d1") == b.nodes["d1"].properties["sha256"]
    assert store.document_hash("d2") is None
    assert store.kinds_of(["conference:crm", "country:cl", "country:none"]) == {
        "conference:crm": "Conference", "country:cl": "Country"}
    assert store.kinds_of([]) == {}
    assert load_library()["node_counts"].run(store).rows == [
        ["Conference", 1], ["Country", 1], ["Document", 1], ["Passage", 1]]
    assert load_library()["edge_counts"].run(store).rows == [
        ["IN_DOCUMENT", 1], ["MEMBER_OF", 1], ["MENTIONS", 2]]
    assert store_query("node_count").run(store).rows == [[4]]


def test_documents_are_read_page_by_page_and_none_is_cut(store):
    """`documents()` reads its list in pages after the last id read: past the page size (here 2
    documents, 5,000 by default) every document is still listed, once, by id."""
    docs = ["d1", "d2", "d3", "d4", "d5"]
    for doc in reversed(docs):
        store.load(small_batch(doc))
    assert [d["id"] for d in store.documents(page=2)] == docs
    assert [d["id"] for d in store.documents(page=5)] == docs
    assert [d["id"] for d in store.documents()] == docs
