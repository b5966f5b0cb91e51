"""Matrices for reading who does what: actor × commitment (with role and deadline) and
countries × forums (with role), plus the overlaps between forums.

Pure functions over the rows of views.readers, returning pandas DataFrames; cells are plain text.
"""
from __future__ import annotations

import pandas as pd

from views.i18n import role_label, t

ROLE_ORDER = {"responsible": 0, "focal_point": 1, "member": 2}


def commitment_label(row: dict, multi_doc: bool, lang: str = "es") -> str:
    """'7' for acta agreement 7, 'Inf. 7' for the 7th decision the report records (which would
    otherwise share the column)."""
    label = f"{row['number']}" if row.get("number") else row["commitment_id"]
    if row.get("group") == "report":
        label = f"{t('resp.report_prefix', lang)} {label}"
    return f"{row['document']} · {label}" if multi_doc else label


def responsibility_matrix(rows: list[dict], lang: str) -> pd.DataFrame:
    """Actors as rows, commitments as columns; a cell lists the actor's role(s), and a first row
    gives each commitment's deadline."""
    if not rows:
        return pd.DataFrame()
    multi = len({r["document"] for r in rows}) > 1
    cols: list[str] = []
    cells: dict[tuple[str, str], list[str]] = {}
    deadline: dict[str, str] = {}
    actors: dict[str, tuple] = {}
    for r in rows:
        col = commitment_label(r, multi, lang)
        if col not in cols:
            cols.append(col)
        deadline.setdefault(col, r.get("deadline") or "")
        text = role_label(r["role"], lang) + (f" ({r['via']})" if r["via"] else "")
        bucket = cells.setdefault((r["actor"], col), [])
        if text not in bucket:
            bucket.append(text)
        rank = min(actors.get(r["actor"], (9,))[0], ROLE_ORDER.get(r["role"], 3))
        actors[r["actor"]] = (rank,)
    index = [t("resp.deadline", lang)] + sorted(actors, key=lambda a: (actors[a][0], a))
    data = {c: [deadline.get(c, "")] + ["; ".join(cells.get((a, c), [])) for a in index[1:]]
            for c in cols}
    df = pd.DataFrame(data, index=index)
    df.index.name = t("resp.actor", lang)
    return df


def responsibility_table(rows: list[dict], lang: str) -> pd.DataFrame:
    if not rows:
        return pd.DataFrame()
    return pd.DataFrame([{
        t("resp.commitment", lang): commitment_label(r, False, lang), t("resp.actor", lang): r["actor"],
        t("resp.role", lang): role_label(r["role"], lang) + (f" ({r['via']})" if r["via"] else ""),
        t("resp.deadline", lang): r.get("deadline") or "", t("resp.text", lang): r["commitment"],
        t("resp.quote", lang): r["quote"], t("resp.document", lang): r["document"]} for r in rows])


def forum_matrix(rows: list[dict], lang: str) -> pd.DataFrame:
    """Countries as rows, forums (conferences and their bodies) as columns; cells give roles."""
    if not rows:
        return pd.DataFrame()
    cols: list[str] = []
    for r in sorted(rows, key=lambda r: (r["conference"], r["forum_kind"] != "Conference", r["forum"])):
        if r["forum"] not in cols:
            cols.append(r["forum"])
    countries = sorted({r["country"] for r in rows})
    cells: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        bucket = cells.setdefault((r["country"], r["forum"]), [])
        label = role_label(r["role"], lang)
        if label not in bucket:
            bucket.append(label)
    df = pd.DataFrame({c: ["; ".join(cells.get((k, c), [])) for k in countries] for c in cols},
                      index=countries)
    df.index.name = t("forums.country", lang)
    return df


def overlaps(records: list[dict], lang: str) -> pd.DataFrame:
    """The saved query `multi_forum_actors` as a table: actor, number of forums, and each forum
    with the role(s) held in it, roles in the reader's language ("CSM: troika")."""
    def roles(pairs: list[str]) -> str:
        out = []
        for pair in pairs:
            forum, _, role = pair.rpartition(": ")
            out.append(f"{forum}: {role_label(role, lang)}")
        return "; ".join(out)
    return pd.DataFrame([{t("forums.actor", lang): r["actor"], t("forums.count", lang): r["forums"],
                          t("forums.roles", lang): roles(r["roles"])} for r in records])
