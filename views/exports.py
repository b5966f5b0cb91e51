"""Every download of a diagram or table, as bytes: standalone HTML, SVG, PNG, CSV, JSON,
GraphML and GEXF. The formats and their writers are registered in graph/export_formats.py; this
module only offers the right ones for a result and names the file.
"""
from __future__ import annotations

import re

from graph.export_formats import EXPORT_FORMATS, app_formats, export_format, mime_of
from graph.store import QueryResult

FORMATS = tuple(f.name for f in EXPORT_FORMATS.values() if f.in_app)
"""The formats the app offers, from the registry (graph/export_formats.py)."""


def slug(text: str) -> str:
    """A file-name-safe form of `text` (ASCII letters, digits, `._-`), at most 80 characters.

    >>> slug("Registro de responsabilidades (2017)")
    'Registro-de-responsabilidades-2017'
    >>> slug("¿?")
    'actagraph'
    """
    s = re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-._")
    return (s or "actagraph")[:80]


def has_graph(result: QueryResult) -> bool:
    """True when the result holds nodes or edges (it can be drawn)."""
    return bool(result.nodes or result.edges)


def available(result: QueryResult) -> list[str]:
    """The formats offered for `result`, in the registry's order."""
    return app_formats(result)


def mime(fmt: str) -> str | None:
    """The MIME type of a download of format `fmt` (an export format, "ics", "zip" or "md")."""
    return mime_of(fmt)


def render(fmt: str, result: QueryResult, lang: str = "es", title: str = "") -> bytes:
    """The file content of `result` in format `fmt`. Raises KeyError for an unknown format."""
    return export_format(fmt).write(result, lang, title)


def file_name(base: str, fmt: str) -> str:
    """`<slug of base>[-edges].<extension>` for a download of `fmt`."""
    suffix = "-edges" if fmt == "edges_csv" else ""
    return f"{slug(base)}{suffix}.{export_format(fmt).extension}"
