"""Persons who are together the subject of an act verb take part in the meeting
(loaders.acting_subjects): coordinated names with their appositions ("Tanto A, X, como B, Y, se
mostraron ...", "A, Chair of X, and B presented ..."), read back from the verb to the clause's
start."""
import pytest

from tests.loaders.batches import pairs, read

MEETING = "event:d:meeting"


def _taking_part(batch):
    return {s for s, _ in pairs(batch, "PARTICIPATES_IN", dst=MEETING)}


@pytest.mark.parametrize("text,people,quote", [
    ("Reunión del Consejo Técnico\n\nEn la sesión de hoy, la Coordinadora del Consejo, Laura Méndez "
     "Soto y los consejeros Hugo Ramírez Gil y Clara Núñez Vega presentaron el plan anual.\n",
     {"person:laura-mendez-soto", "person:hugo-ramirez-gil", "person:clara-nunez-vega"},
     "Clara Núñez Vega presentaron"),
    ("Reunión del Consejo Técnico\n\nTanto Pedro Lara Ortiz, Director de Finanzas del Instituto "
     "Estatal, como Sonia Ruiz Paz, Presidenta de la Cámara de Comercio, se mostraron dispuestos "
     "a colaborar.\n",
     {"person:pedro-lara-ortiz", "person:sonia-ruiz-paz"},
     "Sonia Ruiz Paz, Presidenta de la Cámara de Comercio, se mostraron"),
    ("Meeting of the Technical Board\n\nAt the session, Chair Laura Mendes, of the Regional Office, "
     "and Secretary Hugo Ramsey outlined the annual plan.\n",
     {"person:laura-mendes", "person:hugo-ramsey"}, "Hugo Ramsey outlined"),
])
def test_the_persons_of_a_subject_take_part(text, people, quote):
    batch = read(text)
    assert people <= _taking_part(batch)
    quotes = [s.quote for e in batch.edges.values() if e.type == "PARTICIPATES_IN" for s in e.sources]
    assert quote in quotes


def test_persons_in_a_clause_that_reports_another_are_no_subject():
    batch = read("Reunión del Consejo Técnico\n\nLa prensa recordó que Pedro Lara Ortiz y Sonia Ruiz "
                 "Paz, de otro estado, firmaron un convenio en 2015 con el Instituto.\n")
    assert "person:pedro-lara-ortiz" not in _taking_part(batch)


def test_a_verb_between_two_persons_breaks_the_subject():
    batch = read("Meeting of the Technical Board\n\nLaura Mendes welcomed Hugo Ramsey, who later "
                 "presented the annual plan.\n")
    assert "person:laura-mendes" not in _taking_part(batch) or \
        "Laura Mendes welcomed Hugo Ramsey, who later presented" not in \
        [s.quote for e in batch.edges.values() for s in e.sources]
