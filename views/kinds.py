"""How each node kind looks (colour and shape, in vis-network and Graphviz) and the legend.

One table, data/kind_styles.yaml (schema graph/data_schemas.py KindStyles), serves the
interactive diagram, the static one and the briefing pack, so a kind looks the same everywhere.
Colour and shape both vary, so the legend still works printed in grey. This module must not
hold the table itself nor query the store.
"""
from __future__ import annotations

import html
from functools import lru_cache

from graph.data_files import data_file
from graph.data_schemas import KindStyles, load_checked
from views.i18n import edge_label, kind_label, t

STYLES_PATH = data_file("kind_styles.yaml")


def _look(entry: dict) -> tuple[str, str, str]:
    return entry["colour"], entry["vis"], entry["graphviz"]


@lru_cache(maxsize=1)
def kind_styles() -> dict[str, tuple[str, str, str]]:
    """{kind: (colour "#rrggbb", vis-network shape, Graphviz shape)} of every kind the table
    names; raises DataFileError (`file:line: what`) when the table does not fit its schema."""
    return {kind: _look(entry) for kind, entry in load_checked(STYLES_PATH, KindStyles)["kinds"].items()}


@lru_cache(maxsize=1)
def default_style() -> tuple[str, str, str]:
    """The look of a kind the table does not name."""
    return _look(load_checked(STYLES_PATH, KindStyles)["default"])


def style(kind: str) -> tuple[str, str, str]:
    """(colour, vis-network shape, Graphviz shape) of `kind`, the default look if it has none."""
    return kind_styles().get(kind) or default_style()


def _icon(kind: str) -> str:
    """A 14-px inline SVG of the kind's vis shape and colour (no external resources)."""
    colour, shape, _ = style(kind)
    c = html.escape(colour)
    shapes = {
        "dot": f'<circle cx="7" cy="7" r="6" fill="{c}"/>',
        "square": f'<rect x="1" y="1" width="12" height="12" fill="{c}"/>',
        "diamond": f'<polygon points="7,0 14,7 7,14 0,7" fill="{c}"/>',
        "triangle": f'<polygon points="7,1 13,13 1,13" fill="{c}"/>',
        "triangleDown": f'<polygon points="1,1 13,1 7,13" fill="{c}"/>',
        "hexagon": f'<polygon points="3.5,1 10.5,1 14,7 10.5,13 3.5,13 0,7" fill="{c}"/>',
        "star": f'<polygon points="7,0 8.8,5 14,5 9.8,8.2 11.4,13.5 7,10.3 2.6,13.5 4.2,8.2 0,5 5.2,5" fill="{c}"/>',
    }
    return (f'<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">'
            f'{shapes.get(shape, shapes["dot"])}</svg>')


def legend_html(kinds: list[str], edge_types: list[str], lang: str) -> str:
    """The legend as an HTML fragment: one entry per kind present, then the relationship types."""
    items = "".join(
        f'<span class="lg-item" data-kind="{html.escape(k)}">{_icon(k)} '
        f'{html.escape(kind_label(k, lang))}</span>' for k in kinds)
    rels = ", ".join(html.escape(edge_label(e, lang)) for e in edge_types)
    out = (f'<div class="legend"><strong>{html.escape(t("legend.title", lang))}:</strong> {items}')
    if rels:
        out += f'<div class="lg-rels"><strong>{html.escape(t("legend.edges", lang))}:</strong> {rels}</div>'
    return out + "</div>"


LEGEND_CSS = """
.legend{font:13px/1.6 system-ui,sans-serif;padding:6px 8px;border-bottom:1px solid #ddd}
.lg-item{display:inline-flex;align-items:center;gap:4px;margin-right:12px;white-space:nowrap}
.lg-rels{color:#444;font-size:12px}
"""
