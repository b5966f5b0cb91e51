"""The diagram's selection panel (details of a node with its sources, expanding a node with its
neighbours through a saved query) and the selection kept in the URL, under AppTest on the real
report, in both languages."""
from __future__ import annotations

import html as html_lib
import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.app_runs import run_app
from tests.conftest import REPORT_ID

ACTA_9_TEXT = "Videoconferencia durante la última semana de abril entre ambas troikas"


def open_url(lang: str, **query) -> AppTest:
    return run_app(url={"page": "queries", "lang": lang, **query}, timeout=180)


def shown_text(at: AppTest) -> str:
    parts = [str(e.value) for e in at.text] + [str(e.value) for e in at.markdown]
    parts += [html_lib.unescape(re.sub(r"<[^>]+>", "", h.proto.body)) for h in at.get("html")]
    parts += [df.value.to_csv() for df in at.dataframe]
    return "\n".join(parts)


def diagram_size(at: AppTest) -> tuple[int, int]:
    for c in at.caption:
        m = re.search(r"(\d+) (?:nodos|nodes), (\d+) (?:relaciones|relationships)", c.value)
        if m:
            return int(m.group(1)), int(m.group(2))
    raise AssertionError([c.value for c in at.caption])


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_copied_link_reopens_the_query_its_parameters_and_the_node(app_env, lang):
    node = f"commitment:{REPORT_ID}:acta:9"
    at = open_url(lang, q="commitment_detail", **{"p.commitment": "9"}, node=node)
    assert at.selectbox(key="query-name").value == "commitment_detail"
    text = shown_text(at)
    assert ACTA_9_TEXT in text                          # the answer about agreement 9
    picker = next(s for s in at.selectbox if s.key and s.key.startswith("node-"))
    assert picker.value == node                           # the node of the link is selected
    heading = "Detalles del nodo seleccionado" if lang == "es" else "Details of the selected node"
    assert heading in text
    # the URL says all of it, so the same link can be copied again
    assert at.query_params["q"] == "commitment_detail"
    assert at.query_params["p.commitment"] == "9"
    assert at.query_params["node"] == node and at.query_params["lang"] == lang


def test_choosing_a_query_and_a_node_writes_them_to_the_url(app_env):
    at = open_url("en")
    box = at.selectbox(key="query-name")
    at = box.select("focal_points").run()
    assert at.query_params["q"] == "focal_points"
    picker = next(s for s in at.selectbox if s.key and s.key.startswith("node-"))
    panama = next(o for o in picker.options if o.startswith("Panamá"))
    at = picker.select(panama).run()
    assert at.query_params["node"] == "country:pa"
    # another page does not carry the query's selection
    at.session_state["page"] = "timeline"
    at.run()
    assert "q" not in at.query_params and "node" not in at.query_params


@pytest.mark.parametrize("lang", ["es", "en"])
def test_selected_node_shows_properties_and_sources_with_a_link(app_env, lang):
    at = open_url(lang, q="commitment_detail", **{"p.commitment": "9"},
                  node="body:crm-troika")
    text = shown_text(at)
    # the troika's responsibility for agreement 9, with the whole sentence that says it
    assert "Los Países Miembros de las troikas de la Conferencia Regional sobre Migración" in text
    links = [m.value for m in at.markdown if "page=sources" in m.value]
    assert links and f"doc={REPORT_ID}" in links[0] and "edge=" in links[0]


def test_expand_adds_the_neighbours_of_a_node(app_env):
    at = open_url("es", q="commitment_detail", **{"p.commitment": "9"}, node="body:crm-troika")
    before = diagram_size(at)
    button = next(b for b in at.button if b.label == "Ampliar con sus vecinos")
    at = button.click().run()
    after = diagram_size(at)
    assert after[0] > before[0] and after[1] > before[1], (before, after)
    # the troika's members are among the neighbours drawn now
    picker = next(s for s in at.selectbox if s.key and s.key.startswith("node-"))
    assert any(o.startswith("Panamá") for o in picker.options)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_explore_page_link_reopens_the_entity(app_env, lang):
    at = run_app(url={"page": "explore", "lang": lang, "node": "country:pa"}, clean=False,
                 timeout=180)
    assert not at.exception and not at.error
    assert at.text_input(key="explore-q").value == "Panamá"
    assert at.selectbox(key="explore-hit").value == "country:pa"
    assert at.query_params["node"] == "country:pa"
    assert any("Panamá" in h.proto.body for h in at.get("html"))


@pytest.mark.parametrize("lang, note", [
    ("es", "No hay ningún actor ni entidad «Atlántida» en el almacén (Actor (id, nombre o alias))."),
    ("en", "There is no actor or entity “Atlántida” in the store (Actor (id, name or alias))."),
])
def test_a_query_about_an_actor_the_store_does_not_hold_says_so(app_env, lang, note):
    at = open_url(lang, q="commitments_of_actor", **{"p.actor": "Atlántida"})
    assert [i.value for i in at.info if "Atlántida" in i.value] == [note]
    at = open_url(lang, q="statements_of_actor", **{"p.actor": "Belice"})   # held, no statement
    assert not [i.value for i in at.info if "Belice" in i.value]
