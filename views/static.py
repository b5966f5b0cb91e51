"""The static diagram: a query result drawn by Graphviz as SVG or PNG, legend included.

Labels are wrapped plain text: `graphviz.nohtml` keeps a name like `<b>` from becoming an
HTML-like label, and backslashes are doubled so `\\l` or `\\N` in a source stay literal. Graphviz
decodes HTML entities even in plain labels (`A&amp;B` would be drawn `A&B`), so every `&` is
written `&amp;` and the diagram shows the text exactly as stored. Characters XML 1.0 forbids
become U+FFFD so the SVG always parses. Graphviz itself escapes text into the SVG, so the output
carries no markup from the data.
"""
from __future__ import annotations

import datetime as dt
import textwrap

import graphviz

from graph.export import xml_safe
from graph.store import QueryResult
from views.i18n import edge_label, kind_label, role_label, t
from views.kinds import style
from views.network import drawable

WRAP = 22
DOT_LIMIT = 400          # above this many nodes `dot` is slow: use sfdp
RENDER_TIMEOUT_S = 120


def label_text(text: str, width: int = WRAP, max_lines: int = 4) -> str:
    """Wrapped, escaped label text that Graphviz draws exactly as given (`\\n` between lines)."""
    text = " ".join(xml_safe(str(text)).split())
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: width - 1] + "…"
    return "\\n".join(line.replace("\\", "\\\\").replace("&", "&amp;") for line in lines)


def _nh(text: str) -> str:
    return graphviz.nohtml(text)


def to_dot(result: QueryResult, lang: str = "es", title: str = "") -> graphviz.Digraph:
    nodes, edges = drawable(result)
    big = len(nodes) > DOT_LIMIT
    g = graphviz.Digraph("actagraph", engine="sfdp" if big else "dot")
    g.attr(rankdir="LR", fontname="Helvetica", fontsize="11", overlap="prism" if big else "true",
           outputorder="edgesfirst", bgcolor="white")
    if title:
        g.attr(label=_nh(label_text(title, 80, 2)), labelloc="t", fontsize="14")
    g.attr("node", fontname="Helvetica", fontsize="10", style="filled", fontcolor="#111111")
    g.attr("edge", fontname="Helvetica", fontsize="8", color="#8a8a8a", fontcolor="#444444",
           arrowsize="0.6")
    # Graphviz reads "a:b" in an edge as node a, port b: use positional ids, keep ours as id=.
    gid = {n["id"]: f"n{i}" for i, n in enumerate(nodes)}
    for n in nodes:
        colour, _, shape = style(n["kind"])
        g.node(gid[n["id"]], id=_nh(label_text(n["id"], 200, 1)), label=_nh(label_text(n.get("name") or n["id"])), shape=shape,
               fillcolor=colour + "55", color=colour,
               tooltip=_nh(label_text(f"{kind_label(n['kind'], lang)}: {n.get('name') or n['id']}", 80, 3)))
    for e in edges:
        lab = edge_label(e["type"], lang)
        role = e.get("properties", {}).get("role")
        if role:
            lab += f" ({role_label(role, lang)})"
        g.edge(gid[e["source"]], gid[e["target"]], label=_nh(label_text(lab, 18, 2)))
    kinds = sorted({n["kind"] for n in nodes})
    if kinds:
        with g.subgraph(name="cluster_legend") as lg:
            lg.attr(label=_nh(t("legend.title", lang)), fontsize="11", color="#cccccc",
                    style="rounded")
            prev = None
            for k in kinds:
                colour, _, shape = style(k)
                key = f"legend_{kinds.index(k)}"
                lg.node(key, label=_nh(label_text(kind_label(k, lang))), shape=shape,
                        fillcolor=colour + "55", color=colour)
                if prev:
                    lg.edge(prev, key, style="invis")
                prev = key
            lg.node("legend_sources", label=_nh(label_text(provenance_line(result, lang), 40, 6)),
                    shape="plaintext", fontsize="8")
            if prev:
                lg.edge(prev, "legend_sources", style="invis")
    return g


def provenance_line(result: QueryResult, lang: str, today: dt.date | None = None) -> str:
    """"Sources: doc-a, doc-b · exported 2026-11-29": the documents the drawn nodes and edges
    cite and the export date, so a diagram pasted into a briefing still says where it is from."""
    docs = set()
    for item in list(result.nodes.values()) + list(result.edges.values()):
        props = item.get("properties", {})
        for src in props.get("sources") or []:
            if isinstance(src, dict) and src.get("document"):
                docs.add(src["document"])
        if props.get("doc") and not props.get("curated"):
            docs.add(props["doc"])
    today = today or dt.date.today()
    return t("legend.provenance", lang, documents=", ".join(sorted(docs)) or "—",
             date=today.isoformat())


def svg(result: QueryResult, lang: str = "es", title: str = "") -> str:
    return to_dot(result, lang, title).pipe(format="svg", encoding="utf-8")


def png(result: QueryResult, lang: str = "es", title: str = "") -> bytes:
    g = to_dot(result, lang, title)
    g.attr(dpi="110")
    return g.pipe(format="png")


def svg_fragment(svg_text: str) -> str:
    """The <svg> element alone (no XML prolog or DOCTYPE), for inlining in an HTML page."""
    start = svg_text.find("<svg")
    return svg_text[start:] if start >= 0 else svg_text
