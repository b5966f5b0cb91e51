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


def param_widget(ctx: Ctx, q, p, lang: str, from_url: str | None = None):
    """A widget for one parameter of a saved query, its value as the library expects (text).
    `from_url` (the parameter's text in a copied link) replaces the query's default."""
    pdefault = p.default if from_url is None else from_url
    if from_url is not None and p.type == "bool":
        pdefault = from_url.lower() in ("1", "true", "yes")
    label = _label(p, "label", lang) or p.name
    key = _widget_key(q, p)
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
        default = pdefault if pdefault is not None else ""
        if default not in values:
            # The default may be a name where options are ids: match it by label or id.
            hit = next((v for v, lab in options if str(default).lower() in (str(v).lower(), lab.lower())
                        or lab.lower().startswith(str(default).lower() + " (")), None)
            if hit is None and default != "":
                values = [default] + values
                labels[default] = str(default)
            default = hit if hit is not None else default
        if key in st.session_state and st.session_state[key] not in values:
            del st.session_state[key]          # a value from an old link that is no longer offered
        return st.selectbox(label, values, index=values.index(default) if default in values else 0,
                            format_func=lambda v: labels.get(v, str(v)), key=key)
    if p.type == "bool":
        return st.checkbox(label, value=bool(pdefault), key=key)
    if p.type == "int":
        return int(st.number_input(label, value=int(pdefault or 0), step=1, key=key))
    if p.type == "float":
        return float(st.number_input(label, value=float(pdefault or 0.0), key=key))
    if p.type == "date":
        default = dt.date.fromisoformat(pdefault) if pdefault else None
        value = st.date_input(label, value=default, key=key)
        return value.isoformat() if value else ""
    return st.text_input(label, value="" if pdefault is None else str(pdefault), key=key)


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
    if "query-name" not in st.session_state and st.query_params.get("q") in library:
        st.session_state["query-name"] = st.query_params["q"]
    name = st.selectbox(t("queries.pick", lang), names,
                        format_func=lambda n: _label(library[n], "title", lang), key="query-name")
    q = library[name]
    st.caption(_label(q, "description", lang))
    raw = {}
    from_url = params_from_url(q, lang)
    with shown_errors(lang):
        with st.form(f"form-{name}"):
            for p in q.params:
                raw[p.name] = param_widget(ctx, q, p, lang, from_url.get(p.name))
            st.form_submit_button(t("queries.run", lang), type="primary")
    if len(raw) != len(q.params):
        return
    selection_to_url(q, raw)
    with shown_errors(lang):
        with st.spinner():
            result = ctx.saved(name, raw)
        title = subject_title(q, raw, lang)
        show_result(ctx, result, result_key("saved", name, raw, ctx.version, lang), title,
                    diagram=True)
        if not result.rows:
            say_absent_entities(ctx, q, raw, lang)


def say_absent_entities(ctx: Ctx, q, raw: dict, lang: str) -> None:
    """Under an empty answer: one note for each actor or entity asked about that the store does
    not hold (queries/absent.py)."""
    from queries.absent import absent_entities
    for pname, value in absent_entities(q, ctx.store, raw):
        label = _label(q.param(pname), "label", lang) or pname
        st.info(t("queries.absent", lang, value=value, param=label))


WIDGET_INT_MAX = 2 ** 53 - 1
"""The largest whole number a form's number field holds (the browser's exact integers)."""

URL_PARAM = "p."
"""Prefix of a saved query's parameters in the URL: ?q=commitment_detail&p.commitment=9"""


def _widget_key(q, p) -> str:
    return f"qp-{q.name}-{p.name}"


def params_from_url(q, lang: str) -> dict[str, str]:
    """The parameters of `q` written in the URL (`p.<name>`), when the URL names `q` and the
    widget has not been set yet in this session; a number or date that does not parse is left out,
    and so is a whole number the form cannot hold (beyond ±WIDGET_INT_MAX), said in one line."""
    if st.query_params.get("q") != q.name:
        return {}
    out = {}
    for p in q.params:
        text = st.query_params.get(URL_PARAM + p.name)
        if text is None or _widget_key(q, p) in st.session_state:
            continue
        try:
            value = {"int": int, "float": float, "date": dt.date.fromisoformat}.get(p.type, str)(text)
        except ValueError:
            continue
        if p.type == "int" and abs(value) > WIDGET_INT_MAX:
            st.warning(t("queries.param_out_of_range", lang,
                         param=p.name, value=text, limit=f"{WIDGET_INT_MAX:,}"))
            continue
        out[p.name] = text
    return out


def selection_to_url(q, raw: dict) -> None:
    """Write the chosen query and its parameters into the URL (`q`, `p.<name>`)."""
    for k in [k for k in st.query_params if k.startswith(URL_PARAM)]:
        if k[len(URL_PARAM):] not in raw:
            del st.query_params[k]
    if st.query_params.get("q") not in (None, q.name):
        st.query_params.pop("node", None)
    st.query_params["q"] = q.name
    for k, v in raw.items():
        st.query_params[URL_PARAM + k] = ("true" if v else "false") if isinstance(v, bool) else str(v)


def subject_title(q, raw: dict, lang: str) -> str:
    """The query's title and the subject it was asked about ("Commitments of an actor — Chile"):
    exports and file names carry it, so two downloads of one query are told apart."""
    chosen = [str(raw[p.name]) for p in q.params
              if raw.get(p.name) not in (None, "") and raw.get(p.name) != p.default]
    title = _label(q, "title", lang)
    return f"{title} — {', '.join(chosen)}" if chosen else title
