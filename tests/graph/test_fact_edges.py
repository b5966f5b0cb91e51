"""One edge per fact across documents (graph/facts.py), on both engines: a fact between shared
entities stated by several documents is one stored relationship listing them in `docs`, with
every document's sources; replacing or removing a document takes away its sources only, and the
edge with the last of them."""
from __future__ import annotations

import json

import pytest

from graph.batch import Edge, GraphBatch, Source
from graph.export import graph_of_store, to_json
from tests.graph.test_store_contract import TEXT, small_batch

FACT = Edge("MEMBER_OF", "country:cl", "conference:crm", {"role": "observer"}).fact_id


def member_of(store) -> list[dict]:
    """Every stored MEMBER_OF: id, doc, docs, doc_edge_ids, quote and the sources' documents."""
    res = store.run("MATCH (:Country)-[r:MEMBER_OF]->(:Conference) "
                    "RETURN r.id AS id, r.doc AS doc, r.docs AS docs, "
                    "r.doc_edge_ids AS edge_ids, r.char_start AS first, r.sources AS sources "
                    "ORDER BY id")
    out = []
    for row in res.records():
        row["sources"] = [(s["document"], s["start"], s["edge"], s["review_status"])
                          for s in json.loads(row["sources"])]
        out.append(row)
    return out


def per_document_id(doc: str) -> str:
    return Edge("MEMBER_OF", "country:cl", "conference:crm",
                {"doc": doc, "role": "observer"}).id


D2_TEXT = "Chile habla primero. " + TEXT
CL1, CL2 = TEXT.index("Chile"), D2_TEXT.index("Chile")


def test_two_documents_stating_a_fact_share_one_edge_until_the_last_goes(store):
    store.load(small_batch("d1"))
    store.load(small_batch("d2", D2_TEXT))
    id1, id2 = per_document_id("d1"), per_document_id("d2")
    assert member_of(store) == [{
        "id": FACT, "doc": "d1", "docs": ["d1", "d2"], "edge_ids": [id1, id2], "first": CL1,
        "sources": [("d1", CL1, id1, "extracted"), ("d2", CL2, id2, "extracted")]}]
    assert store.stats()["edges"]["MEMBER_OF"] == 1
    store.remove_document("d1")
    assert member_of(store) == [{
        "id": FACT, "doc": "d2", "docs": ["d2"], "edge_ids": [id2], "first": CL2,
        "sources": [("d2", CL2, id2, "extracted")]}]
    store.remove_document("d2")
    assert member_of(store) == []
    assert store.stats()["nodes"] == {}


def test_a_document_replaced_by_a_text_without_the_fact_leaves_it_to_the_others(store):
    store.load(small_batch("d1"))
    store.load(small_batch("d2", D2_TEXT))
    store.load(small_batch("d1", extra_edge=False))
    id2 = per_document_id("d2")
    assert member_of(store) == [{
        "id": FACT, "doc": "d2", "docs": ["d2"], "edge_ids": [id2], "first": CL2,
        "sources": [("d2", CL2, id2, "extracted")]}]
    store.load(small_batch("d2", D2_TEXT, extra_edge=False))
    assert member_of(store) == []
    # stated again by the first document: the edge comes back with that document alone
    store.load(small_batch("d1"))
    assert [(r["docs"], r["doc"]) for r in member_of(store)] == [(["d1"], "d1")]


def test_reloading_a_document_stating_a_shared_fact_is_idempotent(store):
    store.load(small_batch("d1"))
    store.load(small_batch("d2", D2_TEXT))
    once = to_json(graph_of_store(store))
    for doc, text in (("d2", D2_TEXT), ("d1", TEXT), ("d1", TEXT)):
        store.load(small_batch(doc, text))
        assert to_json(graph_of_store(store)) == once


def test_the_documents_of_a_fact_are_queryable(store):
    store.load(small_batch("d1"))
    store.load(small_batch("d2", D2_TEXT))
    store.load(small_batch("d3", "Panamá. " + TEXT, extra_edge=False))
    res = store.run("MATCH (c:Country)-[r:MEMBER_OF]->(f:Conference) WHERE $doc IN r.docs "
                    "RETURN c.id AS country, f.id AS forum", {"doc": "d2"})
    assert res.rows == [["country:cl", "conference:crm"]]
    res = store.run("MATCH (:Country)-[r:MEMBER_OF]->(:Conference) UNWIND r.docs AS d "
                    "RETURN d ORDER BY d")
    assert res.rows == [["d1"], ["d2"]]
    assert store.run("MATCH (:Country)-[r:MEMBER_OF]->(:Conference) WHERE $doc IN r.docs "
                     "RETURN r.id", {"doc": "d3"}).rows == []


def test_the_review_lists_a_shared_fact_once_per_document_under_its_own_id(store):
    from actagraph.review import facts, find_fact
    store.load(small_batch("d1"))
    store.load(small_batch("d2", D2_TEXT))
    id1, id2 = per_document_id("d1"), per_document_id("d2")
    rows = [(f["id"], f["document"], f["start"], f["quote"], f["review_status"])
            for f in facts(store) if f["type"] == "MEMBER_OF"]
    assert rows == sorted([(id1, "d1", CL1, "Chile", "extracted"),
                           (id2, "d2", CL2, "Chile", "extracted")])
    assert [(f["id"], f["document"]) for f in facts(store, "d2") if f["type"] == "MEMBER_OF"] \
        == [(id2, "d2")]
    found = find_fact(store, id2)
    assert (found["id"], found["document"], found["start"]) == (id2, "d2", CL2)
    assert find_fact(store, FACT) is None      # the stored key is no decision's key
    found = find_fact(store, id1[:8])
    assert (found["id"], found["document"], found["start"]) == (id1, "d1", CL1)


def worded_batch(doc: str, text: str, quote: str) -> GraphBatch:
    """small_batch's graph for a text of our own, its MEMBER_OF stated by `quote`."""
    b = GraphBatch(doc)
    b.add_node(doc, "Document", doc, title="Doc", text=text, sha256=str(hash(text)), doc=doc)
    pid = f"passage:{doc}:1"
    b.add_node(pid, "Passage", "p1", doc=doc, section="1", paragraph=1, char_start=0,
               char_end=len(text), text=text)
    b.add_edge("IN_DOCUMENT", pid, doc)
    cl, crm, at = text.index("Chile"), text.index("CRM"), text.index(quote)
    b.add_node("country:cl", "Country", "Chile", [Source(doc, "1", 1, cl, cl + 5, "Chile")],
               aliases=["Chile"], curated=True)
    b.add_node("conference:crm", "Conference", "CRM", [Source(doc, "1", 1, crm, crm + 3, "CRM")])
    b.add_edge("MEMBER_OF", "country:cl", "conference:crm",
               [Source(doc, "1", 1, at, at + len(quote), quote)], role="observer")
    return b


ES_TEXT = "La CRM sesionó en Tegucigalpa. Chile participa en la CRM como observador."
ES_QUOTE = "Chile participa en la CRM como observador"
EN_TEXT = "The CRM met in Panama City. Chile took part in the CRM as an observer."
EN_QUOTE = "Chile took part in the CRM as an observer"


@pytest.mark.parametrize("d1, d2", [("d1", "d2"), ('acta "b" \\ 2017', 'acta "a" \\ 2017')])
def test_each_documents_review_of_a_shared_fact_shows_its_own_quote_only(store, d1, d2):
    """One fact (Chile observer of the CRM) stated by a Spanish and an English document in their
    own words: the review of each document shows that document's quote and span, and the read
    behind it (app_review_facts) carries that document's source entry alone, never the other's;
    also for document ids holding a double quote and a backslash (escaped in the JSON)."""
    from actagraph.review import facts
    from queries.library import load_library
    store.load(worded_batch(d1, ES_TEXT, ES_QUOTE))
    store.load(worded_batch(d2, EN_TEXT, EN_QUOTE))
    assert [r["docs"] for r in member_of(store)] == [sorted([d1, d2])]
    read = load_library()["app_review_facts"]
    for doc, text, quote, other in ((d1, ES_TEXT, ES_QUOTE, EN_QUOTE),
                                    (d2, EN_TEXT, EN_QUOTE, ES_QUOTE)):
        start = text.index(quote)
        shown = [(f["id"], f["document"], f["quote"], f["start"], f["end"])
                 for f in facts(store, doc) if f["type"] == "MEMBER_OF"]
        assert shown == [(per_document_id(doc), doc, quote, start, start + len(quote))]
        rows = [r for r in read.run(store, {"doc": doc}).records() if r["type"] == "MEMBER_OF"]
        assert len(rows) == 1 and other not in rows[0]["document_source"]
        assert json.loads(rows[0]["document_source"]) == {
            "document": doc, "section": "1", "paragraph": 1, "start": start,
            "end": start + len(quote), "quote": quote, "edge": per_document_id(doc),
            "rule": "extractor", "confidence": None, "review_status": "extracted",
            "review_reason": None}
    both = [(r["document"], json.loads(r["document_source"])["quote"])
            for r in read.run(store, {"doc": ""}).records() if r["type"] == "MEMBER_OF"]
    assert both == sorted([(d1, ES_QUOTE), (d2, EN_QUOTE)])


def test_the_documents_graph_holds_the_shared_fact_for_each_document(store):
    from queries.library import load_library
    store.load(small_batch("d1"))
    store.load(small_batch("d2", D2_TEXT))
    edges = load_library()["app_document_edges"]
    for doc in ("d1", "d2"):
        res = edges.run(store, {"doc": doc})
        assert [r[1]["type"] for r in res.rows] == ["MEMBER_OF"]
    docs = {r["id"]: r["edges"] for r in load_library()["documents"].run(store).records()}
    assert docs == {"d1": 4, "d2": 4}   # IN_DOCUMENT, two MENTIONS and the shared MEMBER_OF


def test_a_staged_neo4j_load_merges_and_removes_its_facts_at_its_commit_point(
        neo4j_settings, monkeypatch):
    """Neo4j past one chunk (graph.neo4j_load): the same answers as the one-transaction path."""
    from graph.neo4j_load import StagedLoad
    from graph.neo4j_store import Neo4jStore
    store = Neo4jStore(**neo4j_settings)
    staged = []
    real = StagedLoad.run

    def run(self):
        staged.append(self.document)
        return real(self)
    monkeypatch.setattr(StagedLoad, "run", run)
    try:
        store.clear()
        store.chunk_rows = 2                     # every load and removal below is staged
        store.load(small_batch("d1"))
        store.load(small_batch("d2", D2_TEXT))
        id1, id2 = per_document_id("d1"), per_document_id("d2")
        assert [(r["docs"], r["edge_ids"], r["doc"]) for r in member_of(store)] \
            == [(["d1", "d2"], [id1, id2], "d1")]
        store.remove_document("d1")
        assert [(r["docs"], r["edge_ids"], r["doc"]) for r in member_of(store)] \
            == [(["d2"], [id2], "d2")]
        store.remove_document("d2")
        assert member_of(store) == [] and store.stats()["nodes"] == {}
        assert staged == ["d1", "d2", "d1", "d2"]
    finally:
        store.clear()
        store.close()


def forum_rows(store) -> list[tuple]:
    """forum_members of the CRM: (member, role, document, documents, document_count) per row
    that has a member."""
    from queries.library import load_library
    res = load_library()["forum_members"].run(store, {"forum": "CRM"})
    return [(r["member"], r["role"], r["document"], r["documents"], r["document_count"])
            for r in res.records() if r["member"]]


def test_forum_members_lists_every_document_stating_a_membership(store):
    english = "Members of a CRM meeting: Chile and Panama agree to meet again."
    store.load(small_batch("acta-b", D2_TEXT))
    store.load(small_batch("acta-a"))
    store.load(small_batch("minutes-c", english))
    store.load(small_batch("acta-d", "Panamá. " + TEXT, extra_edge=False))
    assert forum_rows(store) == [
        ("Chile", "observer", "acta-a", ["acta-a", "acta-b", "minutes-c"], 3)]
    store.remove_document("acta-a")
    assert forum_rows(store) == [("Chile", "observer", "acta-b", ["acta-b", "minutes-c"], 2)]
    store.load(small_batch("minutes-c", english, extra_edge=False))
    assert forum_rows(store) == [("Chile", "observer", "acta-b", ["acta-b"], 1)]


def test_documents_counts_a_shared_fact_for_every_document_stating_it(store):
    from graph.document_counts import documents
    from queries.library import load_library
    store.load(small_batch("acta-1"))
    store.load(small_batch("acta-2", D2_TEXT))
    store.load(small_batch("minutes-3", "Members of a CRM meeting: Chile and Panama agree.",
                           extra_edge=False))
    saved = load_library()["documents"]
    text, program = saved.run_text(store, {}), documents(store, {})
    assert program.columns == text.columns and program.rows == text.rows
    counts = {r["id"]: (r["passages"], r["nodes"], r["edges"]) for r in program.records()}
    # each states IN_DOCUMENT and its two MENTIONS; the first two also the one MEMBER_OF edge
    assert {d: (p, e) for d, (p, _n, e) in counts.items()} == {
        "acta-1": (1, 4), "acta-2": (1, 4), "minutes-3": (1, 3)}
    store.remove_document("acta-1")
    assert [(r["id"], r["edges"]) for r in documents(store, {}).records()] == [
        ("acta-2", 4), ("minutes-3", 3)]


def test_merging_many_documents_rows_at_once_equals_merging_them_one_by_one():
    """graph.facts.MergedFact (the bulk load's one pass) against folding with_row (the
    normal load's merge, one document at a time), restatements and a spanless row included."""
    from graph.facts import MergedFact, with_row
    columns = dict.fromkeys(("section", "paragraph", "char_start", "char_end", "page", "rule",
                             "confidence", "review_status", "review_reason", "quote"))

    def row(document, starts, role):
        entries = [{"document": document, "quote": f"dice {s}", "start": s, "end": s + 4,
                    "section": "1", "paragraph": s % 3, "edge": f"e:{document}", "rule": "r",
                    "confidence": 0.9, "review_status": "extracted", "review_reason": None}
                   for s in starts]
        return {**columns, "id": "fact", "src": "country:x", "dst": "conference:y",
                "doc": document, "role": role, "docs": [document],
                "doc_edge_ids": [f"e:{document}"], "sources": json.dumps(entries)}

    rows = [row("b", [7, 2], "observer"), row("a", [9], "observer"), row("c", [], "member"),
            row("b", [5], "observer"), row("a", [], "observer")]
    folded, merged = None, MergedFact()
    for r in rows:
        folded = with_row(folded, r)
        merged.add(r)
    assert merged.row() == folded
    assert folded["docs"] == ["a", "b", "c"] and folded["doc"] == "b"
    assert [(e["document"], e["start"]) for e in json.loads(folded["sources"])] == [("b", 5)]
