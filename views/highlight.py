"""A document's text as HTML with its sourced spans highlighted.

The text is escaped piece by piece and only then wrapped in <mark> elements, so nothing from the
document can become markup; overlapping spans are split at every boundary and each piece lists
all the entities it belongs to.
"""
from __future__ import annotations

import html
import re

from views.kinds import style

# Where a sentence (or a table row, or a list item) ends: a terminator followed by a space and
# what opens the next one, a blank line, or a line break before a list marker or table row.
_SENTENCE_END = re.compile(
    r"[.!?;](?=[\s\u00bb\u201d\"')]*\s+[\"\u00ab\u201c(]?[A-ZÁÉÍÓÚÑ0-9\u2022-])"
    r"|\n[ \t]*\n"
    r"|\n(?=[ \t]*(?:[-*\u2022|]|\d{1,2}[.)]|[a-z][.)]\s))")


def highlight(text: str, spans: list[dict], focus: tuple[int, int] | None = None) -> str:
    """`text` as escaped HTML, `spans` ({start, end, kind, label}) wrapped in <mark>; the
    `focus` span (if any) gets an id="focus" and a stronger outline."""
    n = len(text)
    clean = [s for s in spans if 0 <= s["start"] < s["end"] <= n]
    bounds = {0, n}
    for s in clean:
        bounds.update((s["start"], s["end"]))
    if focus:
        bounds.update(focus)
    cuts = sorted(b for b in bounds if 0 <= b <= n)
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        covering = [s for s in clean if s["start"] <= a and b <= s["end"]]
        in_focus = bool(focus and focus[0] <= a and b <= focus[1])
        if not covering and not in_focus:
            out.append(piece)
            continue
        labels = sorted({s["label"] for s in covering})
        colour = style(covering[0]["kind"])[0] if covering else "#ffd54f"
        attrs = [f'title="{html.escape(" | ".join(labels), quote=True)}"',
                 f'style="background:{colour}33;border-bottom:2px solid {colour};'
                 + ("outline:2px solid #e65100;" if in_focus else "") + '"']
        if in_focus:
            attrs.append('class="focus"')
        out.append(f"<mark {' '.join(attrs)}>{piece}</mark>")
    return ('<div class="doc-text" style="white-space:pre-wrap;font:14px/1.6 Georgia,serif">'
            + "".join(out) + "</div>")


def sentence_bounds(text: str, start: int, end: int, limit: int = 600) -> tuple[int, int]:
    """The span of the whole sentence(s) holding text[start:end]: what an analyst can cite.

    Sentences end at `.`, `!`, `?` or `;` before a capital or a number, at a blank line, or at a
    line break before a list marker or a table row. At most `limit` characters are added on each
    side (then the cut falls on a space). Returns (a, b) with a <= start <= end <= b.

    >>> t = "Primer punto. La Secretaría Técnica elaborará el informe. Otro punto."
    >>> a, b = sentence_bounds(t, 16, 35); t[a:b]
    'La Secretaría Técnica elaborará el informe.'
    """
    lo = max(0, start - limit)
    a = lo
    for m in _SENTENCE_END.finditer(text, lo, start):
        a = m.end()
    if a == lo and lo > 0:
        space = text.find(" ", lo, start)
        a = space + 1 if space >= 0 else lo
    while a < start and text[a].isspace():
        a += 1
    hi = min(len(text), end + limit)
    m = _SENTENCE_END.search(text, max(end - 1, a), hi)
    if m:
        b = m.start() + (1 if text[m.start()] in ".!?;" else 0)
    else:
        b = hi
        if hi < len(text):
            space = text.rfind(" ", end, hi)
            b = space if space > 0 else hi
    return a, max(b, end)


def excerpt(text: str, start: int, end: int, spans: list[dict], context: int = 600) -> str:
    """The whole sentence(s) holding the quote (see `sentence_bounds`; at most `context`
    characters more on each side), highlighted, the quote itself in focus."""
    a, b = sentence_bounds(text, start, end, context)
    local = [{**s, "start": s["start"] - a, "end": s["end"] - a} for s in spans
             if s["start"] >= a and s["end"] <= b]
    body = highlight(text[a:b], local, (start - a, end - a))
    return body.replace('<div class="doc-text"', '<div class="doc-text excerpt"', 1)
