"""PDF files with a text layer, read with pdfplumber (lines with their positions).

pdfplumber was chosen over pypdf by measuring both on real actas and minutes (bench/pdf_readers.py,
BENCHMARKS.md): pypdf doubles the spaces of justified lines and keeps ligature glyphs. Layout
(furniture, paragraphs, pages) is loaders.reading.pages' job. This module refuses, in one line,
what it cannot read: a scanned PDF without text, a password-protected or a damaged file.
"""
from __future__ import annotations

import io
import logging

from loaders.errors import SourceError
from loaders.reading.document import TableRow
from loaders.reading.pages import CELL_SEPARATOR, Line, rebuild

# Narrower than pdfplumber's default (3 pt), which glues the words of tightly set lines.
X_TOLERANCE = 1.5
MIN_TEXT_CHARS = 20


def _rows(table) -> list[tuple[tuple[str, ...], float, float]]:
    """A table's rows as (non-empty cells, top, bottom); merged cells come out empty or None."""
    out = []
    for cells, row in zip(table.extract(x_tolerance=X_TOLERANCE), table.rows):
        kept = tuple(" ".join(c.split()) for c in cells if c and c.strip())
        if kept:
            out.append((kept, row.bbox[1], row.bbox[3]))
    return out


def _page_lines(page, number: int) -> list[Line]:
    """The page's lines top to bottom; each row of a real table (two columns or more, two rows
    or more) is one line carrying its cells."""
    region, rows = page, []
    for t, table in enumerate(page.find_tables()):
        found = _rows(table)
        if len(found) < 2 or len(found[0][0]) < 2:
            continue                          # a ruled box around a paragraph, not a table
        region = region.outside_bbox(table.bbox)
        x0, _, x1, _ = table.bbox
        rows += [Line(CELL_SEPARATOR.join(cells), x0, x1, top, bottom, cells,
                      number * 1000 + t, i == 0) for i, (cells, top, bottom) in enumerate(found)]
    lines = [Line(ln["text"], ln["x0"], ln["x1"], ln["top"], ln["bottom"])
             for ln in region.extract_text_lines(x_tolerance=X_TOLERANCE, return_chars=False)]
    return sorted(lines + rows, key=lambda ln: (ln.top, ln.x0))


def pdf_pages(raw: bytes, name: str) -> list[list[Line]]:
    """Each page's printed lines, top to bottom; raises SourceError when the PDF is encrypted,
    damaged or has no text layer."""
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    try:
        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            pages = []
            for page in pdf.pages:
                pages.append(_page_lines(page, len(pages)))
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types for one user problem
        cause = exc.__cause__ or exc.__context__
        if isinstance(exc, PDFPasswordIncorrect) or isinstance(cause, PDFPasswordIncorrect) or \
                "password" in f"{type(exc).__name__} {exc} {type(cause).__name__}".lower():
            raise SourceError(name, 1, "the PDF is password-protected; save an unprotected copy "
                                       "and load that") from None
        raise SourceError(name, 1, "the PDF is damaged or not a PDF "
                                   f"({type(exc).__name__}); export it again and load the new "
                                   "file") from None
    if sum(len(ln.text.strip()) for page in pages for ln in page) < MIN_TEXT_CHARS:
        raise SourceError(name, 1, "the PDF has no text layer (a scan?); run OCR on it (for "
                                   "example ocrmypdf) and load the result")
    return pages


def read_pdf(raw: bytes, name: str
             ) -> tuple[str, tuple[tuple[int, int], ...], tuple[TableRow, ...]]:
    """The PDF's normalised text, each page's (start, end) span in it, and its table rows."""
    return rebuild(pdf_pages(raw, name))
