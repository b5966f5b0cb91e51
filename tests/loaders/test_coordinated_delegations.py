"""Delegations said in coordinated clauses: every country a clause opens gets the persons of that
clause ("Chile was represented by ...; and Peru, by ..."), not only the first."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, read

REPRESENTED_ES = """Comunicado de prensa

Montevideo, 3 de abril de 2015

Los gobiernos de Uruguay, Bolivia y Paraguay se reunieron en Montevideo el 3 de abril de 2015.

La delegación de Uruguay estuvo encabezada por la subsecretaria de Relaciones Exteriores, Lucía Ejemplar Roca; Bolivia estuvo representada por el director de Migración, Tomás Prueba Lanza; y el Paraguay, por la directora de Asuntos Consulares, Irene Muestra Vidal.
"""

REPRESENTED_EN = """Press release

Ottawa, 3 April 2015

Officials of Canada, Ireland and Norway met in Ottawa on 3 April 2015.

Canada was represented by the Director of Consular Policy, Owen Example; Ireland, by the Head of Visa Services, Nora Sample; and Norway, by the Counsellor for Migration, Lars Testmann.
"""


@pytest.mark.parametrize("text, doc, expected", [
    (REPRESENTED_ES, "mvd", [("person:lucia-ejemplar-roca", "country:uy"),
                             ("person:tomas-prueba-lanza", "country:bo"),
                             ("person:irene-muestra-vidal", "country:py")]),
    (REPRESENTED_EN, "ott", [("person:owen-example", "country:ca"),
                             ("person:nora-sample", "country:ie"),
                             ("person:lars-testmann", "country:no")]),
])
def test_each_clause_gives_its_country_its_delegate(text, doc, expected):
    b = read(text, doc)
    meeting = f"event:{doc}:meeting"
    part, reps = pairs(b, "PARTICIPATES_IN"), pairs(b, "REPRESENTS")
    for person, country in expected:
        assert (person, meeting) in part and (person, country) in reps
        assert (country, meeting) in part
        # nobody represents a country of another clause
        for _, other in expected:
            if other != country:
                assert (person, other) not in reps


def test_the_elided_clause_cites_its_country_and_person():
    b = read(REPRESENTED_EN, "ott")
    [edge] = [e for e in b.edges.values() if e.type == "REPRESENTS" and e.source == "person:nora-sample"]
    assert edge.sources[0].quote == "Ireland, by the Head of Visa Services, Nora Sample"


def test_an_elided_clause_needs_a_clause_that_says_the_verb():
    # "y Chile, por ..." with no "estuvo representado" before it says nothing of representation
    text = ("Nota informativa\n\nLima, 3 de abril de 2015\n\nEl acuerdo fue firmado por Perú; y Chile, "
            "por razones de agenda, envió a la consejera Ana Ejemplo Díaz.\n")
    assert ("person:ana-ejemplo-diaz", "country:cl") not in pairs(read(text, "lim"), "REPRESENTS")


def test_a_country_represented_inside_a_clause_does_not_open_it():
    # the country is not the clause's subject: "Chile" after "visitó" gives no representation
    text = ("Press release\n\nLima, 3 April 2015\n\nThe minister visited Chile, represented by the "
            "envoy Paul Example at the ceremony.\n")
    assert ("person:paul-example", "country:cl") not in pairs(read(text, "lim"), "REPRESENTS")


@pytest.mark.parametrize("text, doc, second, quote_end", [
    ("Comunicado\n\nAsunción, 3 de abril de 2015\n\nLa reunión binacional sobre migración estuvo "
     "presidida por Marta Ejemplo Ruiz, subsecretaria de la parte anfitriona, y el viceministro de "
     "Asuntos Exteriores Pablo Muestra Vega.\n", "asu", "person:pablo-muestra-vega",
     "viceministro de Asuntos Exteriores Pablo Muestra Vega"),
    ("Press release\n\nDublin, 3 April 2015\n\nThe bilateral migration talks were chaired by Ms. Helen "
     "Sample, Minister of State for Immigration, and the Deputy Foreign Minister Oscar Example.\n",
     "dub", "person:oscar-example", "Deputy Foreign Minister Oscar Example"),
])
def test_a_second_chair_joined_after_the_first_chairs_post_presides_too(text, doc, second, quote_end):
    b = read(text, doc)
    meeting = f"event:{doc}:meeting"
    chairs = pairs(b, "PRESIDES", dst=meeting)
    assert len(chairs) == 2 and (second, meeting) in chairs
    [edge] = [e for e in b.edges.values() if e.type == "PRESIDES" and e.source == second]
    assert edge.sources[0].quote.endswith(quote_end)


def test_a_person_joined_by_another_verb_does_not_preside():
    text = ("Comunicado\n\nAsunción, 3 de abril de 2015\n\nLa reunión estuvo presidida por Marta "
            "Ejemplo Ruiz, subsecretaria de Migración, y contó con la participación de la consejera "
            "Elena Prueba Sosa.\n")
    b = read(text, "asu")
    assert pairs(b, "PRESIDES", dst="event:asu:meeting") == {("person:marta-ejemplo-ruiz", "event:asu:meeting")}
