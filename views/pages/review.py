"""Review page: check the facts the extractor found, least certain first; accept, reject or
correct each, and add the ones it missed from a quote of the text.

Every decision goes through actagraph.review, the same path as `actagraph review`, so the graph
shows it at once and keeps it after every reload. Document text is escaped before it is
highlighted (views.highlight); nothing a user types reaches Cypher except as a bound parameter.
"""
from __future__ import annotations

import html
from contextlib import contextmanager

import streamlit as st

from views.guard import shown_errors
from views.highlight import highlight
from views.i18n import edge_label, kind_label, role_label, t
from views.panel import document_picker
from views.state import Ctx, settings

STATUS_FILTERS = ("pending", "accepted", "rejected", "corrected", "added", "all")
FLASH = "review-flash"


def _log(ctx: Ctx):
    from graph.review_log import ReviewLog, log_path
    return ReviewLog(log_path(ctx.store, settings()))


@contextmanager
def refused(lang: str):
    """A decision the review layer refuses (one line) is an error message, not a crash."""
    from graph.review import ReviewError
    try:
        yield
    except ReviewError as exc:
        st.error(str(exc))


def fact_label(row: dict, lang: str) -> str:
    """`id8 · source — type — target`, what the fact picker shows (and a user can type)."""
    role = f" ({role_label(row['role'], lang)})" if row.get("role") else ""
    return (f"{row['id'][:8]} · {row['source_name'] or row['source']} — "
            f"{edge_label(row['type'], lang)}{role} — {row['target_name'] or row['target']}")


def passages(ctx: Ctx, doc: str) -> list[dict]:
    res = ctx.saved("app_document_passages", {"doc": doc})
    return [{"paragraph": a, "section": b, "start": c, "end": d} for a, b, c, d in res.rows]


def entities_of(ctx: Ctx, doc: str) -> dict[str, str]:
    """id -> "name (kind)" of every entity the document's facts and mentions touch."""
    out = {}
    for nid, name, kind in ctx.saved("app_document_ends", {"doc": doc}).rows:
        if kind not in ("Passage", "Document"):
            out[nid] = f"{name or nid} ({kind})"
    return dict(sorted(out.items(), key=lambda kv: (kv[1].lower(), kv[0])))


def sentence_span(text: str, paras: list[dict], start: int, end: int) -> tuple[int, int]:
    """The whole sentence(s) holding text[start:end], within its passage."""
    from loaders.patterns import load_patterns
    from loaders.spans import sentences
    para = next((p for p in paras if p["start"] <= start and end <= p["end"]), None)
    if para is None:
        return start, end
    cuts = sentences(text, para["start"], para["end"], load_patterns().abbreviations)
    inside = [(a, b) for a, b in cuts if a < end and start < b] or [(para["start"], para["end"])]
    return min(a for a, _ in inside), max(b for _, b in inside)


def _done(message: str, problems: list[str]) -> None:
    st.session_state[FLASH] = (message, problems)
    st.cache_data.clear()          # the graph changed under every cached answer
    st.rerun()


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    with shown_errors(lang):
        from actagraph.review import listing
        log = _log(ctx)
        st.caption(t("review.intro", lang, path=str(log.path)))
        if FLASH in st.session_state:
            message, problems = st.session_state.pop(FLASH)
            st.success(message)
            if problems:
                st.warning(t("review.problems", lang) + "\n\n" +
                           "\n".join(f"- `{p}`" for p in problems))
        doc = document_picker(ctx, t("review.document", lang), "review-doc")
        if doc is None:
            st.info(t("review.none", lang))
            return
        rows = listing(ctx.store, log, doc)
        text = ctx.read("document_text", doc)
        paras = passages(ctx, doc)
        fact_list(ctx, rows, text, paras, log, st.query_params.get("fact"))
        st.subheader(t("review.add", lang))
        add_form(ctx, doc, text, paras, log)


def fact_list(ctx: Ctx, rows: list[dict], text: str, paras: list[dict], log, wanted) -> None:
    lang = ctx.lang
    c1, c2, c3 = st.columns([2, 3, 2])
    start_status = "all" if wanted else "pending"
    status = c1.selectbox(t("review.status", lang), STATUS_FILTERS,
                          index=STATUS_FILTERS.index(start_status),
                          format_func=lambda s: t(f"review.status.{s}", lang), key="review-status")
    types = sorted({r["type"] for r in rows})
    kinds = c2.multiselect(t("review.kinds", lang), types, default=[],
                           format_func=lambda k: edge_label(k, lang), key="review-kinds")
    limit = c3.slider(t("review.max_confidence", lang), 0.0, 1.0, 1.0, 0.05, key="review-conf")
    unrated = c3.checkbox(t("review.unrated", lang), value=True, key="review-unrated")
    shown = [r for r in rows
             if (status == "all" or r["status"] == status)
             and (not kinds or r["type"] in kinds)
             and ((r["confidence"] is None and unrated)
                  or (r["confidence"] is not None and r["confidence"] <= limit))]
    pending = sum(1 for r in rows if r["status"] == "pending")
    st.caption(t("review.count", lang, n=len(shown), pending=pending))
    if not shown:
        st.info(t("review.empty", lang))
        return
    import pandas as pd
    st.dataframe(pd.DataFrame([{
        t("review.status", lang): t(f"review.status.{r['status']}", lang),
        t("review.type", lang): edge_label(r["type"], lang),
        t("review.from", lang): r["source_name"], t("review.to", lang): r["target_name"],
        "confidence": r["confidence"], "rule": r["rule"], "quote": r["quote"], "id": r["id"]}
        for r in shown]), hide_index=True, width="stretch", height=260)
    by_id = {r["id"]: r for r in shown}
    order = list(by_id)
    index = order.index(wanted) if wanted in by_id else 0
    fid = st.selectbox(t("review.fact", lang), order, index=index,
                       format_func=lambda i: fact_label(by_id[i], lang), key="review-fact")
    show_fact(ctx, by_id[fid], text, paras, log)


def show_fact(ctx: Ctx, row: dict, text: str, paras: list[dict], log) -> None:
    from actagraph.review import decide, withdraw
    lang = ctx.lang
    conf = "—" if row["confidence"] is None else f"{row['confidence']:.2f}"
    st.markdown(html.escape(t("review.found_by", lang, rule=row["rule"] or "—", confidence=conf,
                              status=t(f"review.status.{row['status']}", lang))))
    start, end = row.get("start"), row.get("end")
    if text and isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text):
        a, b = sentence_span(text, paras, start, end)
        st.markdown(f"**{html.escape(t('review.sentence', lang))}**")
        st.html(highlight(text[a:b], [], (start - a, end - a)))
    elif row.get("quote"):
        st.html(f"<blockquote>{html.escape(row['quote'])}</blockquote>")
    reason = st.text_input(t("review.reason", lang), value=row.get("reason") or "",
                           key=f"review-reason-{row['id']}")
    b1, b2, b3 = st.columns(3)
    what = fact_label(row, lang)
    if b1.button(t("review.accept", lang), key=f"review-accept-{row['id']}", type="primary",
                 disabled=row["status"] in ("accepted", "added")):
        with refused(lang):
            _, problems = decide(ctx.store, log, row["id"], "accept", reason)
            _done(t("review.done", lang, what=f"{t('review.status.accepted', lang)}: {what}"), problems)
    if b2.button(t("review.reject", lang), key=f"review-reject-{row['id']}",
                 disabled=row["status"] == "rejected"):
        with refused(lang):
            _, problems = decide(ctx.store, log, row["id"], "reject", reason)
            _done(t("review.done", lang, what=f"{t('review.status.rejected', lang)}: {what}"), problems)
    if row.get("decided") and b3.button(t("review.undo", lang), key=f"review-undo-{row['id']}"):
        with refused(lang):
            problems = withdraw(ctx.store, log, row["id"])
            _done(t("review.done", lang, what=f"{t('review.undo', lang)}: {what}"), problems)
    if row["status"] != "rejected":
        correct_form(ctx, row, log)


def correct_form(ctx: Ctx, row: dict, log) -> None:
    from actagraph.review import decide
    lang = ctx.lang
    with st.expander(t("review.correct", lang)):
        st.caption(t("review.correct_help", lang))
        names = entities_of(ctx, row["document"])
        keep = [""] + list(names)
        label = lambda i: t("review.unchanged", lang) if i == "" else names[i]  # noqa: E731
        with st.form(f"review-correct-{row['id']}"):
            new_from = st.selectbox(t("review.new_from", lang), keep, format_func=label)
            new_to = st.selectbox(t("review.new_to", lang), keep, format_func=label)
            new_role = st.text_input(t("review.new_role", lang))
            new_date = st.text_input(t("review.new_date", lang))
            reason = st.text_input(t("review.reason", lang))
            if st.form_submit_button(t("review.correct", lang)):
                changes = {"source": new_from or None, "target": new_to or None,
                           "role": new_role.strip() or None, "date": new_date.strip() or None}
                with refused(lang):
                    _, problems = decide(ctx.store, log, row["id"], "correct", reason, changes)
                    _done(t("review.done", lang, what=f"{t('review.status.corrected', lang)}: "
                                                      f"{fact_label(row, lang)}"), problems)


def add_form(ctx: Ctx, doc: str, text: str, paras: list[dict], log) -> None:
    from actagraph.review import add_fact
    from graph.ontology import load_ontology
    from graph.review import LEXICAL
    lang = ctx.lang
    st.caption(t("review.add_help", lang))
    if not paras:
        return
    labels = {i: f"§{p['section']} ¶{p['paragraph']} · {text[p['start']:p['end']][:90]}"
              for i, p in enumerate(paras)}
    k = st.selectbox(t("review.passage", lang), list(labels), format_func=labels.get,
                     key="review-add-passage")
    para = paras[k]
    passage = text[para["start"]:para["end"]]
    st.html(highlight(passage, []))
    names = entities_of(ctx, doc)
    types = [x for x in load_ontology().edge_types if x not in LEXICAL]
    with st.form("review-add"):
        quote = st.text_input(t("review.quote", lang), key="review-add-quote")
        etype = st.selectbox(t("review.type", lang), types, format_func=lambda x: f"{x} · {edge_label(x, lang)}",
                             key="review-add-type")
        c1, c2 = st.columns(2)
        src = c1.selectbox(t("review.from", lang), list(names), format_func=names.get,
                           key="review-add-from")
        dst = c2.selectbox(t("review.to", lang), list(names), format_func=names.get,
                           key="review-add-to")
        role = st.text_input(t("review.role", lang), key="review-add-role")
        reason = st.text_input(t("review.reason", lang), key="review-add-reason")
        submitted = st.form_submit_button(t("review.add_button", lang))
    if submitted:
        offset = passage.find(quote) if quote else -1
        if offset < 0:
            st.error(t("review.quote_missing", lang))
            return
        with refused(lang):
            decision, problems = add_fact(ctx.store, log, doc, quote, etype, src, dst,
                                          role.strip() or None, para["start"] + offset, reason)
            _done(t("review.done", lang, what=f"{t('review.status.added', lang)}: "
                                              f"{names.get(decision.source, decision.source)} — "
                                              f"{edge_label(decision.type, lang)} — "
                                              f"{names.get(decision.target, decision.target)}"),
                  problems)


__all__ = ["render", "fact_label", "sentence_span", "kind_label"]
