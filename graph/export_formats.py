"""The one registry of export formats: name → writer, MIME type, file extension, whether it needs
a graph, and where it is offered (the CLI's `export --format`, the app's download buttons).

Adding a format is one entry here and its writer function; the CLI, the app's download buttons
and the briefing pack read their lists from this registry. Writers of diagram formats live in
`views/` (they draw), so entries name their writer as "module:function" and it is imported on first
use: this module must not import `views` at import time (the CLI and the stores stay free of
Streamlit and Graphviz), and it must not write files (callers do).
"""
from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from typing import Callable

from graph.store import QueryResult


@dataclass(frozen=True)
class ExportFormat:
    """One export format.

    name: the key users type (`--format NAME`) and the app uses; extension: the file suffix
    without dot; mime: the MIME type of downloads; needs_graph: True when the format only makes
    sense for nodes and edges (a table-only result cannot be drawn); writer: "module:function",
    a function `(result: QueryResult, lang: str, title: str) -> bytes`; in_cli / in_app: where
    the format is offered.
    """

    name: str
    extension: str
    mime: str
    needs_graph: bool
    writer: str
    in_cli: bool = False
    in_app: bool = True

    def write(self, result: QueryResult, lang: str = "es", title: str = "") -> bytes:
        """The file content of `result` in this format (bytes). Raises what the writer raises."""
        module, function = self.writer.split(":")
        fn: Callable[[QueryResult, str, str], bytes] = getattr(importlib.import_module(module), function)
        return fn(result, lang, title)


def _has_graph(result: QueryResult) -> bool:
    return bool(result.nodes or result.edges)


# -- writers of the graph-only layer (the diagram writers are in views/) ---------------------------

def write_csv(result: QueryResult, lang: str = "es", title: str = "") -> bytes:
    """The result's table as CSV when it has rows, else its edges (one row per edge and source)."""
    from graph import export as gx
    if result.rows:
        return gx.rows_to_csv(result.columns, result.rows).encode("utf-8")
    return gx.edges_to_csv(result).encode("utf-8")


def write_edges_csv(result: QueryResult, lang: str = "es", title: str = "") -> bytes:
    """The result's edges as CSV, one row per edge and source, whatever its table holds."""
    from graph import export as gx
    return gx.edges_to_csv(result).encode("utf-8")


def write_json(result: QueryResult, lang: str = "es", title: str = "") -> bytes:
    """Node-link JSON when the result holds a graph, else {"columns", "rows"}."""
    from graph import export as gx
    if _has_graph(result):
        return gx.to_json(result).encode("utf-8")
    return (json.dumps({"columns": result.columns, "rows": result.rows}, ensure_ascii=False,
                       indent=2, default=str) + "\n").encode("utf-8")


def write_graphml(result: QueryResult, lang: str = "es", title: str = "") -> bytes:
    """GraphML of the result's nodes and edges (networkx's writer)."""
    from graph import export as gx
    return gx.to_graphml(result).encode("utf-8")


def write_gexf(result: QueryResult, lang: str = "es", title: str = "") -> bytes:
    """GEXF of the result's nodes and edges (networkx's writer), for Gephi."""
    from graph import export as gx
    return gx.to_gexf(result).encode("utf-8")


def write_html(result: QueryResult, lang: str = "es", title: str = "") -> bytes:
    """The interactive diagram as one standalone HTML file."""
    from views import network
    return network.network_html(result, lang, height=750, title=title).encode("utf-8")


def write_svg(result: QueryResult, lang: str = "es", title: str = "") -> bytes:
    """The static diagram as SVG, with its legend and provenance line."""
    from views import static
    return static.svg(result, lang, title).encode("utf-8")


def write_png(result: QueryResult, lang: str = "es", title: str = "") -> bytes:
    """The static diagram as PNG."""
    from views import static
    return static.png(result, lang, title)


_FORMATS = (
    ExportFormat("html", "html", "text/html", True, "graph.export_formats:write_html"),
    ExportFormat("svg", "svg", "image/svg+xml", True, "graph.export_formats:write_svg"),
    ExportFormat("png", "png", "image/png", True, "graph.export_formats:write_png"),
    ExportFormat("csv", "csv", "text/csv", False, "graph.export_formats:write_csv", in_cli=True),
    ExportFormat("json", "json", "application/json", False, "graph.export_formats:write_json",
                 in_cli=True),
    ExportFormat("graphml", "graphml", "application/xml", True,
                 "graph.export_formats:write_graphml", in_cli=True),
    ExportFormat("gexf", "gexf", "application/xml", True, "graph.export_formats:write_gexf",
                 in_cli=True),
    ExportFormat("edges_csv", "csv", "text/csv", True, "graph.export_formats:write_edges_csv"),
)

EXPORT_FORMATS: dict[str, ExportFormat] = {f.name: f for f in _FORMATS}
"""Every export format by name, in the order the app offers them."""

OTHER_MIME = {"ics": "text/calendar", "zip": "application/zip", "md": "text/markdown"}
"""MIME types of downloads that are not result exports (calendar, briefing pack)."""


def export_format(name: str) -> ExportFormat:
    """The registered format `name`. Raises KeyError naming the known formats."""
    try:
        return EXPORT_FORMATS[name]
    except KeyError:
        raise KeyError(f"unknown export format {name!r}; known: {', '.join(EXPORT_FORMATS)}") from None


def cli_formats() -> list[str]:
    """The names `actagraph export --format` accepts, in registry order."""
    return [f.name for f in _FORMATS if f.in_cli]


def app_formats(result: QueryResult) -> list[str]:
    """The names the app offers for `result`: graph-only formats only when it holds a graph."""
    return [f.name for f in _FORMATS if f.in_app and (not f.needs_graph or _has_graph(result))]


def mime_of(name: str) -> str | None:
    """The MIME type of an export format or another download kind ("ics", "zip", "md")."""
    fmt = EXPORT_FORMATS.get(name)
    return fmt.mime if fmt else OTHER_MIME.get(name)
