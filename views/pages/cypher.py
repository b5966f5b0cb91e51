"""Cypher page: free-form read-only queries, shown like any saved query."""
from __future__ import annotations

import streamlit as st

from views.guard import shown_errors
from views.i18n import t
from views.panel import result_key, show_result
from views.state import Ctx

EXAMPLE = ("MATCH (a)-[r]->(c:Commitment)\nWHERE r.type = 'RESPONSIBLE_FOR'\n"
           "RETURN a.name AS actor, c.number AS agreement, a, r, c\nORDER BY agreement")


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    st.caption(t("cypher.intro", lang))
    with st.form("cypher-form"):
        text = st.text_area(t("cypher.text", lang), value=EXAMPLE, height=160, key="cypher-text")
        st.form_submit_button(t("cypher.run", lang), type="primary")
    if not text.strip():
        return
    with shown_errors(lang):
        result = ctx.run(text)
        show_result(ctx, result, result_key("cypher", text, ctx.version, lang), "cypher")
