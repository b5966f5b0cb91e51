"""`actor_relations` on LadybugDB by its program (graph/actor_relations.py): the entity found
first, then its relationships; the rows are the saved text's, whichever way the entity is named."""
from __future__ import annotations

import pytest

from graph.actor_relations import actor_relations
from queries.library import load_library
from tests.graph.test_fact_edges import D2_TEXT
from tests.graph.test_store_contract import small_batch


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    from graph.embedded_store import EmbeddedStore
    store = EmbeddedStore(tmp_path_factory.mktemp("relations") / "g.lbug")
    with store.writing():
        store.load(small_batch("d1"))
        store.load(small_batch("d2", D2_TEXT))
    yield store
    store.close()


@pytest.mark.parametrize("actor", ["Chile", "chile", "country:cl", "CRM", "nadie"])
def test_the_program_answers_as_the_text(stored, actor):
    saved = load_library()["actor_relations"]
    text = saved.run_text(stored, {"actor": actor})
    program = saved.run(stored, {"actor": actor})
    assert program.columns == text.columns and program.rows == text.rows
    assert (len(text.rows) > 0) == (actor != "nadie")


def test_chile_is_an_observer_of_the_conference_once_whatever_the_documents(stored):
    rows = [r for r in actor_relations(stored, {"actor": "Chile"}).records()
            if r["relation"] == "MEMBER_OF"]
    assert [(r["direction"], r["other_id"], r["role"]) for r in rows] == [
        ("out", "conference:crm", "observer")]


def test_a_row_cap_cuts_the_program_as_the_text(stored):
    saved = load_library()["actor_relations"]
    text = saved.run_text(stored, {"actor": "CRM"}, max_rows=1)
    program = actor_relations(stored, {"actor": "CRM"}, max_rows=1)
    assert program.rows == text.rows and program.truncated == text.truncated
