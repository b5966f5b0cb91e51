"""The interactive diagram: a query result as one self-contained vis-network HTML page.

Built with pyvis (node/edge data and options) but rendered through our own template, because
pyvis' template always links Bootstrap from a CDN and switches to an innerHTML popup whenever a
title contains "href". Here vis-network is inlined (works offline, no http resources), every
tooltip is HTML-escaped text with "href" neutralised, the data sits in the script as JSON with
`<`, `>` and `&` escaped, and a Content-Security-Policy forbids any remote load.

Layout (measured with bench/viz.py, see bench/analysis.md "Diagrams"): up to LAYOUT_LIMIT nodes,
vis-network stabilises once, hidden, and physics is then frozen. Above it the positions are
computed here (Graphviz sfdp, networkx as fallback) and sent with physics off and
`improvedLayout: false` (vis-network's improved layout is O(n²)). Big graphs also get straight edges and no edge labels on the
canvas; an edge's label is shown while it is hovered or selected (or its node is selected).

Above the canvas: a search box (accents and case folded; hits are selected and brought into
view), filters by kind of node and relationship type, and a details box for a clicked node or
edge (node_details / edge_details: plain text the page inserts as text, never markup).
"""
from __future__ import annotations

import html
import json
import math
import re
from functools import lru_cache
from pathlib import Path

import jinja2
import networkx as nx
from pyvis.network import Network

from graph.store import QueryResult
from views.i18n import edge_label, kind_label, role_label, t
from views.kinds import LEGEND_CSS, legend_html, style

LAYOUT_LIMIT = 250           # nodes; above it positions are precomputed and physics stays off
IMPROVED_LAYOUT_LIMIT = 100  # nodes; vis-network's O(n²) initial layout only for small graphs
SMOOTH_EDGE_LIMIT = 500      # edges; curved ("dynamic") edges add a support node per edge
EDGE_LABEL_LIMIT = 1000      # edges; above it labels only on hover/selection
PHYSICS_LIMIT = LAYOUT_LIMIT  # former name
LABEL_CHARS = 40
VIS_DIR = Path(__import__("pyvis").__file__).parent / "templates" / "lib" / "vis-9.1.2"
TEMPLATE_DIR = Path(__file__).with_name("templates")
_HREF = re.compile(r"href", re.I)


def escape_text(text: str) -> str:
    """HTML-escape `text` and break the substring "href" (pyvis keys its unsafe popup on it)."""
    return _HREF.sub(lambda m: m.group()[:3] + "&#%d;" % ord(m.group()[3]), html.escape(text, quote=True))


def short(text: str, n: int = LABEL_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


def drawable(result: QueryResult) -> tuple[list[dict], list[dict]]:
    """Nodes and edges to draw; an edge whose end was not returned gets a placeholder node."""
    nodes = {nid: n for nid, n in result.nodes.items()}
    for e in result.edges.values():
        for end in (e["source"], e["target"]):
            if end not in nodes:
                nodes[end] = {"id": end, "kind": "?", "name": end, "properties": {}}
    return (sorted(nodes.values(), key=lambda n: n["id"]),
            sorted(result.edges.values(), key=lambda e: (e["type"], e["source"], e["target"], e["id"])))


def first_quote(item: dict) -> str:
    props = item.get("properties", {})
    sources = props.get("sources") or []
    if sources:
        return sources[0].get("quote", "")
    return props.get("quote") or ""


def node_tooltip(n: dict, lang: str) -> str:
    props = n.get("properties", {})
    lines = [n.get("name") or n["id"], f"{kind_label(n['kind'], lang)} · {n['id']}"]
    for key in ("acronym", "subtype", "post", "number", "date", "precision"):
        if props.get(key):
            lines.append(f"{key}: {props[key]}")
    if props.get("text") and n["kind"] in ("Commitment", "Statement"):
        lines.append(short(props["text"], 300))
    quote = first_quote(n)
    if quote:
        lines.append(f"«{short(quote, 300)}»")
    return "\n".join(lines)


def edge_tooltip(e: dict, names: dict, lang: str) -> str:
    props = e.get("properties", {})
    head = f"{names.get(e['source'], e['source'])} → {edge_label(e['type'], lang)} → {names.get(e['target'], e['target'])}"
    lines = [head]
    if props.get("role"):
        lines.append(role_label(props["role"], lang))
    if props.get("review_status"):          # extracted, reviewed, or added by an analyst
        lines.append(f"[{t('review.status.' + props['review_status'], lang)}]")
    quote = first_quote(e)
    if quote:
        lines.append(f"«{short(quote, 300)}»")
    return "\n".join(lines)


DETAIL_KEYS = ("acronym", "subtype", "post", "number", "acta_group", "date", "date_end", "precision",
               "text", "doc", "review_status")
MAX_DETAIL_QUOTES = 5        # quotes in a clicked item's details box, up to LAYOUT_LIMIT nodes
BIG_DETAIL_QUOTES = 0        # above it none: the tooltip has the first quote, the panel under
                             # the diagram all of them; keeps a 2,000-node page light (BENCHMARKS.md)


def _quotes(item: dict, limit: int = MAX_DETAIL_QUOTES) -> list[dict]:
    out = []
    for s in (item.get("properties", {}).get("sources") or [])[:limit]:
        where = f"{s.get('document', '')} § {s.get('section', '')} ¶ {s.get('paragraph', '')}"
        if s.get("page"):
            where += f" · p. {s['page']}"
        out.append({"where": where, "quote": s.get("quote", "")})
    if not out and item.get("properties", {}).get("quote"):
        out.append({"where": str(item["properties"].get("doc", "")), "quote": item["properties"]["quote"]})
    return out


def node_details(n: dict, lang: str, max_quotes: int = MAX_DETAIL_QUOTES) -> dict:
    """What the details box of a clicked node shows (plain text, escaped by the page):
    {"heading", "kind", "props": [[label, value]], "quotes": [{"where", "quote"}]}."""
    from views.readable import column_label, value_label
    props = n.get("properties", {})
    rows = [[column_label(k, lang), value_label(k, props[k], lang)] for k in DETAIL_KEYS
            if props.get(k) not in (None, "", [])]
    return {"heading": str(n.get("name") or n["id"]), "kind": kind_label(n["kind"], lang),
            "props": rows, "quotes": _quotes(n, max_quotes)}


def edge_details(e: dict, names: dict, lang: str, max_quotes: int = MAX_DETAIL_QUOTES) -> dict:
    """The details box of a clicked relationship, shaped as node_details."""
    from views.readable import column_label, value_label
    props = e.get("properties", {})
    rows = [[column_label(k, lang), value_label(k, props[k], lang)] for k in ("role", "review_status", "doc")
            if props.get(k) not in (None, "", [])]
    head = f"{names.get(e['source'], e['source'])} → {edge_label(e['type'], lang)} → {names.get(e['target'], e['target'])}"
    return {"heading": head, "kind": edge_label(e["type"], lang), "props": rows, "quotes": _quotes(e, max_quotes)}


def _layout(nodes: list[dict], edges: list[dict]) -> dict[str, tuple[float, float]]:
    """Positions for a large graph: Graphviz sfdp (about a second for 2,000 nodes), else a short
    networkx Fruchterman-Reingold run."""
    ids = [n["id"] for n in nodes]
    try:
        return _sfdp_layout(ids, edges)
    except Exception:  # noqa: BLE001 - no Graphviz binary: fall back to networkx
        pass
    g = nx.Graph()
    g.add_nodes_from(ids)
    g.add_edges_from((e["source"], e["target"]) for e in edges)
    pos = nx.spring_layout(g, iterations=15, seed=7)      # networkx's public Fruchterman-Reingold
    scale = 60 * math.sqrt(max(len(nodes), 1))
    return {k: (float(pos[k][0]) * scale, float(pos[k][1]) * scale) for k in ids}


def _sfdp_layout(ids: list[str], edges: list[dict]) -> dict[str, tuple[float, float]]:
    import graphviz
    gid = {nid: f"n{i}" for i, nid in enumerate(ids)}
    back = {v: k for k, v in gid.items()}
    g = graphviz.Graph(engine="sfdp")
    g.attr(overlap="prism", K="1.2")
    g.attr("node", shape="point", label="")
    for nid in ids:
        g.node(gid[nid])
    pairs = {tuple(sorted((gid[e["source"]], gid[e["target"]]))) for e in edges
             if e["source"] != e["target"]}
    for a, b in sorted(pairs):     # one spring per pair: parallel edges only slow sfdp down
        g.edge(a, b)
    plain = g.pipe(format="plain", encoding="utf-8")
    pos = {}
    for line in plain.splitlines():
        parts = line.split()
        if parts and parts[0] == "node":
            pos[back[parts[1]]] = (float(parts[2]) * 90, -float(parts[3]) * 90)
    if len(pos) != len(ids):
        raise RuntimeError("sfdp skipped nodes")
    return pos


def _json_for_script(value) -> str:
    """JSON that cannot close the <script> element or open a comment/CDATA."""
    text = json.dumps(value, ensure_ascii=False)
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=1)
def _vis_assets() -> tuple[str, str]:
    js = (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    css = (VIS_DIR / "vis-network.css").read_text(encoding="utf-8")
    # The inlined code must not be able to end its own <script>/<style> element.
    return js.replace("</script", "<\\/script"), css.replace("</style", "<\\/style")


def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATE_DIR),
                              autoescape=jinja2.select_autoescape(["html"]))


def build_network(result: QueryResult, lang: str = "es", height: int = 600,
                  styles: dict[str, dict] | None = None) -> Network:
    """The pyvis Network of a result (data and options only; render with network_html).

    `styles` optionally overrides the look of nodes by id: `color`, `size`, `shape`,
    `borderWidth`, and `note` (a line of plain text added to the tooltip, escaped like the rest).
    """
    nodes, edges = drawable(result)
    big = len(nodes) > LAYOUT_LIMIT
    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line")
    pos = _layout(nodes, edges) if big else {}
    names = {n["id"]: n.get("name") or n["id"] for n in nodes}
    quotes = BIG_DETAIL_QUOTES if big else MAX_DETAIL_QUOTES
    for n in nodes:
        colour, shape, _ = style(n["kind"])
        extra = {}
        if n["id"] in pos:
            extra = {"x": round(pos[n["id"]][0], 1), "y": round(pos[n["id"]][1], 1)}
        own = dict((styles or {}).get(n["id"], {}))
        note = own.pop("note", "")
        tip = node_tooltip(n, lang) + (f"\n{note}" if note else "")
        look = {"color": colour, "shape": shape, "size": 14 if n["kind"] != "Passage" else 8}
        look.update({k: v for k, v in own.items() if k in ("color", "size", "shape", "borderWidth")})
        net.add_node(n["id"], label=short(names[n["id"]]), title=escape_text(tip),
                     kind=n["kind"], name=names[n["id"]], details=node_details(n, lang, quotes), **look, **extra)
    on_demand = labels_on_demand(len(edges))
    for e in edges:
        label = edge_label(e["type"], lang)
        role = e.get("properties", {}).get("role")
        if role:
            label += f" ({role_label(role, lang)})"
        label = short(label, 30)
        net.add_edge(e["source"], e["target"], title=escape_text(edge_tooltip(e, names, lang)),
                     label=None if on_demand else label, id=e["id"], type=e["type"],
                     details=edge_details(e, names, lang, quotes),
                     **({"hlabel": label} if on_demand else {}))
    net.set_options(json.dumps(network_options(len(nodes), len(edges))))
    return net


def labels_on_demand(n_edges: int) -> bool:
    return n_edges > EDGE_LABEL_LIMIT


def network_options(n_nodes: int, n_edges: int) -> dict:
    """vis-network options for a graph of this size (see LAYOUT_LIMIT and the module docstring)."""
    big = n_nodes > LAYOUT_LIMIT
    return {
        "nodes": {"font": {"size": 14, "face": "system-ui", "strokeWidth": 3},
                  "borderWidth": 1, "scaling": {"label": {"drawThreshold": 3}}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
                  "color": {"color": "#9a9a9a", "highlight": "#333"},
                  "font": {"size": 10, "align": "middle", "color": "#555", "strokeWidth": 3},
                  "smooth": False if big or n_edges > SMOOTH_EDGE_LIMIT else {"type": "dynamic"}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big,
                        "navigationButtons": False, "keyboard": False},
        "layout": {"improvedLayout": n_nodes <= IMPROVED_LAYOUT_LIMIT and not big, "randomSeed": 7},
        "physics": ({"enabled": False} if big else
                    {"enabled": True, "solver": "barnesHut",
                     "barnesHut": {"gravitationalConstant": -2500, "springLength": 110,
                                   "centralGravity": 0.4, "avoidOverlap": 0.3},
                     "stabilization": {"enabled": True, "iterations": 400, "fit": True}}),
    }


def network_html(result: QueryResult, lang: str = "es", height: int = 600, title: str = "",
                 styles: dict[str, dict] | None = None) -> str:
    """A standalone, offline HTML page drawing `result` (see the module docstring); `styles` as
    in build_network."""
    net = build_network(result, lang, height, styles)
    nodes, edges, _heading, _h, _w, options = net.get_network_data()
    for e in edges:
        if e.get("label") is None:
            e.pop("label", None)
    kinds = sorted({n["kind"] for n in nodes})
    etypes = sorted({e["type"] for e in result.edges.values()})
    js, css = _vis_assets()
    ui = {k: t(f"diagram.{k}", lang) for k in ("search", "filters", "kinds", "relations", "found",
                                                "sources", "close")}
    template = _environment().get_template("network.html")
    return template.render(
        lang=lang, title=title, height=height, vis_js=_safe(js),
        vis_css=_safe(css), legend_css=_safe(LEGEND_CSS), legend=_safe(legend_html(kinds, etypes, lang)),
        nodes_json=_safe(_json_for_script(nodes)), edges_json=_safe(_json_for_script(edges)),
        options_json=_safe(_json_for_script(json.loads(options) if isinstance(options, str) else options)),
        labels_on_demand=labels_on_demand(len(edges)), node_count=len(nodes), edge_count=len(edges),
        ui=ui, ui_json=_safe(_json_for_script(ui)),
        kind_filters=[(k, kind_label(k, lang)) for k in kinds],
        type_filters=[(e, edge_label(e, lang)) for e in etypes])


def _safe(text: str):
    from markupsafe import Markup
    return Markup(text)
