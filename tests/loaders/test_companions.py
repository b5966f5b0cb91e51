"""Officials who come with a head of delegation speak for the head's country ("Foreign Minister
A was joined by B, ...; C, ...", "la Canciller A estuvo acompañada por B y C", "B and C
accompanied Minister A"), the head named in full or again by surname; a companion the text
already places with another country keeps it. Every quote must be the text at its span."""
import pytest

from tests.loaders.batches import pairs, read

EN = """Readout of the meeting

Secretary of State Tom Example met Chilean Foreign Minister Ana Sample in Lima on 4 May 2021.
Foreign Minister Sample was joined by Undersecretary of Foreign Affairs Luis Model; Director of Migration Paula Test; and Ambassador Carlos Trial.
"""

ES = """Comunicado de prensa

La Canciller de Colombia, María Ejemplo Ruiz, se reunió en Quito el 2 de marzo de 2018 con su par ecuatoriano.
La Canciller Ejemplo Ruiz estuvo acompañada por la Viceministra de Asuntos Multilaterales, Laura Muestra Gil, y por el Director de Migración, Pedro Prueba Díaz.
"""


@pytest.mark.parametrize("text, country, companions", [
    (EN, "country:cl", ["person:luis-model", "person:paula-test", "person:carlos-trial"]),
    (ES, "country:co", ["person:laura-muestra-gil", "person:pedro-prueba-diaz"]),
])
def test_companions_of_a_head_represent_the_head_s_country(text, country, companions):
    b = read(text, "joined")
    represents = pairs(b, "REPRESENTS")
    for p in companions:
        assert (p, country) in represents
        [edge] = [x for x in b.edges.values() if x.type == "REPRESENTS" and x.source == p and x.target == country]
        assert b.nodes[p].name in edge.sources[0].quote
    # the host across the table is no companion
    assert ("person:tom-example", country) not in represents


def test_a_companion_placed_with_another_country_keeps_it():
    text = """Readout of the meeting

Mexican Foreign Secretary Ana Sample met officials in Ottawa on 4 May 2021.
Foreign Secretary Sample was joined by Canadian Ambassador Tom Model and Director of Migration Paula Test.
"""
    b = read(text, "kept")
    represents = pairs(b, "REPRESENTS")
    assert ("person:tom-model", "country:ca") in represents
    assert ("person:tom-model", "country:mx") not in represents
    assert ("person:paula-test", "country:mx") in represents
