"""Files that cannot be read fail with one line saying what is wrong and what to do, and leave
the store as it was (both engines)."""
from __future__ import annotations

import pytest

from loaders.errors import SourceError
from loaders.pipeline import load_file
from tests.shared_documents import CASES


@pytest.fixture(scope="module")
def membrete_batch():
    """The shared case 04 (a letterhead acta), extracted once for the module (read-only)."""
    return load_file(CASES / "04-membrete.txt")


@pytest.fixture(scope="module")
def acta_pdf_batch():
    """The shared case 08 (an acta as a PDF of two pages), extracted once for the module
    (read-only)."""
    return load_file(CASES / "08-acta-pdf-membrete.pdf")


def _encrypted_pdf(path):
    from fpdf import FPDF
    doc = FPDF()
    doc.set_encryption(owner_password="owner", user_password="secret")
    doc.add_page()
    doc.set_font("Helvetica", size=12)
    doc.cell(0, 10, "Acta de la reunión secreta")
    doc.output(str(path))


def _scanned_pdf(path):
    from fpdf import FPDF
    doc = FPDF()
    doc.add_page()
    doc.rect(20, 20, 100, 60, style="F")         # a picture of a page, no text layer
    doc.output(str(path))


BAD = {
    "protected.pdf": (_encrypted_pdf, "password-protected"),
    "scan.pdf": (_scanned_pdf, "no text layer"),
    "broken.pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog"), "damaged"),
    "broken.docx": (lambda p: p.write_bytes(b"PK\x03\x04 this is not a zip"), "cannot open the Word file"),
    "old.docx": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0 old binary Word"), "not a Word .docx"),
    "minutes.doc": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0 old binary Word"), "old Word .doc"),
    # an extension the reader does not know is refused, naming the formats it reads
    "acta.xyz": (lambda p: p.write_text("Acta de la reunión\n\nSe reunieron Chile y Perú.\n"),
                 "the extension .xyz is not a format actagraph reads (.pdf, .docx, .md, .markdown, "
                 ".html, .htm, .txt, .text): it is plain text; rename it to .txt"),
    "acta.odt": (lambda p: p.write_bytes(b"PK\x03\x04 OpenDocument"),
                 "OpenDocument .odt files cannot be read (actagraph reads .pdf, .docx, .md, "
                 ".markdown, .html, .htm, .txt, .text); save it as .docx, .pdf or .txt"),
    # a refused extension on a file that is not of that format says what the file is instead
    "notas.odt": (lambda p: p.write_text("Notes of the meeting\n\nChile and Peru met.\n"),
                  "the name says OpenDocument .odt but the file is not one: it is plain text; "
                  "rename it to .txt and load it again"),
    "notas.doc": (lambda p: p.write_text("<html><body><p>Acta</p></body></html>"),
                  "the name says old Word .doc but the file is not one: it is an HTML page; "
                  "rename it to .html"),
    "acta.rtf": (lambda p: p.write_text("{\\rtf1\\ansi Acta de la reunión}"),
                 "RTF files cannot be read (actagraph reads .pdf, .docx"),
    "page.xyz": (lambda p: p.write_text("<html><body><p>Acta</p></body></html>"),
                 "not a format actagraph reads (.pdf, .docx, .md, .markdown, .html, .htm, .txt, "
                 ".text): it is an HTML page; rename it to .html"),
    "ACTA-BINARIA": (lambda p: p.write_bytes(bytes(range(256)) * 8),
                     "a file with no extension is not a format actagraph reads (.pdf, .docx, .md, "
                     ".markdown, .html, .htm, .txt, .text): it holds binary data of an unknown "
                     "kind; save it as .docx, .pdf or .txt"),
    "empty.md": (lambda p: p.write_bytes(b"---\ntitle: x\n---\n"), "no text"),
    "empty.html": (lambda p: p.write_bytes(b"<html><body><script>1</script></body></html>"), "no text"),
    "acta.pdf": (lambda p: p.write_text("Acta de la reunión\n\nSe reunieron Chile y Perú.\n"),
                 "this is not a PDF (no %PDF- header): it is plain text; rename it to .txt"),
    "page.pdf": (lambda p: p.write_text("<html><body><p>Acta</p></body></html>"),
                 "it is an HTML page; rename it to .html"),
    "open-front-matter.md": (lambda p: p.write_text("---\ntitle: Acta\n\n# Acta\n\nTexto.\n"),
                             "the front matter opened by `---` on line 1 is never closed"),
    # a Word file under a text name is said to be one, not "binary"
    "minutas.md": (lambda p: p.write_bytes(b"PK\x03\x04\x14\x00\x06\x00word/document.xml\x00"),
                   "this is not a text file: it is a ZIP archive (a Word .docx?)"),
    "minutas.txt": (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00 old Word"),
                    "this is not a text file: it is an old Office file (.doc, .xls?)"),
    "acta-sjis.txt": (lambda p: p.write_bytes("議事録、会議の記録。\n出席者：代表団。\n".encode("shift_jis")),
                      "cannot decode the file: it is not UTF-8 (byte 0x8B on line 1), not "
                      "Windows-1252 (byte 0x81 on line 1 has no character there), and Latin-1 would "
                      "read byte 0x8B on line 1 as a control character; save it as UTF-8"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_is_one_line(tmp_path, name):
    make, what = BAD[name]
    path = tmp_path / name
    make(path)
    with pytest.raises(SourceError) as exc:
        load_file(path)
    msg = str(exc.value)
    assert msg.startswith(f"{path}:1: ") and "\n" not in msg and what in msg, msg   # as given
    assert ";" in msg or "and" in msg        # says what to do


@pytest.mark.parametrize("name", ["ACTA-2017-03", "acta.asc"])
def test_text_under_a_text_like_name_reads_as_plain_text(tmp_path, name):
    """No extension, or .asc: plain text in a supported encoding is read (README, input files)."""
    from loaders.reading import read_document
    path = tmp_path / name
    path.write_bytes("Acta de la reunión\n\nSe reunieron Chile y Perú.\n".encode("cp1252"))
    read = read_document(path)
    assert (read.format, read.text) == ("txt", "Acta de la reunión\n\nSe reunieron Chile y Perú.\n")


@pytest.mark.parametrize("text, line, what", [
    ("---\ntitle: Acta\ndate: [2020\nlugar: Lima\n---\n\n# Acta\n\nTexto.\n", 4,
     "the front matter is not valid YAML (expected ',' or ']', but got ':'); fix it or remove it"),
    ("---\ntitle: Acta: de la reunión\n---\n\n# Acta\n\nTexto.\n", 2,
     "the front matter is not valid YAML (mapping values are not allowed here)"),
])
def test_invalid_yaml_front_matter_names_its_line(tmp_path, text, line, what):
    path = tmp_path / "acta.md"
    path.write_text(text)
    with pytest.raises(SourceError) as exc:
        load_file(path)
    assert str(exc.value).startswith(f"{path}:{line}: {what}"), str(exc.value)


@pytest.mark.parametrize("text, title", [
    ("---\ntitle: Acta de Lima\n---\n\n# Acta\n\nSe reunieron Chile y Perú.\n", "Acta de Lima"),
    ("---\n\n# Acta de Quito\n\nSe reunieron Chile y Perú.\n", "Acta de Quito"),  # a rule
    ("Acta de Cusco\n---\n\nSe reunieron Chile y Perú.\n", "Acta de Cusco"),      # a heading
])
def test_markdown_that_opens_with_dashes_but_no_front_matter_still_reads(tmp_path, text, title):
    path = tmp_path / "acta.md"
    path.write_text(text)
    assert load_file(path).nodes["acta"].properties["title"] == title


@pytest.mark.parametrize("name", ["protected.pdf", "scan.pdf", "broken.docx", "acta.pdf",
                                  "open-front-matter.md"])
def test_bad_file_leaves_the_store_unchanged(store, tmp_path, name, membrete_batch, acta_pdf_batch):
    store.load(membrete_batch)
    before = (store.stats(), [d["id"] for d in store.documents()])
    path = tmp_path / name
    BAD[name][0](path)
    with pytest.raises(SourceError):
        batches = [acta_pdf_batch, load_file(path)]
        for b in batches:                    # never reached: reading fails first
            store.load(b)
    assert (store.stats(), [d["id"] for d in store.documents()]) == before


def test_pdf_document_stores_pages_on_both_engines(store, acta_pdf_batch):
    batch = acta_pdf_batch
    store.load(batch)
    rows = store.run("MATCH (d:Document) RETURN d.format AS format, d.page_count AS pages, "
                     "d.language AS language").records()
    assert rows == [{"format": "pdf", "pages": 2, "language": "es"}]
    pages = store.run("MATCH (p:Passage) RETURN p.page AS page, count(*) AS n "
                      "ORDER BY page").records()
    assert [r["page"] for r in pages] == [1, 2]
