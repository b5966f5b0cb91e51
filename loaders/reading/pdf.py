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
from loaders.reading.pages import Line, rebuild

# Narrower than pdfplumber's default (3 pt), which glues the words of tightly set lines.
X_TOLERANCE = 1.5
MIN_TEXT_CHARS = 20


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
                lines = page.extract_text_lines(x_tolerance=X_TOLERANCE, return_chars=False)
                pages.append([Line(ln["text"], ln["x0"], ln["x1"], ln["top"], ln["bottom"])
                              for ln in lines])
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


def read_pdf(raw: bytes, name: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The PDF's normalised text and each page's (start, end) span in it."""
    return rebuild(pdf_pages(raw, name))
