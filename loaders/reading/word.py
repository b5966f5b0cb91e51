"""Word (.docx) files, read with python-docx: paragraphs and tables in document order.

Each paragraph is one block of text; each table row is one line "cell | cell | cell", a block
of its own, and the header row's names are kept with every row (document.TableRow) so a later
step can tell which column is which. List paragraphs keep their number or a dash. This module
must not guess meaning.
"""
from __future__ import annotations

import io

from loaders.errors import SourceError
from loaders.read import normalise
from loaders.reading.document import TableRow

CELL_SEPARATOR = " | "


def _list_kind(p) -> str | None:
    """"number" or "bullet" for a list paragraph (by its style or its numbering), else None."""
    style = ((p.style.name if p.style is not None else "") or "").lower()
    numbered = p._p.pPr is not None and p._p.pPr.numPr is not None
    if "number" in style:
        return "number"
    if style.startswith("list") or numbered:
        return "bullet"
    return None


def read_docx(raw: bytes, name: str) -> tuple[str, tuple[TableRow, ...], str | None]:
    """The document's text (blocks separated by a blank line), its table rows, and the core
    properties' title; raises SourceError for a damaged or protected file."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph
    try:
        document = docx.Document(io.BytesIO(raw))
    except Exception as exc:  # noqa: BLE001 - zipfile/lxml/KeyError all mean "not a usable .docx"
        raise SourceError(name, 1, "cannot open the Word file (damaged, password-protected or "
                                   f"not .docx: {type(exc).__name__}); save it again as .docx "
                                   "and load the new file") from None
    blocks: list[str] = []
    rows: list[TableRow] = []
    offset = 0

    def add(text: str) -> int:
        nonlocal offset
        start = offset + (2 if blocks else 0)
        blocks.append(text)
        offset = start + len(text)
        return start

    number = 0
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = " ".join(normalise(item.text).split())
            if not text:
                continue
            kind = _list_kind(item)
            number = number + 1 if kind == "number" else 0
            if kind == "number":
                text = f"{number}. {text}"
            elif kind == "bullet" and text[:1] not in "-\u2022":
                text = f"- {text}"
            add(text)
        elif isinstance(item, Table):
            number = 0
            columns: tuple[str, ...] = ()
            for r, row in enumerate(item.rows):
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:      # a merged cell repeats across its columns
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(normalise(cell.text).split()))
                if not any(cells):
                    continue
                line = CELL_SEPARATOR.join(cells)
                start = add(line)
                spans, pos = [], start
                for value in cells:
                    spans.append((pos, pos + len(value)))
                    pos += len(value) + len(CELL_SEPARATOR)
                header = r == 0
                if header:
                    columns = tuple(cells)
                rows.append(TableRow(start, start + len(line), tuple(spans), columns, header))
    title = (document.core_properties.title or "").strip() or None
    return "\n\n".join(blocks), tuple(rows), title
