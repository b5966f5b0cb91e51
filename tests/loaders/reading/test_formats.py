"""Variants of each kind written for these tests: other letterheads and stamps, two-column
headers, English page numbers, Word tables, Markdown and HTML markup, Windows-1252 text."""
from __future__ import annotations

import pytest

from loaders.errors import SourceError
from loaders.pipeline import load_file
from loaders.reading import read_document
from tests.loaders.reading.make_documents import docx, pdf

LONG_1 = ("The Ministers of the Regional Conference met in Ottawa on 5 March 2024 to review the "
          "implementation of the regional plan on labour mobility and to agree the next steps of "
          "the process, which")
LONG_2 = ("continues under the presidency of Canada until the end of the year. The delegations "
          "welcomed the report of the Technical Secretariat.")


def test_english_pdf_with_running_title_page_numbers_and_a_sentence_over_the_break(tmp_path):
    path = pdf(tmp_path / "minutes.pdf",
               [["Minutes of the Fifth Meeting of the Regional Conference", LONG_1],
                [LONG_2, "1. Adopt the work plan.", "2. Hold the next meeting in Lima."]],
               header=["REGIONAL CONFERENCE ON MIGRATION - Minutes"],
               footer=["Page {n} of {total}"])
    read = read_document(path)
    assert read.title == "Minutes of the Fifth Meeting of the Regional Conference"
    assert read.language == "en" and read.date == "2024-03-05"
    assert "Page 1" not in read.text and "REGIONAL CONFERENCE ON MIGRATION" not in read.text
    assert "the process, which continues under the presidency" in read.text
    start = read.text.index("The Ministers")
    assert read.page_at(start) == 1 and read.page_at(read.text.index("1. Adopt")) == 2
    batch = load_file(path)
    texts = [n.properties["text"] for n in batch.nodes.values() if n.kind == "Passage"]
    assert any(t.startswith("The Ministers") and t.endswith("Technical Secretariat.")
               for t in texts)
    assert "1. Adopt the work plan." in texts


def test_spanish_pdf_with_two_column_header_and_signature_stamp(tmp_path):
    path = pdf(tmp_path / "acta.pdf",
               [["Acta de la Tercera Reunión del Comité Técnico",
                 "En la ciudad de Lima, el día 7 de julio de 2023, se reunieron los miembros "
                 "del Comité Técnico."],
                ["Se levanta la sesión a las doce horas."]],
               columns=("Ministerio del Interior", "Lima, Perú"),
               footer=["Firmado digitalmente por: Ana Prueba", "CSV: ABC123XYZ", "- {n} -"])
    read = read_document(path)
    assert read.title == "Acta de la Tercera Reunión del Comité Técnico"
    assert read.date == "2023-07-07" and read.language == "es"
    for gone in ("Ministerio del Interior", "Firmado digitalmente", "CSV:", "- 1 -"):
        assert gone not in read.text
    assert read.text.rstrip().endswith("Se levanta la sesión a las doce horas.")


def test_single_page_pdf_drops_its_page_number_and_verification_code(tmp_path):
    path = pdf(tmp_path / "one.pdf", [["Comunicado Conjunto de la Reunión Binacional",
                                       "Los dos gobiernos acordaron reforzar la cooperación."]],
               footer=["Código de verificación: 99-XY-12", "Pág. 1"])
    read = read_document(path)
    assert read.pages == ((0, len(read.text)),)
    assert "verificación" not in read.text and "Pág" not in read.text


def test_pdf_table_rows_keep_their_columns(tmp_path):
    path = pdf(tmp_path / "actions.pdf",
               [["Minutes of the Working Group Meeting", "The group agreed on these actions."]],
               table=[["Action", "Responsible", "Deadline"],
                      ["Circulate the survey", "Technical Secretariat", "30 April 2022"],
                      ["Draft the guide", "Chile and Peru", "30 June 2022"]])
    read = read_document(path)
    rows = [r for r in read.tables if not r.header]
    assert [read.text[r.start:r.end] for r in rows] == [
        "Circulate the survey | Technical Secretariat | 30 April 2022",
        "Draft the guide | Chile and Peru | 30 June 2022"]
    assert all(r.columns == ("Action", "Responsible", "Deadline") for r in read.tables)
    assert [read.text[s:e] for s, e in rows[1].cells] == ["Draft the guide", "Chile and Peru",
                                                          "30 June 2022"]
    texts = [n.properties["text"] for n in load_file(path).nodes.values() if n.kind == "Passage"]
    assert "Action | Responsible | Deadline" in texts


def test_hyphenated_word_at_line_end_is_joined(tmp_path):
    word = "intercambio de información sobre flujos migratorios extrarregionales " * 3
    path = pdf(tmp_path / "h.pdf", [["Informe de la Reunión", word.strip() + "."]])
    read = read_document(path)
    assert "-\n" not in read.text and "extrarregionales" in read.text


def test_docx_heading_list_and_table(tmp_path):
    path = docx(tmp_path / "actions.docx",
                ["# Record of the Second Meeting of the Working Group",
                 "The Working Group met on 3 May 2023 in Santiago.",
                 "1. Approve the agenda.", "1. Review the action items."],
                table=[["Action", "Responsible", "Deadline"],
                       ["Prepare the survey", "Chile", "30 June 2023"]],
                after=["The meeting closed at noon."])
    read = read_document(path)
    assert read.format == "docx" and read.pages == ()
    assert read.title == "Record of the Second Meeting of the Working Group"
    assert read.date == "2023-05-03" and read.language == "en"
    assert "1. Approve the agenda.\n\n2. Review the action items." in read.text
    row = next(r for r in read.tables if not r.header)
    assert read.text[row.start:row.end] == "Prepare the survey | Chile | 30 June 2023"
    assert row.columns == ("Action", "Responsible", "Deadline")


@pytest.mark.parametrize("front,title,date", [
    ('---\ntitle: "Declaración de Quito"\ndate: 2022-11-09T10:00:00Z\nlayout: post\n---\n', "Declaración de Quito", "2022-11-09"),
    ("", "Acta de la Reunión Ordinaria del Consejo", "2022-11-08"),
])
def test_markdown_markup_is_not_content(tmp_path, front, title, date):
    body = ("![Logo del Ministerio](logo.png)\n\n# **Acta de la Reunión Ordinaria del Consejo**\n\n"
            "El Consejo se reunió el 8 de noviembre de 2022 en [Quito](https://example.org).\n\n"
            "- Aprobar el *informe* anual.\n- Convocar la próxima reunión.\n\n"
            "| Acción | Responsable |\n|---|---|\n| Redactar la guía | Ecuador |\n")
    p = tmp_path / "acta.md"
    p.write_text(front + body, encoding="utf-8")
    read = read_document(p)
    assert (read.title, read.date, read.language) == (title, date, "es")
    for markup in ("**", "](", "![", "#", "---", "|---"):
        assert markup not in read.text
    assert "El Consejo se reunió el 8 de noviembre de 2022 en Quito." in read.text
    assert "- Aprobar el informe anual." in read.text
    assert "Redactar la guía | Ecuador" in read.text


def test_html_visible_text(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><head><title>Portal</title><style>p{}</style></head><body>"
                 "<nav>Inicio | Noticias</nav><img alt='Escudo nacional'>"
                 "<h1>Declaración Conjunta de la Cumbre Andina</h1>"
                 "<p>Los presidentes se reunieron en La Paz el 2 de agosto de 2021.</p>"
                 "<ol><li>Crear una red consular.</li><li>Informar en 2022.</li></ol>"
                 "<script>var x = 1;</script></body></html>", encoding="utf-8")
    read = read_document(p)
    assert read.format == "html"
    assert read.title == "Declaración Conjunta de la Cumbre Andina"
    assert read.date == "2021-08-02" and read.language == "es"
    assert "var x" not in read.text and "Inicio" not in read.text and "Escudo" not in read.text
    assert "1. Crear una red consular.\n\n2. Informar en 2022." in read.text


def test_short_windows_1252_file_full_of_dashes_and_quotes(tmp_path):
    p = tmp_path / "nota.txt"
    p.write_bytes("“Acta” – “sí” — ‘no’ …".encode("cp1252"))
    assert read_document(p).text == "“Acta” – “sí” — ‘no’ …"


def test_other_letterheads_are_skipped(tmp_path):
    p = tmp_path / "membrete.txt"
    p.write_text("Embajada de la República de Chile\nSecretaría de Relaciones Exteriores\n"
                 "Tel.: +56 2 2827 4200 | correo: prensa@example.gob\nComunicado N.º 12/2023\n"
                 "Acta de la Reunión del Mecanismo de Consultas Políticas\n\n"
                 "Las delegaciones se reunieron en Santiago el 4 de abril de 2023.\n",
                 encoding="utf-8")
    read = read_document(p)
    assert read.title == "Acta de la Reunión del Mecanismo de Consultas Políticas"
    assert read.date == "2023-04-04"
    texts = [n.properties["text"] for n in load_file(p).nodes.values() if n.kind == "Passage"]
    assert texts[0] == "Acta de la Reunión del Mecanismo de Consultas Políticas"
    assert not any("Embajada" in t or "Tel." in t or "Comunicado N.º" in t for t in texts)


def test_single_line_breaks_between_sentences_make_paragraphs(tmp_path):
    p = tmp_path / "acta.txt"
    p.write_text("Acta de la Reunión\n\nSe abre la sesión.\nChile presenta el informe.\n"
                 "La sesión continúa\ncon el segundo punto.\n", encoding="utf-8")
    texts = [n.properties["text"] for n in load_file(p).nodes.values() if n.kind == "Passage"]
    assert texts == ["Acta de la Reunión", "Se abre la sesión.", "Chile presenta el informe.",
                     "La sesión continúa\ncon el segundo punto."]


@pytest.mark.parametrize("lines, bad_line, utf8_line", [
    ([("Acta de la Reunión", "utf-8"), ("", "utf-8"), ("Asistieron México y Panamá.", "latin-1")], 3, 1),
    ([("Reunión técnica", "cp1252"), ("", "cp1252"), ("Participó Perú – y Bolivia.", "utf-8")], 1, 3),
])
def test_a_file_that_mixes_encodings_is_refused_naming_a_line_of_each(tmp_path, lines, bad_line, utf8_line):
    # one encoding for the whole file would garble the other lines ("MÃ©xico"): one line, the
    # first byte that is not UTF-8 and a line that is
    p = tmp_path / "mixta.txt"
    p.write_bytes(b"\n".join(text.encode(enc) for text, enc in lines) + b"\n")
    with pytest.raises(SourceError) as err:
        read_document(p)
    message = str(err.value)
    assert message.startswith(f"{p}:{bad_line}: the file mixes encodings")   # the path as given
    assert f"line {utf8_line} is UTF-8" in message and "\n" not in message
