"""Network page: measures per actor (degree, betweenness, community, forums), the brokers between
forums with their roles, the country × forum heat map and the countries that share forums, and
a diagram where size is betweenness, colour is community and brokers have a thick border.

Everything comes from graph.analytics over one cached read of the store; the year filter (the
date of the documents), the relation types and the curated facts only narrow that graph. This
page must not query the store per actor, and shows document text only through escaping views.
"""
from __future__ import annotations

import re

import altair as alt
import networkx as nx
import pandas as pd
import streamlit as st

from graph import analytics as an
from graph.store import QueryResult
from views import network as diagram
from views.guard import shown_errors
from views.i18n import edge_label, kind_label, role_label, t
from views.panel import frame_with_downloads
from views.state import Ctx

DIAGRAM_LIMIT = 120          # actors drawn, by betweenness
PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1",
           "#ff9da7", "#9c755f", "#bab0ac"]
METRIC_COLUMNS = ["actor", "kind", "degree", "degree_centrality", "betweenness", "community",
                  "n_forums", "forums", "broker", "actor_id"]
BROKER_COLUMNS = ["actor", "kind", "n_forums", "forums", "roles", "documents", "actor_id"]


@st.cache_data(show_spinner=False, max_entries=8)
def _read(key: str, version: tuple, _store) -> nx.MultiDiGraph:
    return an.read_network(_store)


def years(g: nx.MultiDiGraph) -> list[str]:
    """Years of the documents that state a relation of the network, ascending."""
    return sorted({d["date"][:4] for _, _, d in g.edges(data=True) if d.get("date")})


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    st.caption(t("network.intro", lang))
    with shown_errors(lang):
        full = _read(ctx.key, ctx.version, ctx.store)
        if full.number_of_edges() == 0:
            st.info(t("network.none", lang))
            return
        c1, c2, c3 = st.columns([1, 2, 1])
        all_years = t("network.all_years", lang)
        year = c1.selectbox(t("network.year", lang), [all_years] + years(full), key="net-year")
        present = sorted({d["type"] for _, _, d in full.edges(data=True)})
        types = c2.multiselect(t("network.types", lang), present, default=present,
                               format_func=lambda x: edge_label(x, lang), key="net-types")
        curated = c3.checkbox(t("network.curated", lang), value=False, key="net-curated")
        span = {} if year == all_years else {"since": year, "until": year}
        g = an.select(full, types=types or present, curated=curated, **span)
        if g.number_of_edges() == 0:
            st.info(t("network.none", lang))
            return
        measures = an.metrics(g)
        broker_rows = an.brokers(g)

        st.subheader(t("network.brokers", lang))
        bdf = frame(broker_rows, BROKER_COLUMNS, lang)
        if len(bdf):
            frame_with_downloads(bdf, "brokers", "net-brokers", lang, t("network.brokers", lang))
        else:
            st.caption(t("network.no_brokers", lang))

        st.subheader(t("network.measures", lang))
        mdf = frame(measures, METRIC_COLUMNS, lang)
        frame_with_downloads(mdf, "network-measures", "net-measures", lang,
                             t("network.measures", lang))

        st.subheader(t("network.matrix", lang))
        o = an.overlap(g)
        if o["rows"]:
            st.altair_chart(heat_map(o, lang), width="stretch")
            pairs = pd.DataFrame([{t("network.col.country_a", lang): p["a_name"],
                                   t("network.col.country_b", lang): p["b_name"],
                                   t("network.col.shared", lang): p["shared"],
                                   t("network.col.forums", lang): "; ".join(p["forums"])}
                                  for p in o["pairs"]])
            with st.expander(t("network.pairs", lang)):
                if len(pairs):
                    frame_with_downloads(pairs, "countries-sharing-forums", "net-pairs", lang,
                                         t("network.pairs", lang))
                else:
                    st.caption("—")
        else:
            st.caption("—")

        st.subheader(t("result.diagram", lang))
        result, styles, shown = diagram_of(g, measures, lang)
        if len(measures) > shown:
            st.caption(t("network.top", lang, n=shown, total=len(measures)))
        st.caption(t("network.legend", lang))
        html_doc = _html(ctx.key, ctx.version, year, tuple(types), curated, lang, result, styles)
        st.iframe(html_doc, height=720)


def readable_role(text: str, lang: str) -> str:
    """A broker's role as analytics writes it ("CRM: troika_member (Troika de la CRM)") with the
    role code in words ("CRM: troika (Troika de la CRM)")."""
    m = re.match(r"(?s)(.*?: )([a-z_]+)(.*)", text)
    return f"{m.group(1)}{role_label(m.group(2), lang)}{m.group(3)}" if m else text


def frame(rows: list[dict], columns: list[str], lang: str) -> pd.DataFrame:
    """A DataFrame of analysis rows: numbers stay numbers (so columns sort numerically), lists
    are joined with '; ', kinds are translated, headers are in `lang`."""
    data = []
    for r in rows:
        row = {}
        for c in columns:
            v = r[c]
            if c == "roles" and isinstance(v, list):
                v = [readable_role(x, lang) for x in v]
            if isinstance(v, list):
                v = "; ".join(map(str, v))
            elif c == "kind":
                v = kind_label(v, lang)
            row[t(f"network.col.{c}", lang)] = v
        data.append(row)
    return pd.DataFrame(data, columns=[t(f"network.col.{c}", lang) for c in columns])


def heat_map(o: dict, lang: str) -> alt.Chart:
    """Countries × forums: colour = how many roles the country holds in the forum."""
    cells = [{"country": o["names"][c], "forum": o["names"][f], "roles": len(o["cells"][c].get(f, [])),
              "which": "; ".join(role_label(r, lang) for r in o["cells"][c].get(f, []))}
             for c in o["rows"] for f in o["columns"]]
    df = pd.DataFrame(cells)
    country, forum = t("network.col.country", lang), t("network.col.forum", lang)
    roles = t("network.col.roles", lang)
    return alt.Chart(df).mark_rect(stroke="white").encode(
        x=alt.X("forum:N", title=forum, sort=[o["names"][f] for f in o["columns"]]),
        y=alt.Y("country:N", title=country, sort=[o["names"][c] for c in o["rows"]]),
        color=alt.Color("roles:Q", title=t("network.col.n_roles", lang),
                        scale=alt.Scale(scheme="blues", domainMin=0)),
        tooltip=[alt.Tooltip("country:N", title=country), alt.Tooltip("forum:N", title=forum),
                 alt.Tooltip("which:N", title=roles)],
    ).properties(height=max(120, 26 * len(o["rows"])))


def diagram_of(g: nx.MultiDiGraph, measures: list[dict], lang: str,
               limit: int = DIAGRAM_LIMIT) -> tuple[QueryResult, dict, int]:
    """The actors with the highest betweenness (at most `limit`) and the relations among them,
    one edge per (type, from, to, role); node styles: size by betweenness, colour by community,
    thick border and a tooltip line for brokers."""
    top = measures[:limit]
    keep = {r["actor_id"] for r in top}
    nodes = {n: {"id": n, "kind": g.nodes[n]["kind"], "name": g.nodes[n]["name"], "properties": {}}
             for n in keep}
    edges = {}
    for u, v, k, d in g.edges(keys=True, data=True):
        if u in keep and v in keep:
            key = (d["type"], u, v, d["role"] or "")
            if key not in edges:
                props = {"quote": d["quote"]}
                if d["role"]:
                    props["role"] = d["role"]
                edges[key] = {"id": k, "type": d["type"], "source": u, "target": v,
                              "properties": props}
    top_btw = max((r["betweenness"] for r in top), default=0) or 1.0
    styles = {}
    for r in top:
        s = {"size": round(10 + 30 * r["betweenness"] / top_btw, 1),
             "color": PALETTE[r["community"] % len(PALETTE)],
             "note": t("network.tip", lang, betweenness=f"{r['betweenness']:.3f}",
                       degree=r["degree"], community=r["community"])}
        if r["broker"]:
            s["borderWidth"] = 5
            s["note"] += "\n" + t("network.tip_broker", lang, forums="; ".join(r["forums"]))
        styles[r["actor_id"]] = s
    result = QueryResult([], [], nodes, {e["id"]: e for e in edges.values()})
    return result, styles, len(top)


@st.cache_data(show_spinner=False, max_entries=16)
def _html(key: str, version: tuple, year: str, types: tuple, curated: bool, lang: str,
          _result: QueryResult, _styles: dict) -> str:
    return diagram.network_html(_result, lang, height=700, title=t("page.network", lang),
                                styles=_styles)
