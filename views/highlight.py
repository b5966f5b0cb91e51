"""A document's text as HTML with its sourced spans highlighted.

The text is escaped piece by piece and only then wrapped in <mark> elements, so nothing from the
document can become markup; overlapping spans are split at every boundary and each piece lists
all the entities it belongs to.
"""
from __future__ import annotations

import html

from views.kinds import style


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


def excerpt(text: str, start: int, end: int, spans: list[dict], context: int = 300) -> str:
    """The quote with `context` characters around it, highlighted, the quote itself in focus."""
    a = max(0, start - context)
    b = min(len(text), end + context)
    local = [{**s, "start": s["start"] - a, "end": s["end"] - a} for s in spans
             if s["start"] >= a and s["end"] <= b]
    body = highlight(text[a:b], local, (start - a, end - a))
    return body.replace('<div class="doc-text"', '<div class="doc-text excerpt"', 1)
