"""The result panel every page uses: table, interactive diagram, static diagram, quotes and
every export (HTML, SVG, PNG, CSV, JSON, GraphML, GEXF, briefing pack).

A table-only result (saved queries mostly return columns, not nodes) is drawn from the nodes it
names: values of `id`/`*_id` columns and returned nodes, with their direct relationships.
"""
from __future__ import annotations

import hashlib
import html
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from graph import export as gx
from graph.store import QueryResult
from graph.subgraph import MAX_NODES as MAX_DIAGRAM_NODES, graph_of_result
from views import briefing, exports, readers
from views.highlight import excerpt
from views.i18n import edge_label, kind_label, t
from views.state import Ctx, cached_render, download_memo

STATIC_ON_SCREEN_LIMIT = 300
TEXT_KINDS = ("Passage", "Document")


def result_key(*parts) -> str:
    return hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:16]


def table(result: QueryResult) -> pd.DataFrame:
    rows = [[_display(v) for v in row] for row in result.rows]
    cols = [str(c) for c in result.columns]
    if len(set(cols)) != len(cols):
        cols = [f"{c} ({i})" for i, c in enumerate(cols)]
    return numbers_as_numbers(pd.DataFrame(rows, columns=cols))


def numbers_as_numbers(df: pd.DataFrame) -> pd.DataFrame:
    """Columns whose every non-empty cell is a whole number (agreement "10", a count) become an
    integer column, so a table sorts 1, 2, 10 and not 1, 10, 2. Mixed columns ("8.2") stay text.

    >>> numbers_as_numbers(pd.DataFrame({"n": ["10", "2", None]}))["n"].tolist()
    [10, 2, <NA>]
    """
    for col in df.columns:
        values = [v for v in df[col].tolist() if v is not None and v == v and v != ""]
        if values and all(isinstance(v, int) and not isinstance(v, bool)
                          or isinstance(v, str) and v.isdecimal() and len(v) < 16 for v in values):
            df[col] = pd.array([int(v) if v is not None and v == v and v != "" else None
                                for v in df[col].tolist()], dtype="Int64")
    return df


def _display(v):
    v = gx._cell(v)
    if isinstance(v, (list, dict)):
        return gx.safe_cell(v)
    return v


def diagram_result(ctx: Ctx, result: QueryResult) -> QueryResult:
    """The graph to draw for a result (see graph.subgraph), read through the app's cache."""
    return graph_of_result(ctx.saved, result, MAX_DIAGRAM_NODES)


def show_result(ctx: Ctx, result: QueryResult, key: str, title: str,
                diagram: bool = True, expand: bool = True) -> None:
    lang = ctx.lang
    st.caption(t("result.rows", lang, n=len(result.rows)))
    if result.truncated:
        st.warning(t("result.truncated", lang))
    graph = diagram_result(ctx, result) if (diagram and expand) else result
    has_graph = diagram and exports.has_graph(graph)
    selected, draw_key = None, key
    if has_graph:
        graph, draw_key = expanded(ctx, graph, key)
        selected = node_picker(ctx, graph, key)
        st.caption(t("result.diagram_size", lang, n=len(graph.nodes), m=len(graph.edges)))
    labels = [t("result.diagram", lang), t("result.table", lang), t("result.static", lang)] \
        if has_graph else [t("result.table", lang)]
    tabs = st.tabs(labels)
    if has_graph:
        with tabs[0]:
            html_doc = cached_render("html", draw_key + "g", lang, title, graph).decode("utf-8")
            st.iframe(html_doc, height=720)
        with tabs[1]:
            _table(result, lang)
        with tabs[2]:
            if len(graph.nodes) <= STATIC_ON_SCREEN_LIMIT:
                svg_text = cached_render("svg", draw_key + "g", lang, title, graph).decode("utf-8")
                st.image(svg_text, width="stretch")
            else:
                st.info(t("result.too_big_static", lang, n=len(graph.nodes)))
    else:
        with tabs[0]:
            _table(result, lang)
        if diagram:
            st.caption(t("result.no_graph", lang))
    export_bar(result, graph if has_graph else result, draw_key, title, lang)
    if has_graph:
        if selected:
            node_details(ctx, graph, selected)
        quotes_picker(ctx, graph, key)


def merge(graph: QueryResult, more: QueryResult) -> QueryResult:
    """`graph` with the nodes and edges of `more` added (its table unchanged)."""
    return QueryResult(graph.columns, graph.rows, {**graph.nodes, **more.nodes},
                       {**graph.edges, **more.edges}, graph.truncated)


def expanded(ctx: Ctx, graph: QueryResult, key: str) -> tuple[QueryResult, str]:
    """The diagram with the neighbours of every node the user expanded (saved query app_around,
    through views.readers.neighbourhood), and the result key that names that state."""
    done = st.session_state.get(f"expanded-{key}", [])
    for nid in done:
        graph = merge(graph, ctx.read("neighbourhood", nid, 1, False))
    return graph, (result_key(key, tuple(done)) if done else key)


def _node_label(n: dict, lang: str) -> str:
    return f"{n.get('name') or n['id']} ({kind_label(n['kind'], lang)})"


def node_picker(ctx: Ctx, graph: QueryResult, key: str) -> str | None:
    """A node of the diagram to read about or expand; the choice is kept in the URL (`node`)."""
    lang = ctx.lang
    base = key
    ids = sorted(graph.nodes, key=lambda i: (str(graph.nodes[i].get("name") or i).lower(), i))
    options = [""] + ids
    wkey = f"node-{base}"
    wanted = st.query_params.get("node")
    if wkey not in st.session_state and wanted in graph.nodes:
        st.session_state[wkey] = wanted
    if st.session_state.get(wkey) not in options:
        st.session_state[wkey] = ""
    c1, c2 = st.columns([4, 1], vertical_alignment="bottom")
    chosen = c1.selectbox(t("result.pick_node", lang), options, key=wkey,
                          format_func=lambda i: _node_label(graph.nodes[i], lang) if i else "—")
    if chosen:
        st.query_params["node"] = chosen
    elif st.query_params.get("node") in graph.nodes:
        del st.query_params["node"]
    if c2.button(t("result.expand", lang), key=f"expand-btn-{base}", disabled=not chosen):
        done = st.session_state.setdefault(f"expanded-{base}", [])
        if chosen not in done:
            done.append(chosen)
        st.rerun()
    return chosen or None


def node_details(ctx: Ctx, graph: QueryResult, nid: str) -> None:
    """The selected node: kind, properties, and the sources that state it with their quotes and a
    link to the Sources page at each passage."""
    from views.network import node_details as details_of
    lang = ctx.lang
    n = graph.nodes[nid]
    d = details_of(n, lang)
    with st.container(border=True):
        st.markdown(f"**{html.escape(t('result.details', lang))}**")
        st.text(f"{d['heading']} · {d['kind']}")
        if d["props"]:
            st.dataframe(pd.DataFrame(d["props"], columns=[t("result.property", lang),
                                                           t("result.value", lang)]),
                         hide_index=True, width="stretch")
        around = [e for e in graph.edges.values() if nid in (e["source"], e["target"])
                  and e.get("properties", {}).get("sources")]
        if n.get("properties", {}).get("sources"):
            show_quotes(ctx, n)
        names = {i: m.get("name") or i for i, m in graph.nodes.items()}
        for e in sorted(around, key=lambda e: edge_choice_label(e, names, lang)):
            st.markdown(f"*{html.escape(edge_choice_label(e, names, lang))}*")
            show_quotes(ctx, e)


def _table(result: QueryResult, lang: str) -> None:
    if not result.rows:
        st.info(t("result.no_rows", lang))
        return
    st.dataframe(table(result), hide_index=True, width="stretch")


def export_bar(result: QueryResult, graph: QueryResult, key: str, title: str, lang: str) -> None:
    """Download buttons; heavy files are made only when their button is clicked."""
    memo = download_memo()
    # Tables export the rows; diagram formats export the drawn graph (with the rows, for CSV).
    combined = QueryResult(result.columns, result.rows, graph.nodes, graph.edges, result.truncated)
    base = exports.slug(title)
    st.markdown(f"**{html.escape(t('result.exports', lang))}**")
    fmts = exports.available(combined)
    cols = st.columns(min(len(fmts) + 2, 10))
    for i, fmt in enumerate(fmts):
        label = t(f"export.{fmt}", lang)
        cols[i % len(cols)].download_button(
            label, data=_deferred(memo, (key, fmt, lang), fmt, combined, lang, title),
            file_name=exports.file_name(base, fmt), mime=exports.mime(fmt),
            key=f"dl-{key}-{fmt}", on_click="ignore")
    j = len(fmts)
    cols[j % len(cols)].download_button(
        t("export.briefing", lang),
        data=lambda: memo.get((key, "brief", lang), lambda: briefing.briefing_html(
            combined, title, lang).encode("utf-8")),
        file_name=f"{base}-briefing.html", mime="text/html", key=f"dl-{key}-brief",
        on_click="ignore")
    cols[(j + 1) % len(cols)].download_button(
        t("export.briefing_zip", lang),
        data=lambda: memo.get((key, "zip", lang), lambda: briefing.briefing_zip(combined, title, lang)),
        file_name=f"{base}-briefing.zip", mime="application/zip", key=f"dl-{key}-zip",
        on_click="ignore")


def _deferred(memo, mkey, fmt, result, lang, title):
    return lambda: memo.get(mkey, lambda: exports.render(fmt, result, lang, title))


def edge_choice_label(e: dict, names: dict, lang: str) -> str:
    return (f"{names.get(e['source'], e['source'])} — {edge_label(e['type'], lang)} — "
            f"{names.get(e['target'], e['target'])}")


def quotes_picker(ctx: Ctx, graph: QueryResult, key: str) -> None:
    """Pick any relationship of the diagram and read its quotes, in context."""
    lang = ctx.lang
    sourced = [e for e in graph.edges.values() if e.get("properties", {}).get("sources")]
    if not sourced:
        return
    names = {n["id"]: n.get("name") or n["id"] for n in graph.nodes.values()}
    sourced.sort(key=lambda e: edge_choice_label(e, names, lang))
    with st.expander(t("result.quotes", lang)):
        choice = st.selectbox(t("result.pick_edge", lang), range(len(sourced)),
                              format_func=lambda i: edge_choice_label(sourced[i], names, lang),
                              key=f"edge-{key}")
        show_quotes(ctx, sourced[choice])


def show_quotes(ctx: Ctx, edge: dict, link: bool = True) -> None:
    """The quotes behind an edge, in context; with `link`, a jump to them on the Sources page."""
    sources = edge["properties"].get("sources") or []
    status = edge["properties"].get("review_status")
    if status:
        st.caption(f"{t('review.status', ctx.lang)}: {t('review.status.' + status, ctx.lang)}")
    if link and sources and edge.get("id"):
        target = urlencode({"page": "sources", "lang": ctx.lang,
                            "doc": sources[0].get("document"), "edge": edge["id"]})
        st.markdown(f"[{t('sources.open', ctx.lang)}](?{target})")
    for s in sources:
        where = f"{s.get('document')} § {s.get('section')} ¶ {s.get('paragraph')}"
        st.text(where + (f" · p. {s['page']}" if s.get("page") else ""))   # text, never markup
        text = ctx.read("document_text", s.get("document"))
        if text and 0 <= s.get("start", -1) < s.get("end", -1) <= len(text):
            spans = ctx.read("document_spans", s.get("document"))
            st.html(excerpt(text, s["start"], s["end"], spans))
        else:
            st.html(f"<blockquote>{html.escape(s.get('quote', ''))}</blockquote>")


__all__ = ["show_result", "diagram_result", "table", "result_key", "show_quotes", "readers"]


def frame_downloads(df: pd.DataFrame, base: str, key: str, lang: str, index: bool = True,
                    what: str = "") -> None:
    """CSV (formula-safe) and JSON downloads of a displayed table; `what` (the table's heading)
    ends each button's label, so two tables of one page have distinct buttons."""
    import json as _json
    frame = df.reset_index() if index else df
    cols = [str(c) for c in frame.columns]
    rows = frame.astype(object).where(frame.notna(), None).values.tolist()
    c1, c2 = st.columns(2)
    suffix = f": {what}" if what else ""
    c1.download_button(t("export.csv", lang) + suffix, gx.rows_to_csv(cols, rows).encode("utf-8"),
                       file_name=f"{exports.slug(base)}.csv", mime="text/csv", key=f"csv-{key}",
                       on_click="ignore")
    c2.download_button(t("export.json", lang) + suffix,
                       (_json.dumps([dict(zip(cols, r)) for r in rows], ensure_ascii=False,
                                    indent=2, default=str) + "\n").encode("utf-8"),
                       file_name=f"{exports.slug(base)}.json", mime="application/json",
                       key=f"json-{key}", on_click="ignore")


def frame_with_downloads(df: pd.DataFrame, base: str, key: str, lang: str, what: str,
                         index: bool = False) -> None:
    """A displayed table (`st.dataframe`, full width) followed by its CSV and JSON downloads;
    `base` names the files, `key` makes the buttons' widget keys unique, `what` is the heading."""
    st.dataframe(df, hide_index=not index, width="stretch")
    frame_downloads(df, base, key, lang, index=index, what=what)


def document_picker(ctx: Ctx, label: str, key: str) -> str | None:
    """A select box over the stored documents (titles shown, ids returned), preselecting the
    `?doc=` of a jump from another page; None (after an info line `empty`) when none is stored.
    `label` is the box's text, `key` its widget key; reads the saved `documents` answer."""
    docs = ctx.read("documents")
    if not docs:
        return None
    ids = [d["id"] for d in docs]
    titles = {d["id"]: d.get("title") or d["id"] for d in docs}
    wanted = st.query_params          # a jump from another page: ?page=…&doc=…
    return st.selectbox(label, ids, format_func=lambda i: titles[i],
                        index=ids.index(wanted["doc"]) if wanted.get("doc") in ids else 0,
                        key=key)
