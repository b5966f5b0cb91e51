"""A user query stopped for time or memory never takes the app down: while one tab runs a query
that explodes, another tab gets its answer; the first tab then says in one line that the query
was stopped (time limit, or the embedded worker's memory ceiling) and answers its next query. Real Chromium, the app served by `streamlit run`, both engines.
"""
from __future__ import annotations

import re

import pytest

from tests.app.conftest import ARTIFACTS, Server
from tests.app.test_browser import open_page, wait_idle

# A variable-length path over the whole report graph: far more paths than any limit allows.
RUNAWAY = "MATCH p=(a)-[*1..12]-(b) RETURN count(*) AS n"
COUNTRIES = "MATCH (n:Country) RETURN n.id AS id ORDER BY id"


def run_in(page, query: str) -> None:
    box = page.get_by_test_id("stTextArea").locator("textarea")
    box.wait_for(timeout=60_000)
    box.fill(query)
    page.get_by_role("button", name="Ejecutar").click()


def countries_in(store) -> int:
    return len(store.run(COUNTRIES).rows)


@pytest.fixture(params=["embedded", "neo4j"])
def answering_server(request, app_db, report_batch):
    if request.param == "embedded":
        from graph.embedded_store import EmbeddedStore
        store = EmbeddedStore(app_db)
        expected = countries_in(store)
        store.close()
        server = Server(app_db)
    else:
        from tests.conftest import neo4j_holding
        store = neo4j_holding(request, report_batch)
        expected = countries_in(store)
        store.close()
        server = Server(None, neo4j=request.getfixturevalue("neo4j_settings"))
    yield server, expected, request.param
    server.stop()


def test_the_app_answers_while_a_query_is_stopped_for_time(answering_server, browser):
    server, expected, engine = answering_server
    assert expected > 5
    slow, errors_slow = open_page(browser, f"{server.url}/?page=cypher&lang=es")
    run_in(slow, RUNAWAY)
    slow.wait_for_timeout(1000)         # the runaway query is running now

    other, errors_other = open_page(browser, f"{server.url}/?page=cypher&lang=es")
    run_in(other, COUNTRIES)
    other.get_by_text(f"{expected} fila(s)").wait_for(timeout=120_000)
    other.screenshot(path=str(ARTIFACTS / f"e2e-answering-{engine}.png"))

    # stopped at the time limit, or (embedded worker) at its memory ceiling: either way one line
    slow.get_by_text(re.compile(r"superó el tiempo límite|query stopped")
                     ).first.wait_for(timeout=120_000)
    wait_idle(slow)
    run_in(slow, COUNTRIES)
    slow.get_by_text(f"{expected} fila(s)").wait_for(timeout=120_000)
    slow.screenshot(path=str(ARTIFACTS / f"e2e-stopped-{engine}.png"))
    assert not errors_slow and not errors_other, errors_slow + errors_other
    slow.close()
    other.close()
