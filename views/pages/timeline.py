"""Timeline page: events and deadlines on a time axis at their precision; .ics download."""
from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from views.calendar import to_ics
from views.guard import shown_errors
from views.i18n import t
from views.panel import frame_downloads
from views.state import Ctx


def frame(items: list[dict], lang: str) -> pd.DataFrame:
    return pd.DataFrame([{
        t("timeline.item", lang): i["title"], t("timeline.type", lang): t(f"timeline.{i['type']}", lang),
        t("timeline.start", lang): i["start"], t("timeline.end", lang): i["end"],
        t("timeline.precision", lang): t(f"precision.{i['precision']}", lang),
        t("resp.quote", lang): i.get("quote", ""), t("resp.document", lang): i.get("document") or ""}
        for i in items])


def chart(items: list[dict], lang: str) -> alt.Chart:
    data = pd.DataFrame([{
        "item": i["title"][:70], "type": t(f"timeline.{i['type']}", lang),
        "start": pd.Timestamp(i["start"]),
        "end": pd.Timestamp(i["end"]) + pd.Timedelta(days=1),
        "precision": t(f"precision.{i['precision']}", lang), "quote": i.get("quote", "")}
        for i in items])
    return alt.Chart(data).mark_bar(cornerRadius=3, height=14).encode(
        x=alt.X("start:T", title=None), x2="end:T",
        y=alt.Y("item:N", sort=None, title=None, axis=alt.Axis(labelLimit=420)),
        color=alt.Color("type:N", title=t("timeline.type", lang)),
        opacity=alt.Opacity("precision:N", title=t("timeline.precision", lang)),
        tooltip=["item:N", "type:N", "precision:N", alt.Tooltip("start:T", format="%Y-%m-%d"),
                 "quote:N"],
    ).properties(height=max(120, 28 * len(items)))


def render(ctx: Ctx) -> None:
    lang = ctx.lang
    st.caption(t("timeline.intro", lang))
    with shown_errors(lang):
        items = ctx.read("timeline")
        if not items:
            st.info(t("timeline.none", lang))
            return
        items, (lo, hi) = _in_range(items, lang)
        if not items:
            st.info(t("timeline.none", lang))
            return
        span = str(lo) if lo == hi else f"{lo}–{hi}"
        st.altair_chart(chart(items, lang), width="stretch")
        df = frame(items, lang)
        st.dataframe(df, hide_index=True, width="stretch")
        ics = to_ics(items, lang, stamp=_stamp(ctx), name=f"actagraph {t('page.timeline', lang)} {span}")
        st.download_button(f"{t('export.ics', lang)} ({span})", ics.encode("utf-8"),
                           file_name=f"actagraph-timeline-{span.replace('–', '-')}.ics",
                           mime="text/calendar", key="ics", on_click="ignore")
        frame_downloads(df, "timeline", "timeline", lang, index=False, what=t("page.timeline", lang))


def _in_range(items: list[dict], lang: str) -> tuple[list[dict], tuple[int, int]]:
    """The items inside the year range the user picked (all years until they narrow it), and
    that range, which the downloads name so a file says what it holds."""
    years = [int(str(i["start"])[:4]) for i in items]
    first, last = min(years), max(years)
    if first == last:
        return items, (first, last)
    lo, hi = st.slider(t("timeline.years", lang), first, last, (first, last), key="tl-years")
    return [i for i, y in zip(items, years) if lo <= y <= hi], (lo, hi)


def _stamp(ctx: Ctx) -> dt.datetime:
    today = dt.date.today()
    return dt.datetime(today.year, today.month, today.day, tzinfo=dt.timezone.utc)
