"""Explore page: search any entity by name or alias, see its neighbourhood, find a path."""
from __future__ import annotations

import html

import streamlit as st

from views import explore
from views.guard import shown_errors
from views.i18n import kind_label, t
from views.panel import result_key, show_result
from views.state import Ctx


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    with shown_errors(lang):
        entities = ctx.read("entities")
        by_id = {e["id"]: e for e in entities}
        label = lambda i: f"{by_id[i]['name']} ({kind_label(by_id[i]['kind'], lang)})"  # noqa: E731
        wanted = st.query_params.get("node")
        if "explore-q" not in st.session_state and wanted in by_id:
            # a copied link: the entity it names is searched and chosen again
            st.session_state["explore-q"] = by_id[wanted]["name"]
            st.session_state["explore-hit"] = wanted
        query = st.text_input(t("explore.search", lang), value="", key="explore-q")
        hits = explore.search(entities, query) if query else []
        if query and not hits:
            st.info(t("explore.no_match", lang))
        if hits:
            ids = [h["id"] for h in hits]
            if st.session_state.get("explore-hit") not in ids:
                st.session_state.pop("explore-hit", None)
            chosen = st.selectbox(t("explore.results", lang), ids, format_func=label, key="explore-hit")
            st.query_params["node"] = chosen
            c1, c2 = st.columns(2)
            depth = c1.slider(t("explore.depth", lang), 1, 3, 1, key="explore-depth")
            text = c2.checkbox(t("explore.include_text", lang), value=False, key="explore-text")
            st.html(f"<h3>{html.escape(t('explore.neighbourhood', lang))}: "
                    f"{html.escape(str(by_id[chosen]['name']))}</h3>")
            result = ctx.read("neighbourhood", chosen, depth, text)
            show_result(ctx, result, result_key("nb", chosen, depth, text, ctx.version, lang),
                        by_id[chosen]["name"], expand=False)

        st.subheader(t("explore.path", lang))
        ordered = sorted(by_id, key=lambda i: (by_id[i]["name"].lower(), i))
        if len(ordered) < 2:
            return
        c1, c2 = st.columns(2)
        a = c1.selectbox(t("explore.from", lang), ordered, format_func=label, key="path-a")
        b = c2.selectbox(t("explore.to", lang), ordered, index=1, format_func=label, key="path-b")
        if a == b:
            return
        edges = ctx.read("edge_list", False)
        path = explore.shortest_path(edges, a, b)
        if not path:
            st.info(t("explore.no_path", lang))
            return
        st.caption(t("explore.path_len", lang, n=len(path)))
        result = ctx.read("edges_by_id", path)
        show_result(ctx, result, result_key("path", a, b, ctx.version, lang),
                    f"{by_id[a]['name']} → {by_id[b]['name']}", expand=False)
