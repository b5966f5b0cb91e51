"""Who organises an event the text names: ORGANISES from the actor the sentence gives, after the
event ("el taller, organizado por la Secretaría Técnica", "the workshop, hosted by ...") or
before it ("la Red ... organizó el seminario"), the source spanning both names."""
import pytest

from tests.loaders.test_two_word_names import general


def organisers(batch):
    """{(actor name, event name)} of the ORGANISES edges to events other than the document's
    own meeting, every source checked against the text."""
    text = batch.nodes[batch.document].properties["text"]
    out = set()
    for e in batch.edges.values():
        if e.type == "ORGANISES" and not e.target.endswith(":meeting"):
            for s in e.sources:
                assert text[s.start:s.end] == s.quote
            out.add((batch.nodes[e.source].name, batch.nodes[e.target].name))
    return out


@pytest.mark.parametrize("sentence,expected", [
    ("El 14 de mayo se celebró el Taller Regional sobre Trata de Personas, organizado por la Red de "
     "Funcionarios de Enlace del Proceso de Lima, en Quito.",
     {("Red de Funcionarios de Enlace", "Taller Regional sobre Trata de Personas")}),
    ("El Seminario Regional de Migración Laboral, convocado por la Secretaría Técnica y la Organización "
     "Internacional para las Migraciones, se realizó en San José.",
     {("Secretaría Técnica", "Seminario Regional de Migración Laboral"),
      ("Organización Internacional para las Migraciones", "Seminario Regional de Migración Laboral")}),
    ("La Secretaría Técnica organizó el Seminario Regional de Migración Laboral en San José.",
     {("Secretaría Técnica", "Seminario Regional de Migración Laboral")}),
    ("Members recalled the Coral Workshop on Border Data, organised by the Regional Support Office of the "
     "Coral Process, in Suva in 2019.",
     {("Regional Support Office", "Coral Workshop on Border Data")}),
])
def test_the_organiser_of_a_named_event(sentence, expected):
    assert organisers(general(f"Note\n\n{sentence}\n")) == expected


def test_the_source_spans_the_event_and_its_organiser():
    b = general("Nota\n\nEl Taller Regional sobre Trata de Personas, organizado por la Secretaría Técnica, "
                "se realizó en Lima.\n")
    (e,) = [e for e in b.edges.values() if e.type == "ORGANISES" and not e.target.endswith(":meeting")]
    assert e.sources[0].quote == "Taller Regional sobre Trata de Personas, organizado por la Secretaría Técnica"


@pytest.mark.parametrize("sentence", [
    # a sentence end between the event and the cue
    "Se celebró el Taller Regional sobre Trata de Personas. Fue organizado por Chile y Perú en Lima.",
    # the organiser of something else: a report, not the event
    "El Taller Regional sobre Trata de Personas examinó el informe preparado por la Secretaría Técnica.",
])
def test_no_organiser_without_the_cue_joining_them(sentence):
    assert not organisers(general(f"Nota\n\n{sentence}\n"))
