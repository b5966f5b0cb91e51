"""`network_relations` and the app's `app_review_facts` and `app_all_edges` read the
relationships a page at a time (graph/edge_pages.py): the same columns, rows, order and cut as
their saved texts, whatever the page size, on the report and the hand-made batch, on both
engines."""
from __future__ import annotations

import json

import pytest

from graph.facts import document_view

from graph import edge_pages
from queries.library import load_library
from tests.queries.test_anchored_programs import assert_program_is_text, cells

LIBRARY = load_library()

TEXT_PARAMS = {"network_relations": [{}],
               "app_review_facts": [{"doc": ""}]}


@pytest.mark.parametrize("name", ["network_relations", "app_review_facts"])
@pytest.mark.parametrize("max_rows", [1, 7, 5000, 1_000_000])
def test_pages_give_the_text_on_the_report(report_store, name, max_rows):
    for params in TEXT_PARAMS[name]:
        rows = assert_program_is_text(report_store, name, params, max_rows).rows
        assert rows


@pytest.mark.parametrize("page", [1, 3, 50])
def test_small_pages_give_every_row_in_order(report_store, monkeypatch, page):
    """Pages smaller than the answer: the rows follow on from page to page, none twice, none
    left out, a relationship's documents never split across two pages."""
    monkeypatch.setattr(edge_pages, "PAGE_EDGES", page)
    for name in ("network_relations", "app_review_facts"):
        whole = LIBRARY[name].run_text(report_store, TEXT_PARAMS[name][0], max_rows=1_000_000)
        paged = edge_pages.paged_edge_rows(
            report_store, edge_pages.NETWORK_RELATIONS if name == "network_relations"
            else edge_pages.REVIEW_FACTS,
            {} if name == "network_relations" else {"doc": ""},
            "edge_id" if name == "network_relations" else "id",
            timeout=60, max_rows=1_000_000, page=page,
            rows_of=None if name == "network_relations"
            else lambda res: edge_pages.review_rows(res, ""))
        assert not paged.truncated
        assert cells(paged) == cells(whole)


def test_review_facts_of_one_document_as_the_text(handmade_store):
    docs = {r["document"] for r in LIBRARY["app_review_facts"].run_text(
        handmade_store, {"doc": ""}, max_rows=1_000_000).records()}
    assert docs
    for doc in sorted(d for d in docs if d) + ["no such document"]:
        assert_program_is_text(handmade_store, "app_review_facts", {"doc": doc}, 1_000_000)
        assert_program_is_text(handmade_store, "app_review_facts", {"doc": doc}, 2)


def test_network_relations_on_the_handmade_batch_as_the_text(handmade_store):
    for cap in (1, 4, 1_000_000):
        assert_program_is_text(handmade_store, "network_relations", {}, cap)


def test_each_review_row_carries_the_entry_the_review_picked_from_the_whole_list(report_store):
    """The review's read carried each relationship's whole `sources` on every row, and the review
    picked the row's document's entry from it (graph.facts.document_view); it now carries that
    entry alone: the same entry, row for row, on the report."""
    whole = report_store.run(
        "MATCH (a)-[r]->(b) WHERE r.doc <> 'reference' AND r.type <> 'IN_DOCUMENT' "
        "AND r.type <> 'MENTIONS' UNWIND coalesce(r.docs, [r.doc]) AS document "
        "RETURN r.id AS id, document, r.sources AS sources ORDER BY id, document",
        max_rows=1_000_000).rows
    rows = LIBRARY["app_review_facts"].run(report_store, {"doc": ""}, max_rows=1_000_000)
    assert [(r["id"], r["document"]) for r in rows.records()] == [(i, d) for i, d, _ in whole]
    carried = [json.loads(r["document_source"]) if r["document_source"] else None
               for r in rows.records()]
    picked = [document_view(sources, document) for _, document, sources in whole]
    assert carried == picked
    assert 0 < sum(p is not None for p in picked) < len(picked)


def graph_cells(res):
    return res.columns, cells(res), res.edges, res.nodes, res.truncated


@pytest.mark.parametrize("max_rows", [1, 7, 5000, 1_000_000])
def test_every_relationship_a_page_at_a_time_as_the_text(report_store, max_rows):
    query = LIBRARY["app_all_edges"]
    text = query.run_text(report_store, {}, max_rows=max_rows)
    assert graph_cells(query.run(report_store, {}, max_rows=max_rows)) == graph_cells(text)
    assert len(text.edges) == min(max_rows, len(report_store.run(
        "MATCH ()-[r]->() RETURN r.id", max_rows=1_000_000).rows))


@pytest.mark.parametrize("page", [1, 3, 50])
def test_every_relationship_in_small_pages_none_twice_none_left_out(report_store, page):
    whole = LIBRARY["app_all_edges"].run_text(report_store, {}, max_rows=1_000_000)
    for cap in (page, 1_000_000):
        paged = edge_pages.all_edges(report_store, {}, max_rows=cap, page=page)
        assert graph_cells(paged) == graph_cells(
            LIBRARY["app_all_edges"].run_text(report_store, {}, max_rows=cap))
    assert not whole.truncated and len(whole.edges) == len(whole.rows)
