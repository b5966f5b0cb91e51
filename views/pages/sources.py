"""Sources page: read a document with its mentions highlighted; jump from any relationship it
states to its quotes in context."""
from __future__ import annotations

import streamlit as st

from views.guard import shown_errors
from views.highlight import highlight
from views.i18n import kind_label, t
from views.panel import document_picker, edge_choice_label, show_quotes
from views.state import Ctx


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    with shown_errors(lang):
        doc = document_picker(ctx, t("sources.document", lang), "src-doc")
        if doc is None:
            st.info(t("sources.none", lang))
            return
        wanted = st.query_params          # a jump from another page: ?page=sources&doc=…&edge=…
        text = ctx.read("document_text", doc)
        spans = ctx.read("document_spans", doc)

        st.subheader(t("sources.edge", lang))
        result = ctx.read("document_edges", doc)
        names = {n["id"]: n.get("name") or n["id"] for n in result.nodes.values()}
        edges = sorted((e for e in result.edges.values() if e["properties"].get("sources")),
                       key=lambda e: edge_choice_label(e, names, lang))
        if edges:
            ids_of = [e["id"] for e in edges]
            start = ids_of.index(wanted["edge"]) if wanted.get("edge") in ids_of else 0
            i = st.selectbox(t("result.pick_edge", lang), range(len(edges)), index=start,
                             format_func=lambda k: edge_choice_label(edges[k], names, lang),
                             key="src-edge")
            show_quotes(ctx, edges[i], link=False)

        st.subheader(t("sources.whole", lang))
        st.caption(t("sources.intro", lang))
        kinds = sorted({s["kind"] for s in spans})
        shown = st.multiselect(t("sources.filter", lang), kinds, default=kinds,
                               format_func=lambda k: kind_label(k, lang), key="src-kinds")
        with st.container(height=650):
            st.html(highlight(text, [s for s in spans if s["kind"] in shown]))
