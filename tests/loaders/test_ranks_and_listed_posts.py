"""A military or police rank between a post and the name ("..., Coronel Ana Ejemplo"), and a post
whose complement enumerates capitalised words with commas ("Jefe de la Dirección de Registro,
Control y Archivo, ...")."""
from __future__ import annotations

import pytest

from tests.loaders.batches import persons, read


@pytest.mark.parametrize("text, person, post", [
    ("Nota de prensa\n\nLima, 3 de abril de 2015\n\nAsistieron el ministro del Interior, Luis Muestra "
     "Paz, y el Jefe de la Dirección de Registro, Control y Archivo, Teniente Coronel Rosa Ejemplo "
     "Lira.\n", "person:rosa-ejemplo-lira", "Jefe de la Dirección de Registro, Control y Archivo"),
    ("Press release\n\nOttawa, 3 April 2015\n\nAlso present was the Head of the Office of Borders, "
     "Visas and Passports, Colonel Peter Example.\n", "person:peter-example",
     "Head of the Office of Borders, Visas and Passports"),
    ("Nota de prensa\n\nLima, 3 de abril de 2015\n\nAsistió el director de Migraciones, Comisario "
     "Jorge Prueba Salas.\n", "person:jorge-prueba-salas", "Director de Migraciones"),
])
def test_a_rank_before_the_name_keeps_the_person_and_the_post(text, person, post):
    people = persons(read(text, "d"))
    assert person in people
    assert people[person].properties["post"].lower() == post.lower()


def test_an_enumeration_is_not_read_past_a_name():
    # "Ana Ruiz y Pedro Soto" are persons, not words of the post
    text = ("Nota de prensa\n\nLima, 3 de abril de 2015\n\nAsistieron la ministra de Trabajo, Ana "
            "Ruiz Vera, y el ministro de Salud, Pedro Soto Gil.\n")
    people = persons(read(text, "d"))
    assert people["person:ana-ruiz-vera"].properties["post"] == "Ministra de Trabajo"
    assert people["person:pedro-soto-gil"].properties["post"] == "Ministro de Salud"
