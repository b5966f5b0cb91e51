"""Queries page: pick a saved query, fill the form its header describes, read the result."""
from __future__ import annotations

import datetime as dt

import streamlit as st

from views.guard import shown_errors
from views.i18n import t
from views.panel import result_key, show_result
from views.state import Ctx


def _library():
    """The saved queries offered to the user (not the app's own page queries)."""
    from queries.library import load_library
    return {name: q for name, q in load_library().items() if q.listed}


def _label(obj, field: str, lang: str) -> str:
    return getattr(obj, f"{field}_{lang}", "") or getattr(obj, f"{field}_es", "")


def param_widget(ctx: Ctx, q, p, lang: str):
    """A widget for one parameter of a saved query, its value as the library expects (text)."""
    label = _label(p, "label", lang) or p.name
    key = f"qp-{q.name}-{p.name}"
    options = []
    if p.choices is not None or p.choices_query or p.type == "kind":
        if p.choices_query:
            res = ctx.run(p.choices_query)
            vi, li = res.columns.index("value"), res.columns.index("label")
            options = [(row[vi], str(row[li])) for row in res.rows]
        else:
            options = q.options(ctx.store, p.name)
    if options:
        values = [v for v, _ in options]
        labels = {v: lab for v, lab in options}
        if not p.required:
            values = [""] + values
            labels[""] = t("queries.any", lang)
        default = p.default if p.default is not None else ""
        if default not in values:
            # The default may be a name where options are ids: match it by label or id.
            hit = next((v for v, lab in options if str(default).lower() in (str(v).lower(), lab.lower())
                        or lab.lower().startswith(str(default).lower() + " (")), None)
            if hit is None and default != "":
                values = [default] + values
                labels[default] = str(default)
            default = hit if hit is not None else default
        return st.selectbox(label, values, index=values.index(default) if default in values else 0,
                            format_func=lambda v: labels.get(v, str(v)), key=key)
    if p.type == "bool":
        return st.checkbox(label, value=bool(p.default), key=key)
    if p.type == "int":
        return int(st.number_input(label, value=int(p.default or 0), step=1, key=key))
    if p.type == "float":
        return float(st.number_input(label, value=float(p.default or 0.0), key=key))
    if p.type == "date":
        default = dt.date.fromisoformat(p.default) if p.default else None
        value = st.date_input(label, value=default, key=key)
        return value.isoformat() if value else ""
    return st.text_input(label, value="" if p.default is None else str(p.default), key=key)


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    try:
        library = _library()
    except Exception as exc:  # noqa: BLE001 - a broken library must not take the app down
        st.info(t("queries.none", lang, reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__))
        return
    if not library:
        st.info(t("queries.none", lang, reason="queries/*.cypher"))
        return
    names = sorted(library, key=lambda n: _label(library[n], "title", lang).lower())
    name = st.selectbox(t("queries.pick", lang), names,
                        format_func=lambda n: _label(library[n], "title", lang), key="query-name")
    q = library[name]
    st.caption(_label(q, "description", lang))
    raw = {}
    with shown_errors(lang):
        with st.form(f"form-{name}"):
            for p in q.params:
                raw[p.name] = param_widget(ctx, q, p, lang)
            st.form_submit_button(t("queries.run", lang), type="primary")
    if len(raw) != len(q.params):
        return
    with shown_errors(lang):
        with st.spinner():
            result = ctx.saved(name, raw)
        title = subject_title(q, raw, lang)
        show_result(ctx, result, result_key("saved", name, raw, ctx.version, lang), title,
                    diagram=True)


def subject_title(q, raw: dict, lang: str) -> str:
    """The query's title and the subject it was asked about ("Commitments of an actor — Chile"):
    exports and file names carry it, so two downloads of one query are told apart."""
    chosen = [str(raw[p.name]) for p in q.params
              if raw.get(p.name) not in (None, "") and raw.get(p.name) != p.default]
    title = _label(q, "title", lang)
    return f"{title} — {', '.join(chosen)}" if chosen else title
