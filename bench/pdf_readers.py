"""Which PDF library reads actas best: pypdf against pdfplumber (at its default and at the
x tolerance loaders/reading/pdf.py uses), on the project's PDF case and the corpus PDFs.

Counts what a reader gets wrong that later steps cannot repair: doubled spaces inside lines
(justified text), ligature glyphs (ﬁ, ﬂ) that break word matching, and glued words (a token of
25 letters or more). Run: .venv/bin/python -m bench.pdf_readers (pypdf must be installed; it is
not a dependency of the product).
"""
from __future__ import annotations

import re
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _pypdf(path):
    from pypdf import PdfReader
    return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)


def _plumber(tolerance):
    def read(path):
        import pdfplumber
        with pdfplumber.open(str(path)) as pdf:
            return "\n".join(p.extract_text(x_tolerance=tolerance) or "" for p in pdf.pages)
    return read


def faults(text: str) -> dict:
    return {"double_spaces": len(re.findall(r"\S  +\S", text)),
            "ligatures": len(re.findall("[\ufb00-\ufb06]", text)),
            "glued_words": len(re.findall(r"\b[^\W\d_]{25,}\b", text))}


def main():
    import sys
    sys.path.insert(0, str(REPO))
    from tests.shared_documents import corpus_dir
    files = [REPO / "tests" / "data" / "cases" / "08-acta-pdf-membrete.pdf"]
    if corpus_dir():
        files += sorted(corpus_dir().glob("*.pdf"))
    readers = {"pypdf": _pypdf, "pdfplumber x_tol=3": _plumber(3),
               "pdfplumber x_tol=1.5": _plumber(1.5)}
    print("| reader | file | double spaces | ligatures | glued words | seconds |")
    print("|---|---|---|---|---|---|")
    for label, read in readers.items():
        for f in files:
            t = time.perf_counter()
            text = read(f)
            secs = time.perf_counter() - t
            c = faults(text)
            print(f"| {label} | {f.name[:40]} | {c['double_spaces']} | {c['ligatures']} | "
                  f"{c['glued_words']} | {secs:.2f} |")


if __name__ == "__main__":
    main()
