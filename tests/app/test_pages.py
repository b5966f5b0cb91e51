"""Every page of the app runs under Streamlit's AppTest on the real report and shows an answer
the report gives."""
from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.app_runs import run_app


def run_page(page: str, lang: str = "es", **state) -> AppTest:
    return run_app(page, lang, state=state)


def frames_text(at: AppTest) -> str:
    parts = []
    for df in at.dataframe:
        v = df.value
        parts.append(v.to_csv())
    return "\n".join(parts)


@pytest.mark.parametrize("page", ["queries", "responsibilities", "forums", "network", "timeline",
                                  "explore", "sources", "documents", "review", "cypher"])
@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_page_runs(app_env, page, lang):
    at = run_page(page, lang)
    assert at.title[0].value.startswith("actagraph")
    sidebar = " ".join(c.value for c in at.sidebar.caption)
    assert "LadybugDB" in sidebar and str(app_env) in sidebar


def test_page_and_language_are_in_the_url(app_env):
    at = run_page("timeline", "en")
    assert at.query_params["page"] == "timeline" and at.query_params["lang"] == "en"
    at = run_app(url={"page": "sources", "lang": "en"}, clean=False)
    assert at.session_state["page"] == "sources" and at.header[0].value == "Sources"


def test_forums_page_shows_the_crm_troika(app_env):
    at = run_page("forums")
    matrix = at.dataframe[0].value
    crm_cols = [c for c in matrix.columns if "CRM" in str(c)]
    assert crm_cols, list(matrix.columns)
    for country in ("El Salvador", "Honduras", "Panamá"):
        assert country in matrix.index
        row = " ".join(str(matrix.loc[country, c]) for c in crm_cols).lower()
        assert "troika" in row, (country, row)
    assert "Paraguay" in matrix.index and "Chile" in matrix.index


def _network_brokers(at: AppTest) -> dict[str, dict]:
    frame = at.dataframe[0].value
    return {r[frame.columns[0]]: r for r in frame.to_dict("records")}


@pytest.mark.parametrize("lang,forums,roles", [("es", "Foros", "Roles"), ("en", "Forums", "Roles")])
def test_network_page_lists_the_brokers_the_cli_lists(app_env, lang, forums, roles):
    """The same brokers as `actagraph analyse brokers` on the report: Chile and Panamá, the two
    technical secretariats, each tied to its conference and to the joint CRM-CSM group."""
    from graph import analytics as an
    from graph.embedded_store import EmbeddedStore
    store = EmbeddedStore(app_env)
    try:
        expected = an.brokers(an.network(store))
    finally:
        store.close()
    at = run_page("network", lang)
    shown = _network_brokers(at)
    assert list(shown) == [r["actor"] for r in expected]
    assert {"Chile", "Panamá"} <= set(shown)
    group = "Grupo de trabajo ad-hoc CRM-CSM sobre el Pacto Mundial"
    assert shown["Chile"][forums] == f"CSM; {group}"
    # roles in words, never codes ("troika_member" is "troika" in both languages)
    assert "CRM: troika (Troika de la CRM)" in shown["Panamá"][roles]
    assert "troika_member" not in shown["Panamá"][roles]
    # the measures table keeps numbers as numbers, so it sorts numerically
    measures = at.dataframe[1].value
    betweenness = "Intermediación" if lang == "es" else "Betweenness"
    assert str(measures[betweenness].dtype).startswith("float")
    assert measures[betweenness].is_monotonic_decreasing
    # the heat map: countries x forums, the forums in order
    chart = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert chart["mark"]["type"] == "rect"
    assert chart["encoding"]["x"]["sort"][:2] == ["CRM", "CSM"]
    # the diagram: brokers have a thick border, size grows with betweenness
    nodes = _diagram_nodes(at)
    assert nodes["country:cl"]["borderWidth"] == 5 and "borderWidth" not in nodes["country:hn"]
    assert nodes["country:cl"]["size"] > nodes["country:hn"]["size"]


def _diagram_nodes(at: AppTest) -> dict[str, dict]:
    doc = at.get("iframe")[0].proto.srcdoc
    data = re.search(r"var rawNodes = (\[.*?\]);\n", doc).group(1)
    return {item["id"]: item for item in json.loads(data)}


def test_network_page_escapes_hostile_names(hostile_db, monkeypatch):
    from tests.app.report_fixture import PAYLOAD_IMG, PAYLOAD_SCRIPT
    monkeypatch.setenv("ACTAGRAPH_DB", str(hostile_db))
    monkeypatch.delenv("NEO4J_URI", raising=False)
    at = run_page("network", "en")
    measures = at.dataframe[1].value
    assert PAYLOAD_SCRIPT in set(measures["Actor"])          # shown as text in the table
    doc = at.get("iframe")[0].proto.srcdoc
    assert PAYLOAD_SCRIPT not in doc and PAYLOAD_IMG not in doc
    drawn = _diagram_nodes(at)["country:xss"]
    assert drawn["title"].startswith("&lt;script&gt;window.__xss=1")


def test_network_page_year_filter(app_env):
    at = run_page("network", "en")
    year = at.selectbox(key="net-year")
    assert year.options == ["All", "2017"]
    year.set_value("2017").run()
    assert not at.exception
    assert {"Chile", "Panamá"} <= set(_network_brokers(at))


def test_responsibilities_page_lists_agreement_11_with_the_technical_secretariats(app_env):
    at = run_page("responsibilities")
    matrix = at.dataframe[0].value
    col = next(c for c in matrix.columns if str(c).split(" · ")[-1] == "11")
    responsible = [a for a in matrix.index if "responsable" in str(matrix.loc[a, col])]
    assert any("Secretar" in a and "CRM" in a for a in responsible), responsible
    assert any("Secretar" in a and "CSM" in a for a in responsible), responsible
    # click-through: open agreement 11 and read its text and quote
    box = at.selectbox(key="resp-commitment")
    assert any(str(o).startswith("11 ·") for o in box.options)
    eleven = next(i for i in _commitment_ids() if i.endswith(":11"))
    box.set_value(eleven).run()
    assert not at.exception
    texts = " ".join(t.value for t in at.text)
    assert "Secretarías Técnicas de ambas Conferencias mantendrán actualizado" in texts
    quotes = " ".join(h.proto.body for h in at.get("html"))
    assert "<mark" in quotes


def _commitment_ids() -> list[str]:
    import os
    from graph.embedded_store import EmbeddedStore
    s = EmbeddedStore(os.environ["ACTAGRAPH_DB"])
    try:
        return [r[0] for r in s.run("MATCH (c:Commitment) RETURN c.id").rows]
    finally:
        s.close()


def test_timeline_page_has_dates_at_their_precision(app_env):
    at = run_page("timeline")
    table = at.dataframe[0].value
    text = table.to_csv()
    assert "2017-04-04" in text            # the #NegocioMortal launch, day precision
    assert "semana" in text and "mes" in text
    assert "2011-" in text, "the timeline opens on every year, the 2011 reference included"
    years = at.slider(key="tl-years")
    assert years.value == (years.min, years.max) and years.min == 2011
    ics = next(b for b in at.get("download_button") if b.proto.label.startswith("Calendario"))
    assert ics.proto.label.endswith("(2011–2017)")


def test_explore_page_finds_panama_without_accent(app_env):
    at = run_page("explore", **{"explore-q": "panama"})
    hits = at.selectbox(key="explore-hit")
    assert any("Panamá" in str(o) for o in hits.options)
    # the heading is escaped HTML (a name is text, never markup)
    assert any("Panamá</h3>" in e.proto.body for e in at.get("html"))


def test_sources_page_highlights_mentions(app_env):
    at = run_page("sources")
    html_parts = " ".join(h.proto.body for h in at.get("html"))
    assert "<mark" in html_parts and "Troikas" in html_parts


def test_cypher_page_refuses_writes(app_env):
    at = run_app("cypher", state={"cypher-text": "MATCH (n) DETACH DELETE n"}, clean=False,
                 timeout=60)
    assert not at.exception
    assert any("solo lectura" in e.value for e in at.error), [e.value for e in at.error]
    assert len(_commitment_ids()) >= 11          # nothing was deleted


def test_cypher_page_draws_a_result(app_env):
    at = run_page("cypher")
    assert len(at.dataframe) == 1
    frame = at.dataframe[0].value
    assert "actor" in frame.columns


@pytest.mark.parametrize("uri, user, password, said", [
    # how to fix it is said; the password is not
    ("bolt://127.0.0.1:1", "neo4j", "s3cr3t-do-not-show", "NEO4J_PASSWORD"),
    # the address is said without the credentials written into it
    ("bolt://analyst:hunter2-secret@127.0.0.1:1", "analyst", "other-secret", "bolt://127.0.0.1:1"),
])
def test_store_errors_are_messages_without_secrets(monkeypatch, uri, user, password, said):
    monkeypatch.setenv("NEO4J_URI", uri)
    monkeypatch.setenv("NEO4J_USER", user)
    monkeypatch.setenv("NEO4J_PASSWORD", password)
    monkeypatch.setenv("ACTAGRAPH_NEO4J_RETRY_S", "1")
    at = run_app(clean=False, timeout=60)
    assert not at.exception and at.error
    shown = " ".join(e.value for e in at.error) + " ".join(i.value for i in at.info)
    assert "unreachable" in shown or "Neo4j" in shown
    everything = str([e.proto for e in at.main]) + str([e.proto for e in at.sidebar])
    assert said in everything
    assert password not in everything and "hunter2-secret" not in everything


@pytest.fixture
def neo4j_app_env(request, monkeypatch, neo4j_settings, report_batch):
    """The app pointed at the real Neo4j holding the report (the engine is chosen by NEO4J_URI).
    Named as arguments, neo4j_settings marks the tests that use it `neo4j` (tests/conftest.py)."""
    from tests.conftest import neo4j_holding
    settings = neo4j_settings
    neo4j_holding(request, report_batch).close()
    monkeypatch.setenv("NEO4J_URI", settings["uri"])
    monkeypatch.setenv("NEO4J_USER", settings["user"])
    monkeypatch.setenv("NEO4J_PASSWORD", settings["password"])
    monkeypatch.setenv("NEO4J_DATABASE", settings["database"])
    monkeypatch.delenv("ACTAGRAPH_ENGINE", raising=False)
    return settings


@pytest.mark.parametrize("page", ["queries", "responsibilities", "forums", "network", "timeline",
                                  "explore", "sources", "documents", "review", "cypher"])
def test_every_page_runs_on_neo4j(neo4j_app_env, page):
    at = run_page(page, "en")
    sidebar = " ".join(c.value for c in at.sidebar.caption)
    assert "Neo4j" in sidebar and neo4j_app_env["uri"] in sidebar
    everything = str([e.proto for e in at.main]) + str([e.proto for e in at.sidebar])
    assert neo4j_app_env["password"] not in everything


def test_forums_page_on_neo4j_shows_the_crm_troika(neo4j_app_env):
    at = run_page("forums")
    matrix = at.dataframe[0].value
    crm_cols = [c for c in matrix.columns if "CRM" in str(c)]
    for country in ("El Salvador", "Honduras", "Panamá"):
        row = " ".join(str(matrix.loc[country, c]) for c in crm_cols).lower()
        assert "troika" in row, (country, row)


def test_a_jump_to_sources_opens_the_edge_behind_a_link(app_env):
    """The link other pages put under an edge's quotes opens Sources on that very edge."""
    from graph.embedded_store import EmbeddedStore
    store = EmbeddedStore(app_env)
    res = store.run("MATCH (c:Country)-[r:FOCAL_POINT]->(b:Body) WHERE c.name = 'Panamá' RETURN r")
    edge = res.rows[0][0]
    store.close()
    at = run_app(lang="es", url={"page": "sources", "doc": edge["properties"]["doc"],
                                 "edge": edge["id"]}, clean=False)
    assert not at.exception
    import html as html_lib
    import re
    picked = at.selectbox(key="src-edge")
    label = picked.options[picked.value]
    assert "Panamá" in label and "focal" in label.lower(), label
    quote = edge["properties"]["sources"][0]["quote"]
    shown = [html_lib.unescape(re.sub(r"<[^>]+>", "", h.proto.body)) for h in at.get("html")]
    assert any(quote in body for body in shown), quote


def test_responsibility_evidence_is_the_whole_sentence(app_env):
    """Agreement 9's troikas are responsible because the acta's opening sentence says they
    agreed; the evidence shown is that whole sentence with the rule's span highlighted inside
    it, never the bare fragment «han acordado.»."""
    import re
    at = run_page("responsibilities")
    box = at.selectbox(key="resp-commitment")
    at = box.select(next(o for o in box.options if o.startswith("9 ·"))).run()
    rows = [e.proto.body for e in at.get("html") if e.proto.body.startswith("<blockquote><b>Troika de la CRM")]
    assert len(rows) == 1, "one evidence block for the CRM troika"
    plain = re.sub(r"<[^>]+>", "", rows[0])
    assert ("Los Países Miembros de las troikas de la Conferencia Regional sobre Migración "
            "(El Salvador, Honduras y Panamá)") in plain
    assert "han acordado" in plain and 'class="focus"' in rows[0]

def test_cypher_page_refuses_admin_commands(app_env):
    at = run_app("cypher", state={"cypher-text": "SHOW SETTINGS YIELD name, value"},
                 clean=False, timeout=60)
    assert not at.exception
    assert [e.value for e in at.error if "SHOW" in e.value], [e.value for e in at.error]
    assert not at.dataframe


@pytest.mark.parametrize("lang, said", [("en", "The link gives min_forums the value"),
                                        ("es", "El enlace da a min_forums el valor")])
@pytest.mark.parametrize("value", ["99999999999999999999", "-9007199254740992"])
def test_a_link_with_a_whole_number_the_form_cannot_hold_is_one_line_and_the_default(
        app_env, lang, said, value):
    at = run_app(url={"page": "queries", "lang": lang, "q": "multi_forum_actors",
                      "p.min_forums": value}, clean=False)
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert [w.value for w in at.warning if said in w.value] and len(at.warning) == 1
    assert value in at.warning[0].value and "\n" not in at.warning[0].value
    default = run_app(url={"page": "queries", "lang": lang, "q": "multi_forum_actors"})
    assert at.number_input[0].value == default.number_input[0].value
    assert at.dataframe[0].value.equals(default.dataframe[0].value)


def test_a_link_with_the_largest_whole_number_the_form_holds_is_taken_as_written(app_env):
    at = run_app(url={"page": "queries", "lang": "en", "q": "multi_forum_actors",
                      "p.min_forums": "9007199254740991"})
    assert not at.warning and at.number_input[0].value == 9007199254740991
