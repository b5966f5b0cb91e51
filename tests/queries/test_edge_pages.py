"""`network_relations` and the app's `app_review_facts` read the relationships a page at a time
(graph/edge_pages.py): the same columns, rows, order and cut as their saved texts, whatever the
page size, on the report and the hand-made batch, on both engines."""
from __future__ import annotations

import pytest

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
            timeout=60, max_rows=1_000_000, page=page)
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
