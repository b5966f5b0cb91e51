"""Documents page: add documents from the browser (one or many files, any format `actagraph
load` reads), see what was read from each, replace or remove a document with its facts."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from views.guard import shown_errors
from views.i18n import kind_label, t
from views.state import Ctx, data_changed
from views.upload import EXTENSIONS, load_upload


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    st.caption(t("docs.intro", lang))
    files = st.file_uploader(t("docs.upload", lang), type=list(EXTENSIONS),
                             accept_multiple_files=True, key="docs-upload")
    if files and st.button(t("docs.load", lang, n=len(files)), key="docs-load", type="primary"):
        outcomes = []
        for f in files:
            bar = st.progress(0.0, text=t("docs.reading", lang, file=f.name))
            outcomes.append(load_upload(ctx.store, f.name, f.getvalue()))
            bar.progress(1.0, text=t("docs.done", lang, file=outcomes[-1].file))
        # rerun so every part of the page (the sidebar's document list too) reads the new graph
        st.session_state["docs-outcomes"] = outcomes
        data_changed()
        st.rerun()
    for outcome in st.session_state.get("docs-outcomes", []):
        show_outcome(outcome, lang)
    with shown_errors(lang):
        docs = ctx.read("documents")
        if not docs:
            st.info(t("sources.none", lang))
            return
        st.dataframe(pd.DataFrame([{
            t("docs.id", lang): d["id"], t("docs.title", lang): d.get("title") or "",
            t("docs.date", lang): d.get("date") or ""} for d in docs]),
            hide_index=True, width="stretch")
        with st.expander(t("docs.remove", lang)):
            ids = [d["id"] for d in docs]
            doc = st.selectbox(t("docs.id", lang), ids, key="docs-remove-id")
            sure = st.checkbox(t("docs.remove_confirm", lang, doc=doc), key="docs-remove-sure")
            if st.button(t("docs.remove", lang), key="docs-remove", disabled=not sure):
                ctx.store.remove_document(doc)
                data_changed()
                st.success(t("docs.removed", lang, doc=doc))


def show_outcome(outcome, lang: str) -> None:
    """What one upload gave: its one-line error, or what was read and found."""
    if outcome.error:
        st.error(outcome.error)
        return
    counts = ", ".join(f"{n} {kind_label(k, lang)}" for k, n in outcome.counts.items())
    facts = [f"{t('docs.title', lang)}: {outcome.title or '—'}",
             f"{t('docs.date', lang)}: {outcome.date or '—'}",
             f"{t('docs.language', lang)}: {outcome.language or '—'}",
             f"{t('docs.format', lang)}: {outcome.format or '—'}"
             + (f", {outcome.pages} p." if outcome.pages else ""),
             counts or t("docs.nothing_found", lang)]
    state = t("docs.unchanged", lang) if outcome.unchanged else t("docs.loaded", lang)
    st.success(f"{outcome.document} · {state}")
    st.text("\n".join(facts + [f"review: {note}" for note in outcome.review_notes]))
