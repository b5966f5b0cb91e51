"""The governing body of an organisation named by its generic noun, in lower case too ("los
miembros de la junta directiva de Python Canarias", "the steering committee of Coral Network"):
a Body PART_OF the Organization named after it, and the meeting of its members PART_OF the body;
a body of a system named in full ("el Consejo Consultivo del Sistema Estatal Anticorrupción") is
the system's."""
import pytest

from tests.loaders.test_two_word_names import general
from tests.shared_documents import corpus_batch


def part_of(batch):
    """{(source name, target name)} of PART_OF edges, every source checked against the text."""
    text = batch.nodes[batch.document].properties["text"]
    out = set()
    for e in batch.edges.values():
        if e.type == "PART_OF":
            for s in e.sources:
                assert text[s.start:s.end] == s.quote
            src = "MEETING" if e.source.endswith(":meeting") else batch.nodes[e.source].name
            out.add((src, batch.nodes[e.target].name))
    return out


@pytest.mark.parametrize("sentence,expected", [
    ("Siendo las 20:00 horas se reúnen los miembros de la junta directiva de Python Canarias para "
     "tratar el orden del día.",
     {("MEETING", "Junta Directiva"), ("Junta Directiva", "Python Canarias")}),
    ("The steering committee of Coral Network met on 3 May 2024 to review the budget.",
     {("Steering Committee", "Coral Network")}),
    ("El consejo directivo de la Asociación de Archiveros del Sur aprobó el presupuesto.",
     {("Consejo Directivo", "Asociación de Archiveros del Sur")}),
    ("El Consejo Consultivo del Sistema Estatal Anticorrupción sesionó en Morelia, Michoacán.",
     {("Consejo Consultivo", "Sistema Estatal Anticorrupción")}),
])
def test_a_body_of_an_organisation(sentence, expected):
    assert part_of(general(f"Nota\n\n{sentence}\n")) == expected


def test_kinds_and_quotes():
    b = general("Nota\n\nSe reúnen los miembros de la junta directiva de Python Canarias.\n")
    kinds = {n.name: n.kind for n in b.nodes.values() if n.sources}
    assert kinds["Junta Directiva"] == "Body" and kinds["Python Canarias"] == "Organization"
    (e,) = [e for e in b.edges.values() if e.type == "PART_OF" and not e.source.endswith(":meeting")]
    assert e.sources[0].quote == "junta directiva de Python Canarias"


@pytest.mark.parametrize("sentence", [
    "The executive committee of Fiji approved the plan.",        # a country's: no organisation
    "La junta directiva aprobó el presupuesto.",                  # whose, not said
])
def test_no_organisation_without_one_named(sentence):
    b = general(f"Nota\n\n{sentence}\n")
    assert not any(n.kind == "Organization" and n.sources for n in b.nodes.values())
    assert not [e for e in b.edges.values() if e.type == "PART_OF" and not e.source.endswith(":meeting")]


def test_the_board_of_an_association_in_its_minutes():
    b = corpus_batch("20-pythoncanarias-acta-junta-directiva-2019-10-24.pdf")
    assert ("Junta Directiva", "Python Canarias") in part_of(b)
    assert ("MEETING", "Junta Directiva") in part_of(b)
