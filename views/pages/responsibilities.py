"""Responsibilities page: the actor × commitment matrix (role and deadline), and each
commitment's text and quote one click away."""
from __future__ import annotations

import html

import streamlit as st

from views import matrix
from views.guard import shown_errors
from views.highlight import excerpt
from views.i18n import role_label, t
from views.panel import frame_with_downloads, result_key, show_result
from views.state import Ctx



def render(ctx: Ctx) -> None:
    lang = ctx.lang
    st.caption(t("resp.intro", lang))
    with shown_errors(lang):
        rows = ctx.read("responsibilities")
        if not rows:
            st.info(t("resp.none", lang))
            return
        docs = sorted({r["document"] for r in rows if r["document"]})
        if len(docs) > 1:
            chosen = st.multiselect(t("resp.document", lang), docs, default=docs, key="resp-docs")
            rows = [r for r in rows if r["document"] in chosen]
        st.subheader(t("resp.matrix", lang))
        df = matrix.responsibility_matrix(rows, lang)
        frame_with_downloads(df, "responsibility-matrix", "resp-matrix", lang, t("resp.matrix", lang),
                             index=True)

        st.subheader(t("resp.detail", lang))
        commitments = {}
        for r in rows:
            commitments.setdefault(r["commitment_id"], r)
        ids = list(commitments)
        cid = st.selectbox(t("resp.commitment", lang), ids,
                           format_func=lambda i: f"{matrix.commitment_label(commitments[i], False, lang)} · "
                                                 f"{commitments[i]['commitment'][:90]}",
                           key="resp-commitment")
        show_commitment(ctx, cid, [r for r in rows if r["commitment_id"] == cid])

        with st.expander(t("resp.list", lang)):
            listing = matrix.responsibility_table(rows, lang)
            frame_with_downloads(listing, "responsibilities", "resp-list", lang, t("resp.list", lang))

        st.subheader(t("result.diagram", lang))
        result = ctx.saved("app_responsibilities_diagram", {})
        show_result(ctx, result, result_key("resp", ctx.version, lang), t("page.responsibilities", lang),
                    expand=False)


def show_commitment(ctx: Ctx, cid: str, rows: list[dict]) -> None:
    lang = ctx.lang
    first = rows[0]
    st.html(f"<p><b>{html.escape(t('resp.commitment', lang))} {html.escape(str(first['number']))}"
            f"</b> · <code>{html.escape(str(first['document']))}</code></p>")
    st.text(first["commitment"])
    who = "; ".join(sorted({f"{r['actor']} ({role_label(r['role'], lang)}"
                            + (f", {r['via']}" if r["via"] else "") + ")" for r in rows}))
    st.html(f"<p><b>{html.escape(t('resp.actor', lang))}:</b> {html.escape(who)}</p>")
    if first.get("deadline"):
        st.html(f"<p><b>{html.escape(t('resp.deadline', lang))}:</b> "
                f"{html.escape(str(first['deadline']))}</p>")
    text = ctx.read("document_text", first["document"])
    start, end = first.get("char_start"), first.get("char_end")
    if text and isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        spans = ctx.read("document_spans", first["document"])
        st.html(excerpt(text, start, end, spans, context=200))
    for r in rows:
        if not r["quote"]:
            continue
        head = (f"<b>{html.escape(r['actor'])}</b> ({html.escape(role_label(r['role'], lang))})"
                + (f" · p. {html.escape(str(r['page']))}" if r.get("page") else ""))
        qs, qe = r.get("quote_start"), r.get("quote_end")
        if text and isinstance(qs, int) and isinstance(qe, int) and 0 <= qs < qe <= len(text):
            # the whole sentence that states it, the rule's own span highlighted inside it
            st.html(f"<blockquote>{head}{excerpt(text, qs, qe, [])}</blockquote>")
        else:
            st.html(f"<blockquote>{head}: «{html.escape(r['quote'])}»</blockquote>")
