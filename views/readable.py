"""Tables for people to read (the briefing pack): translated column names, codes shown as words,
lists joined as text, identifier columns left out.

It reads only strings.yaml (through views.i18n); it must not query the store nor decide which
rows a table holds (the saved query does). Exports meant for other programs (CSV, JSON) keep the
raw columns and never pass through here.
"""
from __future__ import annotations

from graph import export as gx
from views.i18n import edge_label, kind_label, role_label, strings, t

LIST_SEPARATOR = "; "


def is_id_column(name: str) -> bool:
    """True for identifier and sort-key columns: `id`, `*_id`, `*_ids`, `k_*`, `*_key`, `sha`.

    >>> [is_id_column(c) for c in ("id", "actor_id", "k_actor", "edge_key", "actor")]
    [True, True, True, True, False]
    """
    return (name in ("id", "ids", "sha", "node_key", "edge_key") or name.endswith(("_id", "_ids", "_key"))
            or name.startswith("k_"))


def column_label(name: str, lang: str) -> str:
    """The column's name in `lang` (strings.yaml `column.<name>`), else the name with spaces."""
    key = f"column.{name}"
    if key in strings():
        return t(key, lang)
    return name.replace("_", " ").strip().capitalize() or name


def value_label(column: str, value, lang: str) -> str:
    """A cell as words: nodes by name, relation types, roles, kinds and acta groups translated,
    lists joined with "; ", None as "". Text a spreadsheet would run as a formula stays inert
    (graph.export.safe_cell)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return LIST_SEPARATOR.join(x for x in (value_label(column, v, lang) for v in value) if x)
    value = gx._cell(value)
    if isinstance(value, dict):
        return LIST_SEPARATOR.join(f"{column_label(k, lang)}: {value_label(k, v, lang)}"
                                   for k, v in value.items() if v not in (None, "", []))
    text = str(value)
    if column in ("type", "relation", "edge") or f"edge.{text}" in strings() and text.isupper():
        return gx.safe_cell(edge_label(text, lang))
    if column in ("role", "roles") or "_" in text and f"role.{text}" in strings():
        return gx.safe_cell(role_label(text, lang))
    if column.endswith("kind"):
        return gx.safe_cell(kind_label(text, lang))
    for prefix in ("acta_group", "precision"):
        if column == prefix and f"{prefix}.{text}" in strings():
            return t(f"{prefix}.{text}", lang)
    return gx.safe_cell(text)


def readable_table(columns: list[str], rows: list[list], lang: str) -> tuple[list[str], list[list[str]]]:
    """(headers, rows) for reading: identifier columns dropped (unless every column is one),
    headers translated, cells as words (see value_label)."""
    keep = [i for i, c in enumerate(columns) if not is_id_column(str(c))] or list(range(len(columns)))
    headers = [column_label(str(columns[i]), lang) for i in keep]
    body = [[value_label(str(columns[i]), row[i], lang) for i in keep] for row in rows]
    return headers, body
