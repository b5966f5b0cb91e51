"""Reading the documents users bring: PDF, Word, Markdown, HTML and plain text.

`read_document(path)` is the one way a file becomes text: it picks the format by the file's
extension (and its first bytes), gives the ONE normalised text every later offset points into,
the span of each page, and the document's own title, date and language. A file that cannot be
read raises SourceError with one line saying what is wrong and what to do. This package must
not cut passages or extract facts (loaders.structure and loaders.pipeline do).
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from loaders.errors import SourceError
from loaders.reading.document import FORMATS, ReadDocument, TableRow
from loaders.reading.files import file_bytes
from loaders.source_bytes import shown_path

__all__ = ["FORMATS", "SUFFIXES", "ReadDocument", "TableRow", "read_document", "format_of"]

SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".md": "md", ".markdown": "md", ".html": "html",
            ".htm": "html", ".txt": "txt", ".text": "txt"}

REFUSED = {".doc": "old Word .doc", ".odt": "OpenDocument .odt", ".rtf": "RTF", ".pages": "Pages"}
# how a file of each refused format begins: one that does not is something else under that name
# (a plain text saved as "acta.odt"), and the message says what it is instead
REFUSED_HEADS = {".doc": (b"\xd0\xcf\x11\xe0",), ".odt": (b"PK\x03\x04",), ".rtf": (b"{\\rtf",),
                 ".pages": (b"PK\x03\x04",)}

# Names that say nothing about the format but are usually text: no extension at all
# (`ACTA-2017-03`) and `.asc`. Such a file is read as plain text when its bytes are text in an
# encoding plain.decode takes; any other extension is refused (README, "Input files").
TEXT_LIKE = frozenset({"", ".asc"})


def format_of(path: Path) -> str | None:
    """The format a file name says ("pdf", "docx", "md", "html", "txt"), or None."""
    return SUFFIXES.get(Path(path).suffix.lower())


def supported() -> str:
    """The extensions read_document reads, for messages: '.pdf, .docx, .md, ...'."""
    return ", ".join(SUFFIXES)


def _sniff(raw: bytes, fmt: str | None) -> str | None:
    head = raw[:1024].lstrip()
    if head.startswith(b"%PDF-"):
        return "pdf"
    if fmt is None and head[:5].lower() in (b"<!doc", b"<html"):
        return "html"
    return fmt


def _looks_like(raw: bytes, name: str) -> str:
    """What a file with a wrong extension holds, by its first bytes, and what to do about it."""
    head = raw[:1024].lstrip()
    if head.startswith(b"PK\x03\x04"):
        return "it is a ZIP archive (a Word .docx?); give it its own extension and load it again"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "it is an old Office file (.doc, .xls?); save it as .docx or .pdf and load that"
    if _sniff(raw, None) == "html":
        return "it is an HTML page; rename it to .html and load it again"
    from loaders.reading.plain import read_plain
    try:
        read_plain(raw, name)
    except SourceError:
        return "it holds binary data of an unknown kind; export the PDF again and load the new file"
    return "it is plain text; rename it to .txt and load it again"


def _check_text_like(raw: bytes, name: str, suffix: str) -> None:
    """Refuse a file whose extension is none of SUFFIXES unless the extension is TEXT_LIKE and the
    bytes are text; SourceError names the formats read and what the file seems to be."""
    seems = _looks_like(raw, name)
    if suffix in TEXT_LIKE and seems.startswith(("it is plain text", "it is an HTML page")):
        return
    if seems.startswith("it holds binary data"):
        seems = "it holds binary data of an unknown kind; save it as .docx, .pdf or .txt and load that"
    told = f"the extension {suffix}" if suffix else "a file with no extension"
    raise SourceError(name, 1, f"{told} is not a format actagraph reads ({supported()}): {seems}")


def read_document(path) -> ReadDocument:
    """Read one file into a ReadDocument; raises SourceError (one line: `file:1: what is wrong
    and what to do`) for a missing, empty, binary, damaged, protected or scanned file, and for
    an extension it does not read (see TEXT_LIKE)."""
    from loaders.read import normalise
    from loaders.reading.metadata import detect_language, find_title, title_text
    path = Path(path)
    name = shown_path(path)              # errors name the file as the user gave it
    raw = file_bytes(path)
    suffix = path.suffix.lower()
    if suffix in REFUSED:
        if not raw[:1024].lstrip().startswith(REFUSED_HEADS[suffix]):
            # named so but holding something else: say what it holds and what to do
            raise SourceError(name, 1, f"the name says {REFUSED[suffix]} but the file is not one: "
                                       f"{_looks_like(raw, name)}")
        raise SourceError(name, 1, f"{REFUSED[suffix]} files cannot be read (actagraph reads "
                                   f"{supported()}); save it as .docx, .pdf or .txt and load that")
    if format_of(path) is None:
        _check_text_like(raw, name, suffix)
    fmt = _sniff(raw, format_of(path))
    if fmt in ("md", "txt", "html", None) and raw[:4] in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0"):
        # a Word file saved under a text name: say what it is, not "binary file"
        raise SourceError(name, 1, f"this is not a text file: {_looks_like(raw, name)}")
    if fmt == "pdf" and b"%PDF-" not in raw[:1024]:
        raise SourceError(name, 1, f"this is not a PDF (no %PDF- header): {_looks_like(raw, name)}")
    if fmt == "docx" and not raw.startswith(b"PK"):
        raise SourceError(name, 1, "this is not a Word .docx file (an old .doc, or damaged?); "
                                   "save it as .docx and load it again")
    pages: tuple[tuple[int, int], ...] = ()
    core_title = None
    tables: tuple[TableRow, ...] = ()
    title = date = None
    if fmt == "pdf":
        from loaders.reading.pdf import read_pdf
        text, pages, tables = read_pdf(raw, name)
    elif fmt == "docx":
        from loaders.reading.word import read_docx
        text, tables, core_title = read_docx(raw, name)
    elif fmt == "html":
        from loaders.reading.html import read_html
        from loaders.reading.plain import decode
        # a page's <title> usually names the site too: the text's own title comes first
        text, _page_title = read_html(decode(raw, name))
    elif fmt == "md":
        from loaders.reading.markdown import check_front_matter, read_markdown
        from loaders.reading.plain import read_plain
        text = read_plain(raw, name)
        check_front_matter(text, name)
        text, title, date = read_markdown(text)
    else:
        from loaders.reading.markdown import front_matter_date, front_matter_title, \
            split_front_matter
        from loaders.reading.plain import read_plain
        meta, text = split_front_matter(read_plain(raw, name))
        if meta:
            text = text.lstrip("\n")
            title, date = front_matter_title(meta), front_matter_date(meta)
    text = normalise(text)
    if not text.strip():
        raise SourceError(name, 1, "the document has no text to read; check that it is the right file")
    from loaders.structure import display_title, document_date
    if title is None:
        # a Word file's own "title" property is often a template's or an old file name: the
        # text's title comes first
        title = display_title(title_text(text, find_title(text))) or core_title
    if date is None:
        date = document_date(text)
    return ReadDocument(text=text, format=fmt or "txt", pages=pages, title=title, date=date,
                        language=detect_language(text), sha256=hashlib.sha256(raw).hexdigest(),
                        path=str(path), tables=tables)
