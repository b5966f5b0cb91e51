import pytest

from loaders.errors import SourceError
from loaders.structure import parse_document


def test_front_matter(structure):
    assert structure.title.startswith("Informe de la Reunión de las Troikas")
    assert structure.date == "2017-03-30"
    assert "Washington D.C" in structure.place


def test_sections_1_to_8_and_acta(structure):
    numbers = [s.number for s in structure.sections]
    assert numbers == ["0", "1", "2", "3", "4", "5", "6", "7", "8", "acta"]
    titles = {s.number: s.title for s in structure.sections}
    assert titles["5"].startswith("Consenso de la CRM")     # "- 5. Consenso…" is a heading
    assert titles["8"] == "Acuerdos y cierre"


def test_eleven_agreements_in_two_groups(structure):
    ag = structure.agreements
    assert [a.number for a in ag] == [str(n) for n in range(1, 12)]
    assert [a.group for a in ag] == ["general"] * 5 + ["compact"] * 6
    assert ag[0].text.startswith("- Crear un mecanismo de diálogo regular")   # unnumbered = 1
    assert ag[5].text.startswith("6. Avanzar")                                # no dash
    assert ag[6].text.startswith("- 7. Conformar")


def test_three_tasks_under_8(structure):
    eight = structure.agreements[7]
    assert [t.number for t in eight.tasks] == ["8.1", "8.2", "8.3"]
    assert eight.tasks[0].text.lstrip(" -").startswith("Elaborar un borrador")
    assert all(t.parent == "8" for t in eight.tasks)
    kinds = [structure.block(t.ordinal).kind for t in eight.tasks]
    assert kinds == ["task"] * 3


def test_page_breaks_do_not_split_paragraphs(structure):
    text = structure.text
    for start in ("Chile habla sobre los antecedentes", "Chile se preocupa por los tiempos",
                  "La CRM se crea en 1996", "OIM menciona que se está trabajando",
                  "Panamá es el primer país de CRM"):
        block = next(b for b in structure.blocks if b.text.startswith(start))
        assert "\n\n\n" in block.text                 # the artefact is inside one passage
        assert text[block.start:block.end] == block.text
    assert not any(b.text[0].islower() for b in structure.blocks)


def test_blocks_are_exact_spans_in_order(structure):
    prev_end = 0
    for i, b in enumerate(structure.blocks, 1):
        assert b.ordinal == i
        assert structure.text[b.start:b.end] == b.text
        assert b.start >= prev_end
        prev_end = b.end


def test_signatories(structure):
    names = [(s.name, s.post, s.body) for s in structure.signatories]
    assert names == [("Liduvina Magarín", "Presidencia Pro-Tempore", "Conferencia Regional sobre Migración"),
                     ("Juan Ignacio Livieres", "Presidencia Pro-Tempore", "Conferencia Suramericana sobre Migraciones")]


def test_items_and_kinds(structure):
    kinds = {b.kind for b in structure.blocks}
    assert {"title", "date", "heading", "paragraph", "item", "agreement", "task", "signature"} <= kinds
    fases = [b for b in structure.blocks if "Fase" in b.text and b.kind == "item"]
    assert len(fases) == 3 and all(structure.block(b.parent).text.endswith("fases del proceso:") for b in fases)


ACTA = """Acta

Los países reunidos han acordado:

- 1. Uno.
- 2. Dos.
{third}
"""


def test_duplicate_agreement_number_names_line():
    with pytest.raises(SourceError) as exc:
        parse_document(ACTA.format(third="- 2. Otra vez dos."), "d", "acta.txt")
    assert str(exc.value).startswith("acta.txt:7: ") and "2" in str(exc.value)


def test_missing_agreement_number_names_line():
    with pytest.raises(SourceError) as exc:
        parse_document(ACTA.format(third="- 4. Cuatro."), "d", "acta.txt")
    assert str(exc.value).startswith("acta.txt:7: ") and "3" in str(exc.value)


def test_document_without_sections():
    doc = parse_document("Una nota.\n\nOtro párrafo sin título numerado.\n", "n")
    assert [s.number for s in doc.sections] == ["0"]
    assert all(b.section == "0" for b in doc.blocks) and len(doc.blocks) == 2
