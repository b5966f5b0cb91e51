"""The reading expectations of tests/data/cases (expected.yaml): title, date, language, no
letterhead, page-number or stamp passage, PDF sources with their page."""
from __future__ import annotations

import re

import pytest

from loaders.pipeline import load_file
from loaders.reading import read_document
from tests.shared_documents import CASES, case_expectations

FURNITURE = re.compile(r"Página \d+ de \d+|Código de verificación|firmado electrónicamente|"
                       r"MINISTERIO DE RELACIONES|Av\. Ejemplo|NOTA DE PRENSA|Calle Modelo 45",
                       re.I)


def passages(batch):
    return [n for n in batch.nodes.values() if n.kind == "Passage"]


def all_sources(batch):
    for n in batch.nodes.values():
        yield from n.sources
    for e in batch.edges.values():
        yield from e.sources


@pytest.mark.parametrize("name,title,date,language", [
    ("03-front-matter.md", "Joint Statement of the Fourth Ministerial Meeting on Regional Mobility",
     "2023-09-21", "en"),
    ("04-membrete.txt", "Informe de la Reunión Técnica Preparatoria de la XX Conferencia "
                        "Suramericana sobre Migraciones", "2021-06-03", "es"),
    ("08-acta-pdf-membrete.pdf", "Acta de la Segunda Sesión Ordinaria de la Comisión Binacional "
                                 "de Migración entre Costa Rica y Panamá", "2022-02-21", "es"),
    ("09-minutas-tabla.docx", "Minutes of the Third Meeting of the Ad Hoc Working Group on "
                              "Labour Migration", "2022-04-12", "en"),
])
def test_case_title_date_language(name, title, date, language):
    read = read_document(CASES / name)
    assert read.title == title
    assert read.date == date
    assert read.language == language
    doc = load_file(CASES / name).nodes[(CASES / name).stem].properties
    assert (doc["title"], doc["date"], doc["language"]) == (title, date, language)
    expected = case_expectations()[name].get("document", {})
    if "title" in expected:
        assert read.title.casefold() == expected["title"].casefold()
    if "date" in expected:
        assert read.date == str(expected["date"])


@pytest.mark.parametrize("name", ["03-front-matter.md", "04-membrete.txt",
                                  "08-acta-pdf-membrete.pdf", "09-minutas-tabla.docx"])
def test_no_passage_is_page_furniture_or_markup(name):
    batch = load_file(CASES / name)
    texts = [p.properties["text"] for p in passages(batch)]
    assert texts
    for t in texts:
        assert not FURNITURE.search(t), t
        assert not t.startswith(("---", "title:", "source_url", "tags:", "**")), t


def test_front_matter_is_not_text():
    read = read_document(CASES / "03-front-matter.md")
    assert "source_url" not in read.text and "tags:" not in read.text and "**" not in read.text
    assert read.text.startswith("Joint Statement of the Fourth Ministerial Meeting")


def test_letterhead_is_not_the_title_nor_a_passage():
    batch = load_file(CASES / "04-membrete.txt")
    kinds = [(p.properties["subtype"], p.properties["text"]) for p in
             sorted(passages(batch), key=lambda p: p.properties["ordinal"])]
    assert kinds[0] == ("title", "Informe de la Reunión Técnica Preparatoria de la XX "
                                 "Conferencia Suramericana sobre Migraciones")
    assert len(kinds) == 3


def test_pdf_pages_sources_and_sentences():
    read = read_document(CASES / "08-acta-pdf-membrete.pdf")
    assert read.format == "pdf" and len(read.pages) == 2 and read.page_count == 2
    assert read.pages[0][0] == 0 and read.pages[-1][1] == len(read.text)
    assert read.pages[0][1] == read.pages[1][0]
    page2 = read.text[read.pages[1][0]:read.pages[1][1]]
    assert page2.startswith("Tercero. Se acuerda celebrar la próxima sesión ordinaria")
    batch = load_file(CASES / "08-acta-pdf-membrete.pdf")
    sources = list(all_sources(batch))
    assert sources and all(s.page in (1, 2) for s in sources)
    assert all(read.text[s.start:s.end] == s.quote for s in sources)
    by_text = {p.properties["text"][:40]: p.properties["page"] for p in passages(batch)}
    assert by_text["Tercero. Se acuerda celebrar la próxima "] == 2
    assert by_text["En la ciudad de Paso Canoas, a las diez "] == 1
    # a sentence wrapped over two lines is one passage, and no passage ends mid-sentence
    for p in passages(batch):
        t = p.properties["text"]
        assert "\n" not in t
    assert any(p.properties["text"].endswith("antes del 31 de mayo de 2022.") and
               p.properties["text"].startswith("Segundo. Se acuerda crear") for p in passages(batch))
    doc = batch.nodes[batch.document].properties
    assert doc["page_count"] == 2 and doc["format"] == "pdf" and len(doc["sha256"]) == 64


def test_docx_table_rows_keep_their_columns():
    read = read_document(CASES / "09-minutas-tabla.docx")
    rows = [r for r in read.tables if not r.header]
    assert [read.text[r.start:r.end] for r in rows] == [
        "Circulate a survey on seasonal work permits | Technical Secretariat | 30 April 2022",
        "Draft a regional guide on recognition of qualifications | Chile and Peru | 30 June 2022",
        "Report on bilateral labour agreements | Argentina | next meeting"]
    assert all(r.columns == ("Action", "Responsible", "Deadline") for r in read.tables)
    first = rows[0]
    assert [read.text[s:e] for s, e in first.cells] == [
        "Circulate a survey on seasonal work permits", "Technical Secretariat", "30 April 2022"]
    batch = load_file(CASES / "09-minutas-tabla.docx")
    texts = {p.properties["text"] for p in passages(batch)}
    assert "Action | Responsible | Deadline" in texts
    assert "Report on bilateral labour agreements | Argentina | next meeting" in texts
    assert "2. The Working Group agreed to the action items below." in texts
