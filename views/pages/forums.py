"""Forums page: countries × forums (conferences and their bodies) with roles, and overlaps."""
from __future__ import annotations

import streamlit as st

from views import matrix
from views.guard import shown_errors
from views.i18n import t
from views.panel import frame_with_downloads, result_key, show_result
from views.state import Ctx

OVERLAP_QUERY = "multi_forum_actors"


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    st.caption(t("forums.intro", lang))
    with shown_errors(lang):
        rows = ctx.read("memberships")
        if not rows:
            st.info(t("forums.none", lang))
            return
        st.subheader(t("forums.matrix", lang))
        df = matrix.forum_matrix(rows, lang)
        frame_with_downloads(df, "countries-forums", "forums-matrix", lang, t("forums.matrix", lang),
                             index=True)
        st.subheader(t("forums.overlaps", lang))
        # one definition for the page and the Queries page: the saved query itself
        st.caption(t("forums.overlaps_how", lang, query=OVERLAP_QUERY))
        ov = matrix.overlaps(ctx.saved(OVERLAP_QUERY, {}).records(), lang)
        if len(ov):
            frame_with_downloads(ov, "actors-in-several-forums", "forums-overlaps", lang,
                                 t("forums.overlaps", lang))
        else:
            st.info(t("forums.no_overlap", lang))
        st.subheader(t("result.diagram", lang))
        result = ctx.saved("app_forums_diagram", {})
        parts = ctx.saved("app_body_conferences", {})
        result.nodes.update(parts.nodes)
        result.edges.update(parts.edges)
        show_result(ctx, result, result_key("forums", ctx.version, lang), t("page.forums", lang),
                    expand=False)
