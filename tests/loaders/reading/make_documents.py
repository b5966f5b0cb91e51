"""Documents written for these tests, made in Python: PDFs with fpdf2, Word files with
python-docx. Each maker returns the path it wrote."""
from __future__ import annotations

from pathlib import Path

FONT = "Helvetica"


def pdf(path: Path, pages: list[list[str]], header: list[str] = (), footer: list[str] = (),
        columns: tuple[str, str] | None = None, table: list[list[str]] = ()) -> Path:
    """A PDF of `pages` (each a list of paragraphs), every page carrying the `header` and
    `footer` lines ({n} and {total} become the page number and count); `columns` puts a
    two-column header (left text, right text) on one line at the top of every page; `table`
    (first row the header) is drawn with ruled cells after the first page's paragraphs."""
    from fpdf import FPDF
    doc = FPDF(format="A4")
    doc.set_auto_page_break(False)
    total = len(pages)
    for n, paragraphs in enumerate(pages, 1):
        doc.add_page()
        doc.set_font(FONT, size=8)
        if columns:
            doc.set_xy(15, 8)
            doc.cell(90, 5, columns[0])
            doc.set_xy(120, 8)
            doc.cell(75, 5, columns[1], align="R")
        doc.set_xy(15, 14)
        for line in header:
            doc.cell(0, 5, line.format(n=n, total=total), new_x="LMARGIN", new_y="NEXT")
        doc.set_font(FONT, size=11)
        doc.set_xy(15, 35)
        for p in paragraphs:
            doc.multi_cell(180, 6, p, new_x="LMARGIN", new_y="NEXT")
            doc.ln(4)
        if table and n == 1:
            with doc.table() as t:
                for values in table:
                    row = t.row()
                    for v in values:
                        row.cell(v)
        doc.set_font(FONT, size=8)
        doc.set_xy(15, 275)
        for line in footer:
            doc.cell(0, 5, line.format(n=n, total=total), new_x="LMARGIN", new_y="NEXT")
    doc.output(str(path))
    return path


def docx(path: Path, paragraphs: list[str], table: list[list[str]] = (), after: list[str] = (),
         title: str | None = None) -> Path:
    """A Word file: `paragraphs` (a paragraph starting "# " is a heading, "1. " a numbered
    list item), then `table` (first row the header), then `after`."""
    import docx as python_docx
    doc = python_docx.Document()
    if title:
        doc.core_properties.title = title

    def put(p):
        if p.startswith("# "):
            doc.add_heading(p[2:], level=1)
        elif p.startswith("1. "):
            doc.add_paragraph(p[3:], style="List Number")
        else:
            doc.add_paragraph(p)
    for p in paragraphs:
        put(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    for p in after:
        put(p)
    doc.save(str(path))
    return path
