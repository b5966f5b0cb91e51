"""actagraph's Streamlit app: wires the pages in views/pages to one store.

Run with `actagraph serve` (or `streamlit run app.py`). The store is the embedded LadybugDB file
($ACTAGRAPH_DB or .actagraph/graph.lbug) unless NEO4J_URI is set; see views/state.py.
"""
from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent))

from graph.errors import UserError  # noqa: E402
from views.i18n import LANGUAGES, t  # noqa: E402
from views.pages import (cypher, documents, explore, forums, network, queries,  # noqa: E402
                         responsibilities, review, sources, timeline)
from views.state import context, describe_safely  # noqa: E402

PAGES = {"queries": queries, "responsibilities": responsibilities, "forums": forums,
         "network": network, "timeline": timeline, "explore": explore, "sources": sources,
         "documents": documents, "review": review, "cypher": cypher}

st.set_page_config(page_title="actagraph", layout="wide")
# Tables leave the app only through the product's own CSV buttons, which neutralise formula cells;
# the table toolbar's raw CSV download and clipboard copy are off however the app is started.
st.set_option("client.disableDataExport", True)

params = st.query_params
if "lang" not in st.session_state:
    st.session_state["lang"] = params.get("lang") if params.get("lang") in LANGUAGES else "es"
if "page" not in st.session_state:
    st.session_state["page"] = params.get("page") if params.get("page") in PAGES else "queries"

with st.sidebar:
    lang = st.radio(t("app.language", st.session_state["lang"]), list(LANGUAGES),
                    format_func=LANGUAGES.get, key="lang", horizontal=True)
    page = st.radio("actagraph", list(PAGES), format_func=lambda p: t(f"page.{p}", lang),
                    key="page", label_visibility="collapsed")
# The URL says what is shown (page, language, and what the page put there: the query, its
# parameters, the selected node), so a copied link reopens the same view. Another page's
# selection does not carry over.
if params.get("page") not in (None, page):
    for k in [k for k in params if k not in ("page", "lang")]:
        del st.query_params[k]
st.query_params["page"], st.query_params["lang"] = page, lang

st.title(t("app.title", lang))

try:
    ctx = context(lang)
    with st.sidebar:
        st.caption(t("app.engine", lang, engine=describe_safely(ctx.store)))
        stats = ctx.read("documents")
        st.text(", ".join(d["id"] for d in stats) or "—")   # ids are text, never Markdown
except UserError as exc:
    st.error(t("app.store_error", lang, message=str(exc)))
    st.info(t("app.store_fix", lang))
    st.stop()

if not stats:                       # no documents loaded
    st.warning(t("app.empty", lang))

st.header(t(f"page.{page}", lang))
PAGES[page].render(ctx)
