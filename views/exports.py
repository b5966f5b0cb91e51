"""Every download of a diagram or table, as bytes: standalone HTML, SVG, PNG, CSV, JSON,
GraphML and GEXF. Graph formats reuse graph/export.py (the interchange contract, formula-safe
CSV); this module only picks the right one for a result and names the file.
"""
from __future__ import annotations

import json
import re

from graph import export as gx
from graph.store import QueryResult
from views import network, static

FORMATS = ("html", "svg", "png", "csv", "json", "graphml", "gexf")
MIME = {"html": "text/html", "svg": "image/svg+xml", "png": "image/png", "csv": "text/csv",
        "json": "application/json", "graphml": "application/xml", "gexf": "application/xml",
        "ics": "text/calendar", "zip": "application/zip", "md": "text/markdown"}
GRAPH_ONLY = {"html", "svg", "png", "graphml", "gexf"}


def slug(text: str) -> str:
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-._")
    return (s or "actagraph")[:80]


def has_graph(result: QueryResult) -> bool:
    return bool(result.nodes or result.edges)


def available(result: QueryResult) -> list[str]:
    return [f for f in FORMATS if f not in GRAPH_ONLY or has_graph(result)]


def render(fmt: str, result: QueryResult, lang: str = "es", title: str = "") -> bytes:
    """The file content of `result` in format `fmt`."""
    if fmt == "html":
        return network.network_html(result, lang, height=750, title=title).encode("utf-8")
    if fmt == "svg":
        return static.svg(result, lang, title).encode("utf-8")
    if fmt == "png":
        return static.png(result, lang, title)
    if fmt == "csv":
        if result.rows:
            return gx.rows_to_csv(result.columns, result.rows).encode("utf-8")
        return gx.edges_to_csv(result).encode("utf-8")
    if fmt == "edges_csv":
        return gx.edges_to_csv(result).encode("utf-8")
    if fmt == "json":
        if has_graph(result):
            return gx.to_json(result).encode("utf-8")
        return (json.dumps({"columns": result.columns, "rows": result.rows}, ensure_ascii=False,
                           indent=2, default=str) + "\n").encode("utf-8")
    if fmt == "graphml":
        return gx.to_graphml(result).encode("utf-8")
    if fmt == "gexf":
        return gx.to_gexf(result).encode("utf-8")
    raise ValueError(f"unknown export format {fmt!r}")


def file_name(base: str, fmt: str) -> str:
    ext = "csv" if fmt == "edges_csv" else fmt
    suffix = "-edges" if fmt == "edges_csv" else ""
    return f"{slug(base)}{suffix}.{ext}"
