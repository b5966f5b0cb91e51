"""The app issue's acceptance test, end to end in headless Chromium, on the embedded engine and
on Neo4j, in Spanish and in English:

1. upload a PDF and a Markdown document (shared cases 08 and 03) and see each listed with what
   was read from it (title, date, language, format, pages);
2. answer "who must do acta agreement 9, by when, and where does it say so" on the bundled
   report: the commitment detail query, reached by a copied link (query, parameter and selected
   node in the URL), shows the troikas, the last week of April 2017, and the whole sentence;
3. export that answer's diagram as PNG and SVG; the SVG carries the legend and the source document;
4. download the timeline's .ics and find the 2011 event (the troikas' meeting in Quito) in it.

Waits are generous and select boxes are not used (links carry the selection), so the test holds
on a loaded machine.
"""
from __future__ import annotations

import shutil
from urllib.parse import urlencode

import pytest

from tests.app.conftest import ARTIFACTS, Server, _make_db, report_batch
from tests.conftest import REPORT_ID
from tests.shared_documents import CASES, case_expectations

pytestmark = pytest.mark.browser

PDF, MD = "08-acta-pdf-membrete.pdf", "03-front-matter.md"
ACTA_9 = f"commitment:{REPORT_ID}:acta:9"
WHOLE_SENTENCE = ("Los Países Miembros de las troikas de la Conferencia Regional sobre Migración "
                  "(El Salvador, Honduras y Panamá)")
WORDS = {
    "es": {"load": "Cargar 2 archivo(s)", "png": "Diagrama como imagen (PNG)",
           "svg": "Diagrama como imagen vectorial (SVG)", "legend": "Leyenda", "sources": "Fuentes",
           "ics": "Calendario de eventos y plazos (.ics)", "loaded": "cargado"},
    "en": {"load": "Load 2 file(s)", "png": "Diagram as picture (PNG)",
           "svg": "Diagram as vector image (SVG)", "legend": "Legend", "sources": "Sources",
           "ics": "Calendar of events and deadlines (.ics)", "loaded": "loaded"},
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    return _make_db(tmp_path_factory.mktemp("accept") / "graph.lbug", report_batch())


@pytest.fixture(params=["embedded", "neo4j"])
def app_server(request, pristine, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    if request.param == "embedded":
        db = tmp_path / "graph.lbug"
        shutil.copy(pristine, db)
        server = Server(db, review=tmp_path / "review.json")
    else:
        from tests.conftest import neo4j_holding
        settings = request.getfixturevalue("neo4j_settings")
        neo4j_holding(request, request.getfixturevalue("report_batch")).close()
        server = Server(None, neo4j=settings, review=tmp_path / "review.json")
    yield request.param, server
    server.stop()
    if request.param == "neo4j":                  # leave the shared database as others expect it
        from tests.conftest import neo4j_holding
        neo4j_holding(request, request.getfixturevalue("report_batch")).close()


def open_page(browser, url):
    from tests.app.test_browser import open_page as _open
    return _open(browser, url)


def wait_idle(page):
    page.wait_for_timeout(800)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=180_000)


def download(page, button: str, name: str):
    btn = page.get_by_role("button", name=button, exact=True)
    btn.wait_for(state="visible", timeout=120_000)
    with page.expect_download(timeout=180_000) as dl:
        btn.click()
    path = ARTIFACTS / name
    dl.value.save_as(path)
    return path


@pytest.mark.parametrize("lang", ["es", "en"])
def test_upload_answer_export_and_calendar(app_server, browser, lang):
    engine, server = app_server
    words = WORDS[lang]
    expected = case_expectations()
    tag = f"{engine}-{lang}"

    # 1. upload a PDF and a Markdown file, see what was read from each
    page, errors = open_page(browser, f"{server.url}/?page=documents&lang={lang}")
    wait_idle(page)
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(
        [str(CASES / PDF), str(CASES / MD)])
    page.get_by_role("button", name=words["load"]).click(timeout=120_000)
    summary = page.locator('[data-testid="stText"]')
    summary.nth(1).wait_for(timeout=300_000)          # one summary per file, after the rerun
    wait_idle(page)
    read = page.locator('[data-testid="stMain"]').inner_text()
    assert expected[PDF]["document"]["title"] in read
    assert expected[MD]["document"]["title"] in read and "2023-09-21" in read
    assert "pdf" in read.lower() and "markdown" in read.lower()
    assert read.count(f" · {words['loaded']}") == 2, read[:2000]
    page.screenshot(path=str(ARTIFACTS / f"accept-{tag}-upload.png"))
    sidebar = page.locator('[data-testid="stSidebar"]').inner_text()
    assert REPORT_ID in sidebar and len(sidebar.split(",")) >= 3, sidebar     # three documents now

    # 2. who must do acta agreement 9, by when, and where does it say so: a copied link
    link = urlencode({"page": "queries", "lang": lang, "q": "commitment_detail",
                      "p.commitment": ACTA_9, "node": ACTA_9})
    page.goto(f"{server.url}/?{link}")
    wait_idle(page)
    main = page.locator('[data-testid="stMain"]')
    main.get_by_text(WHOLE_SENTENCE, exact=False).first.wait_for(timeout=180_000)
    answer = main.inner_text()
    (ARTIFACTS / f"accept-{tag}-answer.txt").write_text(answer, encoding="utf-8")
    assert "Troika de la CRM" in answer and "Troika de la CSM" in answer          # who
    assert "2017-04-24/2017-04-30" in answer                                    # by when
    assert WHOLE_SENTENCE in answer and "han acordado" in answer                # where it says so
    assert REPORT_ID in answer
    page.screenshot(path=str(ARTIFACTS / f"accept-{tag}-answer.png"), full_page=True)

    # 3. the answer's diagram as PNG and SVG
    png = download(page, words["png"], f"accept-{tag}.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5_000
    svg = download(page, words["svg"], f"accept-{tag}.svg").read_text(encoding="utf-8")
    import xml.etree.ElementTree as ET
    texts = [t.text or "" for t in ET.fromstring(svg.encode("utf-8")).iter("{http://www.w3.org/2000/svg}text")]
    drawn = "".join(texts)                            # labels wrap over several text lines
    assert words["legend"] in texts                                   # the legend
    assert f"{words['sources']}: {REPORT_ID}" in drawn                # the source document
    assert "Troika de la CRM" in drawn

    # 4. the timeline's calendar holds the 2011 meeting in Quito
    page.goto(f"{server.url}/?page=timeline&lang={lang}")
    wait_idle(page)
    ics_button = page.get_by_role("button", name=words["ics"], exact=False)
    ics_button.first.wait_for(state="visible", timeout=180_000)
    with page.expect_download(timeout=180_000) as dl:
        ics_button.first.click()
    path = ARTIFACTS / f"accept-{tag}.ics"
    dl.value.save_as(path)
    import icalendar
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events_2011 = [e for e in cal.walk("VEVENT") if str(e.decoded("DTSTART"))[:4] == "2011"]
    assert events_2011, [str(e.get("SUMMARY")) for e in cal.walk("VEVENT")]
    assert any("Quito" in str(e.get("SUMMARY")) + str(e.get("LOCATION", "")) + str(e.get("DESCRIPTION", ""))
               for e in events_2011), [str(e.get("SUMMARY")) for e in events_2011]
    assert not errors, errors
    page.close()
