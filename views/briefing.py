"""The one-click briefing pack: diagram, legend, table and source citations with their quotes,
as ONE self-contained HTML file (no script at all, a CSP that forbids any load), and as a ZIP
of SVG, PNG, CSV and Markdown for people who paste into their own documents.
"""
from __future__ import annotations

import datetime as dt
import html
import io
import re
import zipfile

from graph import export as gx
from graph.store import QueryResult
from views import static
from views.exports import slug
from views.i18n import edge_label, kind_label, t
from views.network import drawable
from views.readable import readable_table

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")


def citations(result: QueryResult, lang: str = "es") -> list[dict]:
    """One entry per sourced relationship (then node) of the result, in a stable order; `what`
    names the relationship or the node's kind in `lang`."""
    nodes, edges = drawable(result)
    names = {n["id"]: n.get("name") or n["id"] for n in nodes}
    out = []
    for e in edges:
        for s in e.get("properties", {}).get("sources") or []:
            out.append({"what": f"{names.get(e['source'], e['source'])} — {edge_label(e['type'], lang)} — "
                                f"{names.get(e['target'], e['target'])}", "type": e["type"], **s})
    for n in nodes:
        for s in n.get("properties", {}).get("sources") or []:
            out.append({"what": f"{kind_label(n['kind'], lang)}: {names[n['id']]}", "type": n["kind"], **s})
    seen, unique = set(), []
    for c in out:
        key = (c["what"], c.get("document"), c.get("start"), c.get("end"))
        if key not in seen:
            seen.add(key)
            unique.append(c)
    return unique


def _documents(result: QueryResult) -> list[str]:
    return sorted({c.get("document") for c in citations(result) if c.get("document")})


def briefing_html(result: QueryResult, title: str, lang: str = "es",
                  svg_text: str | None = None) -> str:
    esc = html.escape
    nodes, edges = drawable(result)
    svg_text = svg_text if svg_text is not None else (static.svg(result, lang, title) if nodes else "")
    etypes = sorted({e["type"] for e in edges})
    head = [f'<!DOCTYPE html><html lang="{esc(lang)}"><head><meta charset="utf-8">',
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
            f"<title>{esc(t('briefing.title', lang, title=title))}</title>",
            "<style>body{font:14px/1.5 system-ui,sans-serif;margin:24px;max-width:1200px}"
            "table{border-collapse:collapse;font-size:13px}td,th{border:1px solid #ccc;padding:3px 6px;"
            "vertical-align:top;text-align:left}blockquote{margin:4px 0 10px 12px;padding-left:8px;"
            "border-left:3px solid #c9c9c9;color:#333}.diagram svg{max-width:100%;height:auto}"
            ".meta{color:#555}</style></head><body>"]
    body = [f"<h1>{esc(t('briefing.title', lang, title=title))}</h1>",
            f'<p class="meta">{esc(t("briefing.generated", lang, sources=", ".join(_documents(result)) or "—"))}'
            f" · {esc(dt.date.today().isoformat())}</p>"]
    if nodes:
        body.append(f"<h2>{esc(t('briefing.diagram', lang))}</h2>")
        # The SVG carries its own legend of kinds (Graphviz shapes); only name the relationships.
        body.append(f'<p class="meta"><strong>{esc(t("legend.edges", lang))}:</strong> '
                    + esc(", ".join(edge_label(e, lang) for e in etypes)) + "</p>")
        body.append(f'<div class="diagram">{static.svg_fragment(svg_text)}</div>')
    headers, rows = readable_table(result.columns, result.rows, lang)
    body.append(f"<h2>{esc(t('briefing.table', lang))}</h2><table><thead><tr>")
    body.extend(f"<th>{esc(c)}</th>" for c in headers)
    body.append("</tr></thead><tbody>")
    for row in rows:
        body.append("<tr>" + "".join(f"<td>{esc(v)}</td>" for v in row) + "</tr>")
    body.append("</tbody></table>")
    body.append(f"<h2>{esc(t('briefing.citations', lang))}</h2><ol>")
    for c in citations(result, lang):
        where = f"{c.get('document', '')} § {c.get('section', '')} ¶ {c.get('paragraph', '')}"
        body.append(f"<li><strong>{esc(c['what'])}</strong> <span class='meta'>({esc(where)})</span>"
                    f"<blockquote>{esc(c.get('quote', ''))}</blockquote></li>")
    body.append("</ol></body></html>")
    return "".join(head + body)


_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}()#+!|~>-])")


def md_escape(text) -> str:
    """Markdown-inert text: HTML escaped (viewers render raw HTML) and punctuation escaped."""
    text = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def briefing_markdown(result: QueryResult, title: str, lang: str = "es") -> str:
    nodes, edges = drawable(result)
    lines = [f"# {md_escape(t('briefing.title', lang, title=title))}", "",
             md_escape(t("briefing.generated", lang, sources=", ".join(_documents(result)) or "—")), ""]
    if nodes:
        lines += [f"## {md_escape(t('briefing.diagram', lang))}", "", "![diagram](diagram.svg)", "",
                  f"**{md_escape(t('legend.title', lang))}:** " +
                  ", ".join(md_escape(kind_label(k, lang)) for k in sorted({n['kind'] for n in nodes})), "",
                  f"**{md_escape(t('legend.edges', lang))}:** " +
                  ", ".join(md_escape(edge_label(e, lang)) for e in sorted({e['type'] for e in edges})), ""]
    lines += [f"## {md_escape(t('briefing.table', lang))}", ""]
    if result.columns:
        headers, rows = readable_table(result.columns, result.rows, lang)
        lines.append("| " + " | ".join(md_escape(c) for c in headers) + " |")
        lines.append("|" + "---|" * len(headers))
        for row in rows:
            lines.append("| " + " | ".join(md_escape(v) for v in row) + " |")
    lines += ["", f"## {md_escape(t('briefing.citations', lang))}", ""]
    for i, c in enumerate(citations(result, lang), 1):
        where = f"{c.get('document', '')} § {c.get('section', '')} ¶ {c.get('paragraph', '')}"
        lines.append(f"{i}. **{md_escape(c['what'])}** ({md_escape(where)})")
        lines.append(f"   > {md_escape(c.get('quote', ''))}")
    return "\n".join(lines) + "\n"


def briefing_zip(result: QueryResult, title: str, lang: str = "es") -> bytes:
    nodes, _ = drawable(result)
    svg_text = static.svg(result, lang, title) if nodes else ""
    buf = io.BytesIO()
    base = slug(title)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        if nodes:
            z.writestr(f"{base}/diagram.svg", svg_text)
            z.writestr(f"{base}/diagram.png", static.png(result, lang, title))
        z.writestr(f"{base}/table.csv", gx.rows_to_csv(result.columns, result.rows))
        z.writestr(f"{base}/relationships.csv", gx.edges_to_csv(result))
        z.writestr(f"{base}/briefing.md", briefing_markdown(result, title, lang))
        z.writestr(f"{base}/briefing.html", briefing_html(result, title, lang, svg_text))
    return buf.getvalue()
