"""Posts that wrap over a line break before the name ("President\nof Chile Ana ...", "Senior
Director for\nMigration Tom ..."), each kept with its own person, and a pair after "between"
that shares no cue said after the persons that follow it."""
from __future__ import annotations

from tests.loaders.batches import pairs, persons, read

WRAPPED_EN = """Joint Statement

Washington, 3 April 2015

On April 3, 2015, as a follow-up to the April 1, 2015 meeting between the President
of Chile Laura Example and the Secretary of State of the United States of America
John Sample, the Deputy Special Envoy to the Foreign Minister
Dr. Paul Testwell and the Western Hemisphere Affairs Senior Director for
Border Affairs Nina Placeholder led a delegation of officials to meet with President Example.
"""

WRAPPED_ES = """Comunicado conjunto

Santiago, 3 de abril de 2015

El 3 de abril de 2015, tras la llamada del 1 de abril de 2015 entre la Presidenta de la
República de Chile Laura Ejemplo Soto y el Secretario de Estado de los Estados Unidos Juan
Muestra, el Viceministro de Asuntos Consulares, Mario Prueba Salas, y la Directora de
Asuntos Fronterizos Nina Modelo Vera encabezaron una delegación de funcionarios.
"""


def test_a_post_wrapped_before_the_name_stays_with_its_person():
    people = persons(read(WRAPPED_EN, "was"))
    assert people["person:laura-example"].properties["post"] == "President of Chile"
    assert people["person:john-sample"].properties["post"] == "Secretary of State of the United States of America"
    # the post after a name and its comma is the next person's, written before that person
    assert people["person:paul-testwell"].properties["post"] == "Deputy Special Envoy to the Foreign Minister"
    assert people["person:nina-placeholder"].properties["post"] == "Western Hemisphere Affairs Senior Director for Border Affairs"


def test_the_pair_after_between_does_not_lead_the_delegation():
    for text, doc, leaders, pair in (
            (WRAPPED_EN, "was", ("person:paul-testwell", "person:nina-placeholder"),
             ("person:laura-example", "person:john-sample")),
            (WRAPPED_ES, "stg", ("person:mario-prueba-salas", "person:nina-modelo-vera"),
             ("person:laura-ejemplo-soto", "person:juan-muestra"))):
        b = read(text, doc)
        meeting = f"event:{doc}:meeting"
        heads = {e.source for e in b.edges.values() if e.target == meeting
                 and e.properties.get("role") == "head_of_delegation"}
        assert set(leaders) <= heads, (doc, heads)
        assert not heads & set(pair), (doc, heads)
