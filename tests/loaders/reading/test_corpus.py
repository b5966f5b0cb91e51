"""Real public documents beside the checkout (tests/shared_documents.corpus_file): titles,
dates and languages read by hand from each document; skipped where the corpus is absent."""
from __future__ import annotations

import re

import pytest

from loaders.pipeline import load_file
from loaders.reading import read_document
from tests.shared_documents import corpus_file


@pytest.mark.parametrize("name,fmt,pages,language,title,date", [
    ("20-pythoncanarias-acta-junta-directiva-2019-10-24.pdf", "pdf", 2, "es",
     "Acta de reunión", "2019-10-24"),
    ("22-cost-europroofnet-mc-minutes-2022-10-24.pdf", "pdf", 5, "en",
     "CA20111 EuroProofNet COST action Management Committee meeting on 24 October 2022",
     "2022-10-24"),
    ("23-oasis-csaf-tc-minutes-2019-01-30.pdf", "pdf", 4, "en",
     "Common Security Advisory Framework (CSAF) TC Monthly Meeting", "2019-01-30"),
    ("24-oasis-csaf-tc-minutes-2023-09-27.md", "md", 0, "en",
     "Common Security Advisory Framework (CSAF) Technical Committee Working Meeting",
     "2023-09-27"),
    ("21-pythoncanarias-acta-reunion-core-2017-10-27.md", "md", 0, "es",
     "Reunión CORE Python Canarias", "2017-10-27"),
    ("12-australia-nz-ministers-conference-committee-report-1944.md", "md", 0, "en",
     "Conference of Australian and New Zealand Ministers", "1944-01-18"),
    ("01-joint-statement-immigration-ministers-canberra-1977.txt", "txt", 0, "en",
     "Joint statement from Conference of Commonwealth and State Ministers for Immigration and "
     "Ethnic Affairs", "1977-10-14"),
    ("13-oea-comunicado-belice-guatemala-2000.txt", "txt", 0, "es",
     "Comunicado prensa 20 de julio", "2000-07-17"),
    ("08-grcm-crm-panama-readout.txt", "txt", 0, "es", None, None),
])
def test_corpus_document_metadata(name, fmt, pages, language, title, date):
    read = read_document(corpus_file(name))
    assert (read.format, len(read.pages), read.language) == (fmt, pages, language)
    assert (read.title, read.date) == (title, date)


def test_latex_acta_pdf_reads_clean_paragraphs_with_pages():
    path = corpus_file("20-pythoncanarias-acta-junta-directiva-2019-10-24.pdf")
    read = read_document(path)
    assert "Python Canarias arriba indicados" in read.text          # "Ca-\nnarias" joined
    assert "asistentes para que salga adelante" in read.text         # no glued words
    batch = load_file(path)
    passages = [n for n in batch.nodes.values() if n.kind == "Passage"]
    assert not any(re.fullmatch(r"\d+", p.properties["text"]) for p in passages)

    def page_of(start):
        return next(p.properties["page"] for p in passages if p.properties["text"].startswith(start))
    assert page_of("• El pasado 14 de octubre") == 1
    assert page_of("• Crear un listado de personas") == 2


def test_yaml_header_of_a_text_file_is_not_text():
    read = read_document(corpus_file("01-joint-statement-immigration-ministers-canberra-1977.txt"))
    assert "trove_url" not in read.text and not read.text.startswith("---")
