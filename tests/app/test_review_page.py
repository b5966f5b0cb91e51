"""The Review page on the bundled report: under AppTest (accept, reject, correct, add, each
seen in the store) and end to end in Chromium (accept, reject and add, then the change in the
responsibility register's answer). Each test has its own database and review file, since the
page writes."""
from __future__ import annotations

import csv
import io
import shutil

import pytest
from streamlit.testing.v1 import AppTest

from graph.review import fact_id
from tests.app.app_runs import run_app
from tests.app.conftest import ARTIFACTS, Server, _make_db, report_batch
from tests.conftest import REPORT_ID

ACTA_11 = f"commitment:{REPORT_ID}:acta:11"
REPORT_2 = f"commitment:{REPORT_ID}:report:2"
WRONG = fact_id("RESPONSIBLE_FOR", "body:crm-st", ACTA_11, REPORT_ID)
RIGHT = fact_id("RESPONSIBLE_FOR", "body:csm-st", ACTA_11, REPORT_ID)
ADDED = fact_id("RESPONSIBLE_FOR", "country:cl", REPORT_2, REPORT_ID)
CHILE_QUOTE = "Chile será el punto focal de la CSM"


@pytest.fixture(scope="module")
def pristine_db(tmp_path_factory):
    return _make_db(tmp_path_factory.mktemp("review-pristine") / "graph.lbug", report_batch())


@pytest.fixture
def review_db(pristine_db, tmp_path, monkeypatch):
    """A copy of the loaded report that this test may change (its review file starts empty)."""
    db = tmp_path / "graph.lbug"
    shutil.copy(pristine_db, db)
    monkeypatch.setenv("ACTAGRAPH_DB", str(db))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    monkeypatch.delenv("ACTAGRAPH_ENGINE", raising=False)
    monkeypatch.delenv("ACTAGRAPH_REVIEW", raising=False)
    return db


def statuses(db, ids) -> dict:
    from graph.embedded_store import EmbeddedStore
    store = EmbeddedStore(db)
    try:
        res = store.run("MATCH ()-[r]->() WHERE r.id IN $ids RETURN r.id, r.review_status",
                        {"ids": list(ids)})
        return dict((i, s) for i, s in res.rows)
    finally:
        store.close()


def review_page(**query) -> AppTest:
    return run_app(lang="es", url={"page": "review", **query}, timeout=180)


def test_review_page_shows_a_fact_with_its_whole_sentence(review_db):
    at = review_page(fact=WRONG)
    picked = at.selectbox(key="review-fact")
    assert picked.value == WRONG
    assert "Secretaría Técnica de la CRM" in picked.options[picked.index]
    bodies = " ".join(h.proto.body for h in at.get("html"))
    # the whole sentence of acta agreement 11, the quote in focus
    assert "mantendrán actualizado un calendario de eventos" in bodies
    assert 'class="focus">Secretarías Técnicas de ambas Conferencias mantendrán actualizado' in bodies
    assert any("extractor" in m.value for m in at.markdown)


# slow: four decisions, each re-extracting the report; `make test` runs it
@pytest.mark.slow
def test_accept_reject_correct_and_add_under_apptest(review_db):
    at = review_page(fact=WRONG)
    at.button(key=f"review-reject-{WRONG}").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("rechazado" in s.value for s in at.success)
    at = review_page(fact=RIGHT)
    at.button(key=f"review-accept-{RIGHT}").click().run()
    assert any("aceptado" in s.value for s in at.success)
    assert statuses(review_db, [WRONG, RIGHT]) == {RIGHT: "accepted"}

    at = review_page()
    box = at.selectbox(key="review-add-passage")
    label = next(o for o in box.options if "¶61 ·" in o)      # report decision 2's passage
    box.set_value(box.options.index(label)).run()
    at.text_input(key="review-add-quote").input(CHILE_QUOTE)
    at.selectbox(key="review-add-type").set_value("RESPONSIBLE_FOR")
    at.selectbox(key="review-add-from").set_value("country:cl")
    at.selectbox(key="review-add-to").set_value(REPORT_2)
    at.button[-1].click().run()                        # the form's submit button
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("añadido" in s.value for s in at.success)
    assert statuses(review_db, [ADDED]) == {ADDED: "added"}


def registry_csv(page) -> dict[str, str]:
    """Download the responsibility register's table as CSV: commitment id -> responsible. Under
    load the page may still show the answer of the query chosen before (its CSV has other
    columns): wait and download again, three times at most."""
    from tests.app.test_browser import wait_idle
    for attempt in range(3):
        with page.expect_download() as dl:
            page.get_by_role("button", name="Tabla para hoja de cálculo (CSV)").click()
        path = ARTIFACTS / "e2e-review-register.csv"
        dl.value.save_as(path)
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
        if rows and "responsible" in rows[0] or attempt == 2:
            return {r["id"]: r["responsible"] for r in rows}
        wait_idle(page)
        page.wait_for_timeout(5_000)


@pytest.mark.browser
def test_review_in_chromium_changes_the_saved_query_answer(pristine_db, tmp_path, browser):
    from tests.app.test_browser import open_page, wait_idle
    db = tmp_path / "graph.lbug"
    shutil.copy(pristine_db, db)
    ARTIFACTS.mkdir(exist_ok=True)
    server = Server(db)
    try:
        page, errors = open_page(browser, f"{server.url}/?page=review&fact={WRONG}")
        wait_idle(page)
        page.get_by_role("button", name="Rechazar").click()
        wait_idle(page)
        page.get_by_text("Decisión guardada: rechazado").wait_for(timeout=120_000)

        page.goto(f"{server.url}/?page=review&fact={RIGHT}")
        wait_idle(page)
        page.get_by_role("button", name="Aceptar").click()
        wait_idle(page)
        page.get_by_text("Decisión guardada: aceptado").wait_for(timeout=120_000)

        # add a fact: pick the passage, paste the selected words, say what they state
        page.goto(f"{server.url}/?page=review")
        wait_idle(page)

        def choose(label: str, typed: str, option: str | None = None):
            # Under load the box may re-render between the click and the typing, so the list never
            # opens or loses what was typed: close it and try again (three times) before calling
            # it a failure.
            for attempt in range(3):
                box = page.get_by_test_id("stSelectbox").filter(has_text=label).last
                box.wait_for(state="visible", timeout=60_000)
                box.click()
                page.keyboard.type(typed)
                # the list re-renders as it filters: wait for the option, then press Enter
                try:
                    page.wait_for_function(
                        "() => document.querySelectorAll('[role=option]').length >= 1",
                        timeout=30_000)
                    page.wait_for_timeout(500)
                    target = page.get_by_role("option", name=option or typed).first
                    target.wait_for(state="visible", timeout=30_000)
                    break
                except Exception:
                    if attempt == 2:
                        raise
                    page.keyboard.press("Escape")
                    wait_idle(page)
            page.keyboard.press("Enter") if option is None else target.click()
            wait_idle(page)

        choose("Pasaje", "¶61 ·", None)
        page.get_by_label("Cita (texto exacto del pasaje)").fill(CHILE_QUOTE)
        choose("Tipo de relación", "RESPONSIBLE_FOR")
        choose("Origen", "Chile (Country)")
        choose("Destino", "Decisión 2 del informe (Commitment)")
        page.get_by_role("button", name="Añadir el hecho").click()
        wait_idle(page)
        page.get_by_text("Decisión guardada: añadido").wait_for(timeout=120_000)
        page.screenshot(path=str(ARTIFACTS / "e2e-review.png"))
        assert statuses(db, [WRONG, RIGHT, ADDED]) == {RIGHT: "accepted", ADDED: "added"}

        # the saved query's answer shows all three decisions
        page.goto(f"{server.url}/?page=queries")
        wait_idle(page)
        page.get_by_test_id("stSelectbox").first.click()
        page.keyboard.type("Registro de responsabilidades")
        page.get_by_role("option", name="Registro de responsabilidades", exact=True).click()
        wait_idle(page)
        answer = registry_csv(page)
        assert "Secretaría Técnica de la CRM" not in answer[ACTA_11]
        assert "Secretaría Técnica de la CSM" in answer[ACTA_11]
        assert "Chile" in answer[REPORT_2]
        page.screenshot(path=str(ARTIFACTS / "e2e-review-register.png"))
        assert not errors, errors
        page.close()
    finally:
        server.stop()


def test_every_drawn_fact_says_how_it_stands():
    from views.network import edge_tooltip
    edge = {"id": ADDED, "type": "RESPONSIBLE_FOR", "source": "country:cl", "target": REPORT_2,
            "properties": {"review_status": "added", "sources": [{"quote": CHILE_QUOTE}]}}
    tip = edge_tooltip(edge, {"country:cl": "Chile"}, "es")
    assert "[añadido por un analista]" in tip and CHILE_QUOTE in tip
    edge["properties"]["review_status"] = "extracted"
    assert "[extraído (sin revisar)]" in edge_tooltip(edge, {}, "es")
