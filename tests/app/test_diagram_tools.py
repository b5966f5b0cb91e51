"""Inside the interactive diagram: search and highlight a node, filter by kind of node and by
relationship type, and a details box for a clicked node or edge with its quotes. Checked in the
HTML the app draws for the real report, then in Chromium on that very file."""
from __future__ import annotations

import pytest

from tests.app.conftest import ARTIFACTS
from views import network


@pytest.fixture(scope="module")
def register_graph(app_db):
    from graph.embedded_store import EmbeddedStore
    from queries.library import load_library
    from views.panel import diagram_result

    store = EmbeddedStore(app_db)

    class Ctx:
        def saved(self, name, raw):
            return load_library()[name].run(store, raw)
    try:
        result = load_library()["responsibility_register"].run(store, {})
        yield diagram_result(Ctx(), result)
    finally:
        store.close()


@pytest.mark.parametrize("lang,search,filters", [("es", "Buscar en el diagrama", "Filtrar por tipo"),
                                                 ("en", "Search the diagram", "Filter by kind")])
def test_diagram_has_search_filters_and_details(register_graph, lang, search, filters):
    page = network.network_html(register_graph, lang)
    assert 'id="ag-search"' in page and search in page and filters in page
    kinds = {n["kind"] for n in register_graph.nodes.values()}
    types = {e["type"] for e in register_graph.edges.values()}
    for k in kinds:
        assert f'data-kind="{k}"' in page
    for ty in types:
        assert f'data-type="{ty}"' in page
    assert 'class="legend"' in page                       # the legend is always there
    assert 'id="ag-details"' in page


def test_node_details_carry_translated_properties_and_quotes(register_graph):
    troika = register_graph.nodes["body:crm-troika"]
    d = network.node_details(troika, "en")
    assert d["heading"] == "Troika de la CRM" and d["kind"] == "Body"
    edge = next(e for e in register_graph.edges.values()
                if e["type"] == "RESPONSIBLE_FOR" and e["source"] == "body:crm-troika")
    names = {i: n.get("name") for i, n in register_graph.nodes.items()}
    ed = network.edge_details(edge, names, "es")
    assert ed["heading"].startswith("Troika de la CRM → responsable de →")
    assert ["Papel", "parte firmante"] in ed["props"]
    assert ed["quotes"] and ed["quotes"][0]["quote"]


@pytest.mark.browser
def test_search_filter_and_details_work_in_chromium(register_graph, browser):
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / "diagram-tools.html"
    path.write_text(network.network_html(register_graph, "es", title="Registro"), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    page.goto(path.as_uri())
    page.locator("body[data-ready='1']").wait_for(timeout=90_000)
    total = len(register_graph.nodes)

    page.fill("#ag-search", "secretaria tecnica")         # accents and case folded
    page.locator("body[data-hits='2']").wait_for(timeout=30_000)
    selected = page.evaluate("() => window.agNetwork.getSelectedNodes()")
    assert sorted(selected) == ["body:crm-st", "body:csm-st"]
    assert page.locator("#ag-hits").inner_text() == "2 encontrados"
    page.fill("#ag-search", "MAGARIN")                    # one hit: focused, its details open
    page.locator("body[data-hits='1']").wait_for(timeout=30_000)
    assert page.locator("#ag-details").inner_text().count("Liduvina Magarín") == 1

    page.click("#ag-filters summary")
    page.uncheck('#ag-kinds input[data-kind="Country"]')
    countries = sum(1 for n in register_graph.nodes.values() if n["kind"] == "Country")
    assert countries > 0
    assert int(page.get_attribute("body", "data-shown-nodes")) == total - countries
    hidden = page.evaluate("() => window.agNetwork.body.data.nodes.get({filter: n => n.hidden}).map(n => n.kind)")
    assert set(hidden) == {"Country"} and len(hidden) == countries
    page.check('#ag-kinds input[data-kind="Country"]')
    page.uncheck('#ag-types input[data-type="RESPONSIBLE_FOR"]')
    responsible = sum(1 for e in register_graph.edges.values() if e["type"] == "RESPONSIBLE_FOR")
    assert int(page.get_attribute("body", "data-shown-edges")) == len(register_graph.edges) - responsible
    page.check('#ag-types input[data-type="RESPONSIBLE_FOR"]')

    # a click on a node opens its details, as text (never markup)
    page.fill("#ag-search", "")
    page.locator("body[data-hits='0']").wait_for(timeout=30_000)
    page.click("#ag-details button")                      # closes the box
    assert page.locator("#ag-details").is_hidden()
    box = page.locator("#mynetwork").bounding_box()
    pos = page.evaluate("(id) => { const n = window.agNetwork; return n.canvasToDOM(n.getPositions([id])[id]); }",
                        "body:crm-troika")
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    page.locator("#ag-details:not([hidden])").wait_for(timeout=30_000)
    text = page.locator("#ag-details").inner_text()
    assert "Troika de la CRM" in text and "Órgano" in text
    assert page.locator("#ag-details script, #ag-details img").count() == 0
    page.screenshot(path=str(ARTIFACTS / "diagram-tools.png"))
    page.close()
