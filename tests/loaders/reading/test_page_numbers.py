"""Page furniture is only what repeats on the pages and their page numbers: a reference number
wrapped onto a line of its own ("68/12" of "Decisión N° 68/12") is text, in a PDF and in a
plain text. Documents written for the test."""
from __future__ import annotations

import pytest

from loaders.pipeline import load_file
from loaders.reading import read_document
from loaders.reading.pages import page_number
from tests.loaders.reading.make_documents import pdf


@pytest.mark.parametrize("line,is_page", [
    ("3", True), ("- 3 -", True), ("pagina 1 de 2", True), ("page 2 of 2", True), ("1/2", True),
    ("2 de 2", True), ("68/12", False), ("pagina 9 de 4", False), ("0", False),
])
def test_what_a_page_number_is(line, is_page):
    assert page_number(line) is is_page


@pytest.mark.parametrize("wrapped,rest,footer", [
    ("La Delegación de Chile dejó constancia que no ha suscripto la Resolución N°", "25/17",
     "Página {n} de {total}"),
    ("The Delegation of Canada recalled that it has not signed Decision", "45/12",
     "Page {n} of {total}"),
])
def test_a_wrapped_reference_number_stays_in_the_pdf_text(tmp_path, wrapped, rest, footer):
    path = pdf(tmp_path / "acta.pdf",
               [["Acta de la Segunda Reunión del Grupo de Trabajo sobre Asuntos Consulares",
                 "Se realizó en la ciudad de Lima los días 4 y 5 de junio de 2019.",
                 f"{wrapped}\n{rest}", "Fueron tratados los siguientes temas:"],
                ["1. Informe de la Secretaría Técnica.", "2. Próxima reunión."]],
               header=["GRUPO DE TRABAJO - ACTA N° 02/19"], footer=[footer])
    read = read_document(path)
    assert wrapped in read.text and read.text.count(rest) == 1
    assert "Página 1" not in read.text and "Page 1" not in read.text
    assert "ACTA N° 02/19" not in read.text
    batch = load_file(path)
    doc = batch.nodes[batch.document].properties["text"]
    passages = [n for n in batch.nodes.values() if n.kind == "Passage"]
    assert any(n.properties["text"].endswith(rest) for n in passages)
    assert all(doc[s.start:s.end] == s.quote for n in passages for s in n.sources)


def test_a_reference_number_on_its_own_line_stays_in_a_plain_text(tmp_path):
    path = tmp_path / "acta.txt"
    path.write_text("Acta de la Segunda Reunión del Grupo de Trabajo\n\n"
                    "La Delegación de Chile dejó constancia que no ha suscripto la Resolución N°\n"
                    "25/17\n\n2\n\nFueron tratados los siguientes temas.\n", encoding="utf-8")
    read = read_document(path)
    batch = load_file(path)
    texts = [n.properties["text"] for n in batch.nodes.values() if n.kind == "Passage"]
    assert any(t.endswith("Resolución N°\n25/17") for t in texts)
    assert "2" not in texts
    assert read.text.count("25/17") == 1
