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


def _event_before_by_pass(text, events, at):
    """The choice as a pass over every event span (the way before the bisection): the last, in
    (start, end, id) order, ending within NEAR characters before `at` with no sentence end between."""
    from loaders.organisers import NEAR, SENTENCE_END
    got = None
    for e_s, e_e, event in sorted(events):
        if e_e <= at and at - e_e <= NEAR and not SENTENCE_END.search(text, max(e_s, e_e - 1), at):
            got = (e_s, e_e, event)
    return got


@pytest.mark.parametrize("text", [
    "El Foro Regional y su Taller de Datos Abiertos, organizado por la Secretaría Técnica. "
    "Luego la Reunión Técnica del Grupo de Trabajo, convocada por Chile y Perú; "
    "el Seminario sobre Asilo, auspiciado por el Comité.",
    "The Regional Forum and its Open Data Workshop, hosted by the Support Office. "
    "Then the Technical Meeting of the Working Group, convened by Fiji and Samoa; "
    "the Asylum Seminar, sponsored by the Committee.",
])
def test_the_event_before_a_cue_is_the_one_a_pass_over_every_event_finds(text):
    """Overlapping, nested, equal-ended and far event spans: the bisection over ends picks, at
    every offset, the span the pass over every event picks (or none where it finds none)."""
    import random
    from loaders.organisers import _event_before
    rng = random.Random(19)
    events = set()
    for k in range(200):
        s = rng.randrange(len(text))
        events.add((s, min(len(text), s + rng.choice([3, 8, 20, 40, 200])), f"e{k % 7}"))
    events |= {(10, 40, "outer"), (20, 40, "inner"), (20, 40, "inner2"), (25, 30, "nested")}
    by_end = sorted(events, key=lambda e: e[1])
    ends = [e[1] for e in by_end]
    for at in range(len(text) + 1):
        assert _event_before(text, by_end, ends, at) == _event_before_by_pass(text, events, at)
