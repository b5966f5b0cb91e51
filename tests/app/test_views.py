"""Unit tests of views/: legend, escaping, offline HTML, static diagrams, calendar, briefing,
matrices, search and highlighting — on small results written here and on the hostile document."""
from __future__ import annotations

import io
import json
import re
import xml.etree.ElementTree as ET
import zipfile

import pytest

from graph.store import QueryResult
from tests.app.report_fixture import PAYLOAD_HREF, PAYLOAD_IMG, PAYLOAD_SCRIPT
from views import briefing, calendar, explore, exports, matrix, network, static
from views.highlight import highlight
from views.i18n import edge_label, t
from views.kinds import kind_styles, legend_html

REMOTE = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//|@import|url\(\s*["']?https?:""", re.I)


def node(nid, kind, name, **props):
    return {"id": nid, "kind": kind, "name": name, "properties": props}


def edge(eid, etype, s, d, quote="", **props):
    src = [{"document": "doc", "section": "acta", "paragraph": 1, "start": 0, "end": len(quote),
            "quote": quote}] if quote else []
    return {"id": eid, "type": etype, "source": s, "target": d,
            "properties": {"sources": src, **props}}


@pytest.fixture
def small():
    nodes = {n["id"]: n for n in [
        node("country:pa", "Country", "Panamá"),
        node("body:t", "Body", "Troika de la CRM", subtype="troika"),
        node("conference:crm", "Conference", "Conferencia Regional sobre Migración", acronym="CRM"),
    ]}
    edges = {e["id"]: e for e in [
        edge("e1", "MEMBER_OF", "country:pa", "body:t", "El Salvador, Honduras y Panamá", role="troika_member"),
        edge("e2", "PART_OF", "body:t", "conference:crm"),
    ]}
    return QueryResult(["n"], [[nodes["country:pa"]]], nodes, edges)


@pytest.fixture
def hostile():
    nodes = {n["id"]: n for n in [
        node("country:x", "Country", PAYLOAD_SCRIPT, aliases=[PAYLOAD_IMG]),
        node("org:x", "Organization", PAYLOAD_IMG, acronym="href"),
        node("body:x", "Body", f"Grupo {PAYLOAD_HREF}", subtype="troika"),
        node("conference:x", "Conference", "Conf \\l \\N {x} <b>"),
    ]}
    edges = {e["id"]: e for e in [
        edge("h1", "MEMBER_OF", "country:x", "body:x", PAYLOAD_HREF, role=PAYLOAD_IMG),
        edge("h2", "PART_OF", "body:x", "conference:x", PAYLOAD_SCRIPT),
        edge("h3", "RESPONSIBLE_FOR", "org:x", "body:x", "=HYPERLINK(\"http://evil\")"),
    ]}
    rows = [[PAYLOAD_SCRIPT, nodes["org:x"], "=1+1"]]
    return QueryResult(["name", "org", "formula"], rows, nodes, edges)


def no_markup_from_data(text: str):
    assert "<script>window" not in text and "<script>alert" not in text
    assert "<img src=x" not in text
    assert '<a href="javascript' not in text


# -- legend and kinds ---------------------------------------------------------------------------
def test_every_ontology_kind_has_a_distinct_look():
    from graph.ontology import load_ontology
    kinds = load_ontology().node_kinds
    assert set(kinds) <= set(kind_styles())
    looks = [(c, s) for c, s, _ in kind_styles().values()]
    assert len(set(looks)) == len(looks)


def test_every_ontology_relationship_type_has_a_label_in_each_language():
    """A relationship type added to data/ontology.yaml needs its label in views/strings.yaml
    (`edge.<TYPE>`), else pages show the lower-cased type."""
    from graph.ontology import load_ontology
    from views.i18n import strings
    labels = strings()
    missing = [t for t in load_ontology().edge_types
               if set(labels.get(f"edge.{t}", {})) < {"es", "en"}]
    assert missing == []
    assert edge_label("ADOPTED", "es") == "adoptó" and edge_label("ADOPTED", "en") == "adopted"


def test_legend_lists_kinds_and_relationships_translated():
    es = legend_html(["Country", "Body"], ["MEMBER_OF"], "es")
    en = legend_html(["Country", "Body"], ["MEMBER_OF"], "en")
    assert "País" in es and "Órgano" in es and "miembro de" in es and "Leyenda" in es
    assert "Country" in en and "member of" in en and "Legend" in en
    assert es.count("<svg") == 2


# -- interactive network ------------------------------------------------------------------------
def test_network_html_is_offline_and_has_legend(small):
    html_doc = network.network_html(small, "es", title="Prueba")
    assert not REMOTE.search(html_doc), REMOTE.search(html_doc)
    assert "Content-Security-Policy" in html_doc and "default-src 'none'" in html_doc
    assert "new vis.Network" in html_doc and "Leyenda" in html_doc
    assert 'data-node-count="3"' in html_doc and 'data-edge-count="2"' in html_doc
    assert "miembro de (troika)" in html_doc          # edge label with role


def test_network_escapes_names_titles_and_href(hostile):
    html_doc = network.network_html(hostile, "es", title=PAYLOAD_SCRIPT)
    no_markup_from_data(html_doc)
    data = html_doc[html_doc.index("var rawNodes"):html_doc.index("var options")]
    raw = json.loads(data[data.index("["):data.index(";\n")])
    titles = [n["title"] for n in raw]
    assert titles and all("href" not in x.lower() and "<" not in x for x in titles)
    assert any("hre&#102;" in x for x in titles)        # shown as "href", never the substring
    assert "<" not in data and ">" not in data         # JSON in the script is \u003c-escaped
    # pyvis itself would not switch to its innerHTML popup template for these titles
    net = network.build_network(hostile, "es")
    assert all("href" not in (n.get("title") or "").lower() for n in net.nodes)
    assert "div.popup" not in net.generate_html()


def test_network_styles_override_look_and_escape_the_note(hostile):
    styles = {"country:x": {"size": 33, "color": "#123456", "borderWidth": 5,
                            "note": f"broker between: {PAYLOAD_IMG}", "onclick": "x"}}
    html_doc = network.network_html(hostile, "es", styles=styles)
    no_markup_from_data(html_doc)
    data = html_doc[html_doc.index("var rawNodes"):html_doc.index("var options")]
    raw = {n["id"]: n for n in json.loads(data[data.index("["):data.index(";\n")])}
    x = raw["country:x"]
    assert (x["size"], x["color"], x["borderWidth"]) == (33, "#123456", 5)
    assert "onclick" not in x                          # only the look can be overridden
    assert "broker between: &lt;img src=x" in x["title"]
    assert "borderWidth" not in raw["org:x"]


def test_escape_text_breaks_href_in_any_case():
    out = network.escape_text('a HREF="x" <b>&')
    assert "href" not in out.lower() and "&lt;b&gt;&amp;" in out


@pytest.mark.slow      # a 2,000-node graph laid out; `make test` runs it
def test_large_graph_uses_precomputed_layout_without_physics():
    import time
    nodes = {f"n{i}": node(f"n{i}", "Country", f"País {i}") for i in range(2000)}
    edges = {f"e{i}": edge(f"e{i}", "MEMBER_OF", f"n{i % 2000}", f"n{(i * 7 + 3) % 2000}") for i in range(2500)}
    began = time.monotonic()
    html_doc = network.network_html(QueryResult([], [], nodes, edges), "en")
    assert time.monotonic() - began < 30
    assert '"physics": {"enabled": false}' in html_doc
    assert '"x":' in html_doc and 'data-node-count="2000"' in html_doc



def _options(html_doc: str) -> dict:
    start = html_doc.index("var options = ") + len("var options = ")
    return json.loads(html_doc[start:html_doc.index(";\n", start)])


def _raw_edges(html_doc: str) -> list[dict]:
    start = html_doc.index("var rawEdges = ") + len("var rawEdges = ")
    return json.loads(html_doc[start:html_doc.index(";\n", start)])


@pytest.mark.slow      # a 2,000-node graph laid out; `make test` runs it
def test_2000_node_render_is_static_precomputed_and_light():
    nodes = {f"n{i}": node(f"n{i}", "Country", f"País {i}") for i in range(2000)}
    edges = {f"e{i}": edge(f"e{i}", "MEMBER_OF", f"n{i % 2000}", f"n{(i * 7 + 3) % 2000}") for i in range(2500)}
    html_doc = network.network_html(QueryResult([], [], nodes, edges), "en")
    opts = _options(html_doc)
    assert opts["layout"]["improvedLayout"] is False
    assert opts["physics"] == {"enabled": False}
    assert opts["edges"]["smooth"] is False
    start = html_doc.index("var rawNodes = ") + len("var rawNodes = ")
    raw = json.loads(html_doc[start:html_doc.index(";\n", start)])
    assert len(raw) == 2000 and all(isinstance(n.get("x"), float) and isinstance(n.get("y"), float)
                                    for n in raw)
    assert len({(n["x"], n["y"]) for n in raw}) > 1900          # a real layout, not one point
    assert not any(n.get("fixed") for n in raw)                  # still draggable
    # edge labels only on demand: none on the canvas, the text kept for hover/selection
    es = _raw_edges(html_doc)
    assert not any("label" in e for e in es) and all(e["hlabel"] == "member of" for e in es)
    assert 'network.on("hoverEdge"' in html_doc


def test_small_render_keeps_physics_then_freezes_and_shows_labels(small):
    html_doc = network.network_html(small, "en")
    opts = _options(html_doc)
    assert opts["physics"]["enabled"] is True and opts["physics"]["stabilization"]["enabled"]
    assert "physics: {enabled: false}" in html_doc             # frozen after stabilisation
    es = _raw_edges(html_doc)
    assert all(e.get("label") for e in es) and not any("hlabel" in e for e in es)
    assert "if (false)" in html_doc                             # no on-demand label code path


def test_layout_threshold_switches_to_precomputed():
    def graph(n):
        nodes = {f"n{i}": node(f"n{i}", "Body", f"B{i}") for i in range(n)}
        edges = {f"e{i}": edge(f"e{i}", "PART_OF", f"n{i}", f"n{(i + 1) % n}") for i in range(n)}
        return QueryResult([], [], nodes, edges)
    at = _options(network.network_html(graph(network.LAYOUT_LIMIT), "en"))
    above = _options(network.network_html(graph(network.LAYOUT_LIMIT + 1), "en"))
    assert at["physics"]["enabled"] is True
    assert above["physics"] == {"enabled": False} and above["layout"]["improvedLayout"] is False

# -- static diagram -----------------------------------------------------------------------------
def test_static_svg_is_plain_text_labels(hostile):
    svg = static.svg(hostile, "es", title="Título")
    root = ET.fromstring(svg.encode("utf-8"))
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        assert tag not in ("script", "foreignObject", "img", "iframe")
        assert not any(a.lower().startswith("on") for a in el.attrib)
        assert not any(k.endswith("href") for k in el.attrib)
    texts = " ".join(el.text or "" for el in root.iter() if el.tag.endswith("text"))
    assert "\\l" in texts and "\\N" in texts          # backslashes kept literal
    assert "<b>" in texts                              # shown as text, not an HTML-like label
    assert "Leyenda" in texts


def test_static_png(small):
    png = static.png(small, "en")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_label_text_wraps_and_escapes():
    assert static.label_text("a\\b " + "x" * 30, 10).count("\\n") >= 1
    assert "a\\\\b" in static.label_text("a\\b")


# -- exports ------------------------------------------------------------------------------------
@pytest.mark.parametrize("fmt", exports.FORMATS)
def test_every_export_format(small, fmt):
    data = exports.render(fmt, small, "es", "Prueba")
    assert data
    if fmt in ("graphml", "gexf", "svg"):
        ET.fromstring(data)


def test_csv_export_neutralises_formulas(hostile):
    text = exports.render("csv", hostile, "es", "x").decode()
    assert "'=1+1" in text
    assert "'=HYPERLINK" in exports.render("edges_csv", hostile, "es", "x").decode()


# -- briefing -----------------------------------------------------------------------------------
def test_briefing_html_is_one_safe_file(hostile):
    doc = briefing.briefing_html(hostile, PAYLOAD_SCRIPT, "es")
    no_markup_from_data(doc)
    assert "<script" not in doc.lower()
    assert not REMOTE.search(doc)
    assert "default-src 'none'" in doc
    assert "<svg" in doc and "Leyenda" in doc and "Fuentes y citas" in doc
    assert "&lt;a href=&quot;javascript" in doc       # the quote, escaped


def test_briefing_zip_contents(small):
    z = zipfile.ZipFile(io.BytesIO(briefing.briefing_zip(small, "Troika CRM", "es")))
    names = {n.split("/")[-1] for n in z.namelist()}
    assert {"diagram.svg", "diagram.png", "table.csv", "briefing.md", "briefing.html"} <= names
    md = next(z.read(n).decode() for n in z.namelist() if n.endswith(".md"))
    assert "Panamá" in md and "El Salvador, Honduras y Panamá" in md


def test_markdown_is_inert(hostile):
    md = briefing.briefing_markdown(hostile, "x", "es")
    assert "<script" not in md and "<img" not in md
    assert "&lt;script&gt;" in md


# -- calendar -----------------------------------------------------------------------------------
ITEMS = [
    {"uid": "event:a", "type": "event", "title": "Lanzamiento #NegocioMortal; sede, Washington",
     "start": "2017-04-04", "end": "2017-04-04", "precision": "day", "quote": "el 4 de abril"},
    {"uid": "due:b", "type": "deadline", "title": "Acuerdo 9: " + "videoconferencia " * 10,
     "start": "2017-04-24", "end": "2017-04-30", "precision": "week", "due_by": "última semana"},
    {"uid": "event:c", "type": "event", "title": "Reunión CELAC", "start": "2017-06-01",
     "end": "2017-06-30", "precision": "month"},
]


def unfold(ics: str) -> list[str]:
    return ics.replace("\r\n ", "").split("\r\n")


def test_ics_is_well_formed():
    ics = calendar.to_ics(ITEMS, "es")
    assert ics.endswith("\r\n") and "\n" not in ics.replace("\r\n", "")
    for line in ics.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75
    lines = unfold(ics)
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR"
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 3
    for key in ("VERSION:2.0", "PRODID:"):
        assert any(line.startswith(key) for line in lines)
    events = "\r\n".join(lines).split("BEGIN:VEVENT")[1:]
    for ev in events:
        for key in ("UID:", "DTSTAMP:", "DTSTART;VALUE=DATE:", "DTEND;VALUE=DATE:", "SUMMARY:"):
            assert key in ev


def test_ics_spans_follow_precision_and_escape_text():
    lines = unfold(calendar.to_ics(ITEMS, "es"))
    starts = [line.split(":")[1] for line in lines if line.startswith("DTSTART")]
    ends = [line.split(":")[1] for line in lines if line.startswith("DTEND")]
    assert list(zip(starts, ends)) == [("20170404", "20170405"), ("20170424", "20170501"),
                                       ("20170601", "20170701")]
    assert "X-ACTAGRAPH-PRECISION:WEEK" in lines
    assert any("#NegocioMortal\\; sede\\, Washington" in line for line in lines)


# -- matrices, search, highlighting --------------------------------------------------------------
def test_responsibility_matrix_roles_and_deadline():
    rows = [
        {"actor": "Secretaría Técnica de la CRM", "role": "responsible", "via": "", "commitment_id": "c11",
         "number": "11", "document": "d", "deadline": "", "commitment": "..."},
        {"actor": "Chile", "role": "focal_point", "via": "Grupo ad-hoc", "commitment_id": "c8",
         "number": "8", "document": "d", "deadline": "junio", "commitment": "..."},
    ]
    df = matrix.responsibility_matrix(rows, "es")
    assert df.loc["Secretaría Técnica de la CRM", "11"] == "responsable"
    assert df.loc["Chile", "8"] == "punto focal (Grupo ad-hoc)"
    assert df.loc[t("resp.deadline", "es"), "8"] == "junio"


def test_forum_matrix_and_overlaps():
    rows = [{"country": "Panamá", "forum": "CRM", "forum_kind": "Conference", "conference": "CRM", "role": "member"},
            {"country": "Panamá", "forum": "Troika de la CRM", "forum_kind": "Body", "conference": "CRM", "role": "troika_member"},
            {"country": "México", "forum": "CRM", "forum_kind": "Conference", "conference": "CRM", "role": "member"},
            {"country": "México", "forum": "CSM", "forum_kind": "Conference", "conference": "CSM", "role": "observer"}]
    df = matrix.forum_matrix(rows, "en")
    assert df.loc["Panamá", "Troika de la CRM"] == "troika"
    ov = matrix.overlaps([{"actor": "México", "forums": 2, "forum_names": ["CRM", "CSM"],
                           "roles": ["CRM: member", "CSM: observer"]}], "en")
    assert ov.to_dict("records") == [{"Actor": "México", "Forums": 2,
                                      "Forums and role": "CRM: member; CSM: observer"}]


def test_search_folds_accents_and_aliases():
    ents = [{"id": "country:pa", "kind": "Country", "name": "Panamá", "names": ["Panamá"]},
            {"id": "conference:crm", "kind": "Conference", "name": "Conferencia Regional sobre Migración",
             "names": ["Conferencia Regional sobre Migración", "CRM"]}]
    assert [e["id"] for e in explore.search(ents, "panama")] == ["country:pa"]
    assert [e["id"] for e in explore.search(ents, "crm")] == ["conference:crm"]


def test_shortest_path():
    edges = [("e1", "a", "b", "T"), ("e2", "b", "c", "T"), ("e3", "c", "d", "T"), ("e4", "a", "d", "T")]
    assert explore.shortest_path(edges, "a", "c") in (["e1", "e2"], ["e4", "e3"])
    assert explore.shortest_path(edges, "a", "zz") is None


def test_highlight_escapes_then_wraps():
    text = f"Hola {PAYLOAD_SCRIPT} y Panamá."
    start = text.index("Panamá")
    out = highlight(text, [{"start": start, "end": start + 6, "kind": "Country",
                            "label": f"Country: {PAYLOAD_IMG}"}])
    assert "<script>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out
    assert re.search(r"<mark [^>]*>Panamá</mark>", out)


def test_strings_have_both_languages():
    from views.i18n import strings
    missing = [k for k, v in strings().items() if not (v.get("es") and v.get("en"))]
    assert not missing


def test_report_decisions_do_not_share_a_column_with_acta_agreements():
    from views.matrix import responsibility_matrix
    rows = [{"actor": "Troika de la CRM", "role": "responsible", "via": "", "number": "1",
             "group": "general", "document": "d", "commitment_id": "c:acta:1", "deadline": ""},
            {"actor": "Presidencia Pro-Tempore de la CRM", "role": "responsible", "via": "",
             "number": "1", "group": "report", "document": "d", "commitment_id": "c:report:1",
             "deadline": ""}]
    df = responsibility_matrix(rows, "es")
    assert list(df.columns) == ["1", "Inf. 1"]
    assert df.loc["Presidencia Pro-Tempore de la CRM", "1"] == ""


def test_ics_names_its_range_and_parses_back():
    import icalendar
    ics = calendar.to_ics(ITEMS, "en", name="actagraph Timeline 2011–2017")
    cal = icalendar.Calendar.from_ical(ics)
    assert str(cal["X-WR-CALNAME"]) == "actagraph Timeline 2011–2017"
    summaries = [str(ev["SUMMARY"]) for ev in cal.walk("VEVENT")]
    assert summaries[0] == "Lanzamiento #NegocioMortal; sede, Washington"
    assert summaries[1].startswith("deadline: Acuerdo 9: videoconferencia")


def test_agreement_numbers_sort_as_numbers():
    from graph.store import QueryResult
    from views.panel import table
    result = QueryResult(["number", "commitment"], [["10", "a"], ["2", "b"], ["1", "c"], ["11", "d"]])
    df = table(result).sort_values("number")
    assert df["number"].tolist() == [1, 2, 10, 11]
    mixed = table(QueryResult(["number"], [["8.2"], ["10"]]))
    assert mixed["number"].tolist() == ["8.2", "10"], "a sub-agreement number stays as printed"


def test_static_diagram_says_its_sources_and_date():
    import datetime as dt
    from graph.store import QueryResult
    result = QueryResult([], [], {"country:cl": {"id": "country:cl", "kind": "Country", "name": "Chile",
                                                  "properties": {"sources": [{"document": "acta-2019"}]}}}, {})
    assert static.provenance_line(result, "en", dt.date(2026, 11, 29)) == \
        "Sources: acta-2019 · exported 2026-11-29"
    assert "Sources: acta&#45;2019" in static.svg(result, "en", "Chile")   # Graphviz writes - as &#45;


def test_export_titles_name_the_subject():
    from queries.library import load_library
    from views.pages.queries import subject_title
    q = load_library()["commitments_of_actor"]
    raw = {p.name: p.default for p in q.params}
    assert subject_title(q, raw, "en") == q.title_en
    raw["actor"] = "Chile" if q.params[0].default != "Chile" else "Panamá"
    assert subject_title(q, raw, "en") == f"{q.title_en} — {raw['actor']}"

def test_diagram_shows_names_exactly_as_stored_entities_and_forbidden_characters_included():
    """Graphviz decodes entities in plain labels; the SVG must still show the stored text."""
    import xml.etree.ElementTree as ET
    from graph.store import QueryResult
    names = ["A&amp;B", "&#60;b&#62;", "&lt;i&gt; & &", "x\x01\ufffe\uffff\ud800y"]
    nodes = {f"country:{i}": {"id": f"country:{i}", "kind": "Country", "name": n,
                              "properties": {}} for i, n in enumerate(names)}
    text = static.svg(QueryResult([], [], nodes, {}), "en", "T&amp;")
    root = ET.fromstring(text.encode("utf-8"))                 # parses whatever the names hold
    shown = {"".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"A&amp;B", "&#60;b&#62;", "&lt;i&gt; & &", "T&amp;"} <= shown, shown
    assert "x\ufffd\ufffd\ufffd\ufffdy" in shown
    titles = {a.get("{http://www.w3.org/1999/xlink}title")
              for a in root.iter("{http://www.w3.org/2000/svg}a")}
    assert "Country: A&amp;B" in titles
