"""Paged layouts (PDF) to one normalised text: page furniture out, paragraphs rebuilt.

Input is each page's text lines with their positions; output is the text every offset will
index and the span of each page in it. Furniture is a line that repeats at the top or bottom of
most pages (running titles, letterheads), a page number at the top or bottom of a page, or a
line that data/structure.yaml `furniture_lines` names (verification codes, signature stamps). Paragraphs are rebuilt from layout: a
wider gap, a list marker, or a line that ends a sentence (or ends short) before a capitalised or
numbered line starts a new one; a hyphen at a line end joins the word; a sentence running over a
page break stays one paragraph. This module must not read files or guess meaning.
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass
from statistics import median

from loaders.read import fold_same_length
from loaders.reading.document import TableRow
from loaders.reading.rules import reading_rules

CELL_SEPARATOR = " | "

EDGE_LINES = 3          # lines at the top and at the bottom of a page where furniture sits


@dataclass(frozen=True)
class Line:
    """One printed line: its text and its box in points (x0, x1 across; top, bottom down).

    A table row is a line too: `cells` holds its cell texts, `table` numbers its table in the
    document and `header` marks the table's first row."""

    text: str
    x0: float = 0.0
    x1: float = 0.0
    top: float = 0.0
    bottom: float = 0.0
    cells: tuple[str, ...] = ()
    table: int = -1
    header: bool = False


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", fold_same_length(text))).strip()


def page_number(folded: str) -> bool:
    """True when the folded line is a page number ("3", "- 3 -", "Página 1 de 2", "1/2"): one
    of data/structure.yaml `page_numbers`, its page not above the count it gives ("68/12" is
    the end of a reference, not page 68 of 12)."""
    for rx in reading_rules().page_numbers:
        m = rx.fullmatch(folded)
        if m:
            n, of = int(m.group("n")), m.groupdict().get("of")
            if n >= 1 and (of is None or n <= int(of)):
                return True
    return False


def furniture(pages: list[list[Line]]) -> set[tuple[int, int]]:
    """(page index, line index) of every furniture line."""
    rules = reading_rules()
    out: set[tuple[int, int]] = set()
    edges = []
    for p, lines in enumerate(pages):
        n = len(lines)
        idx = sorted(set(range(min(EDGE_LINES, n))) | set(range(max(0, n - EDGE_LINES), n)))
        edges.append(idx)
    if len(pages) >= 2:
        seen: dict[str, set[int]] = {}
        for p, idx in enumerate(edges):
            for i in idx:
                seen.setdefault(_key(pages[p][i].text), set()).add(p)
        need = max(2, math.ceil(len(pages) / 2))
        for p, idx in enumerate(edges):
            for i in idx:
                if len(seen[_key(pages[p][i].text)]) >= need:
                    out.add((p, i))
    for p, lines in enumerate(pages):
        for i, line in enumerate(lines):
            if line.cells:
                out.discard((p, i))
                continue
            folded = fold_same_length(line.text.strip())
            at_edge = i in edges[p]
            if any(r.fullmatch(folded) for r in rules.furniture_lines) or at_edge and page_number(folded) or (
                    at_edge and len(folded) <= 120 and any(r.search(folded) for r in rules.furniture_marks)):
                out.add((p, i))
    return out


def _list_item(text: str) -> bool:
    rules = reading_rules()
    return bool(rules.list_marker.match(fold_same_length(text)) or rules.list_marker_cased.match(text))


def _starts_unit(text: str) -> bool:
    """A capitalised, numbered or bulleted start: what may open a new paragraph."""
    rules = reading_rules()
    ch = text[:1]
    return bool(ch) and (ch.isupper() or ch.isdigit() or _list_item(text)
                         or not ch.isalnum() and ch not in ",.;:)")


def _ends_sentence(text: str) -> bool:
    return bool(reading_rules().sentence_end.search(text))


def _joins_word(prev: str, nxt: str) -> bool:
    return len(prev) >= 2 and prev.endswith("-") and prev[-2].isalpha() and nxt[:1].islower()


def rebuild(pages: list[list[Line]]
            ) -> tuple[str, tuple[tuple[int, int], ...], tuple[TableRow, ...]]:
    """The document's text (paragraphs separated by a blank line), each page's span in it, and
    the table rows ("cell | cell", a paragraph each) with their cells' spans and column names."""
    drop = furniture(pages)
    rules = reading_rules()
    kept = [[ln for i, ln in enumerate(lines) if (p, i) not in drop and ln.text.strip()]
            for p, lines in enumerate(pages)]
    all_lines = [ln for lines in kept for ln in lines]
    right = max((ln.x1 for ln in all_lines), default=0.0)
    left = min((ln.x0 for ln in all_lines), default=0.0)
    width = max(right - left, 1.0)
    gaps = [b.top - a.bottom for lines in kept for a, b in zip(lines, lines[1:]) if b.top > a.top]
    heights = [ln.bottom - ln.top for ln in all_lines if ln.bottom > ln.top]
    usual_gap = median(gaps) if gaps else 0.0
    usual_height = median(heights) if heights else 0.0

    parts: list[str] = []
    page_starts: list[int] = []
    length = 0
    prev: Line | None = None
    tail = ""
    prev_page = -1
    rows: list[TableRow] = []
    columns: dict[int, tuple[str, ...]] = {}
    for p, lines in enumerate(kept):
        for ln in lines:
            text = " ".join(unicodedata.normalize("NFC", ln.text).split())
            if ln.cells or (prev is not None and prev.cells):
                sep = "\n\n" if prev is not None else ""     # a table row is a paragraph
            else:
                sep = _separator(prev, tail, ln, text, p == prev_page, rules,
                                 (right, width, usual_gap, usual_height))
            if sep is None:                  # a word hyphenated over the line end: join it
                parts[-1] = parts[-1][:-1]
                length -= 1
                sep = ""
            if p != prev_page:
                # the page starts where its first kept line starts (a joined word starts earlier)
                page_starts.extend([length + len(sep)] * (p - prev_page))
            parts.append(sep)
            if ln.cells:
                cells = tuple(unicodedata.normalize("NFC", c) for c in ln.cells)
                text = CELL_SEPARATOR.join(cells)
                start = length + len(sep)
                spans, pos = [], start
                for c in cells:
                    spans.append((pos, pos + len(c)))
                    pos += len(c) + len(CELL_SEPARATOR)
                if ln.header or ln.table not in columns:
                    columns[ln.table] = cells
                rows.append(TableRow(start, start + len(text), tuple(spans), columns[ln.table],
                                     ln.header))
            parts.append(text)
            length += len(sep) + len(text)
            prev, tail, prev_page = ln, text, p
    page_starts.extend([length] * (len(pages) - len(page_starts)))
    text = "".join(parts)
    if page_starts:
        page_starts[0] = 0
    spans = tuple((s, page_starts[i + 1] if i + 1 < len(page_starts) else len(text))
                  for i, s in enumerate(page_starts))
    return text, spans, tuple(rows)


def _separator(prev: Line | None, tail: str, ln: Line, text: str, same_page: bool, rules,
               geometry) -> str | None:
    """What goes between the previous line and this one: "" at the start, "\n\n" for a new
    paragraph, " " inside one, None when a hyphenated word must be joined."""
    if prev is None:
        return ""
    right, width, usual_gap, usual_height = geometry
    if _joins_word(tail, text):
        return None
    short = same_page and (right - prev.x1) > 0.15 * width
    wide_gap = same_page and usual_height > 0 and \
        (ln.top - prev.bottom) > usual_gap + 0.6 * usual_height
    if _list_item(text) or wide_gap:
        return "\n\n"
    if not same_page and not _ends_sentence(tail):
        return " "                            # a sentence never breaks at a page break
    if (_ends_sentence(tail) or short or not same_page) and _starts_unit(text):
        return "\n\n"
    return " "
