"""Persons named together after a plural post ("los Ministros A y B", "Presidents A and B") are
several persons, never one person whose name holds the conjunction; after a singular post a
conjunction particle stays part of one name ("José Ortega y Gasset")."""
import pytest

from tests.loaders.batches import read


def _persons(text):
    b = read("Comunicado\n\n" + text + "\n", "coordinated")
    return sorted(n.name for n in b.nodes.values() if n.kind == "Person")


@pytest.mark.parametrize("text, names", [
    ("Los Ministros Ana María Ejemplo y Pedro Muestra Vidal firmaron el acuerdo.",
     ["Ana María Ejemplo", "Pedro Muestra Vidal"]),
    ("Las Viceministras Rosa Prueba Soto y Elena Modelo firmaron la declaración.",
     ["Elena Modelo", "Rosa Prueba Soto"]),
    ("Presidents Maria Sample and John Example opened the summit.", ["John Example", "Maria Sample"]),
])
def test_a_plural_post_names_several_persons(text, names):
    assert _persons(text) == names


@pytest.mark.parametrize("text", [
    "Los Presidentes Zedillo y Clinton acordaron fortalecer la cooperación.",
    "Los Cancilleres Ejemplo y Muestra se reunieron en Lima.",
])
def test_two_surnames_after_a_plural_post_are_not_one_person(text):
    # one surname each is too little to name a person: none rather than "Zedillo y Clinton"
    assert not [n for n in _persons(text) if " y " in n]


def test_after_a_singular_post_the_particle_stays_in_the_name():
    assert _persons("El Ministro José Ortega y Gasset firmó el acta.") == ["José Ortega y Gasset"]
