"""A person named in full and then by both surnames is one node also when the paternal surname
holds an "ñ" whose plain form is a given name ("Enrique Peña Nieto" ... "Peña Nieto": "Peña" is no
"Pena"); a stray accent on a given name is still read as a given name ("Margaríta")."""
from __future__ import annotations

from tests.loaders.batches import persons, read

ES = """Nota informativa

Lima, 3 de mayo de 2019

Como resultado de la reunión sostenida este jueves por el presidente Tomás Peña Ejemplo y el canciller de Chile, Ana Muestra, se anunciaron dos mecanismos.

Por la tarde, el Presidente Peña Ejemplo ofreció una cena.
"""

EN = """Readout

Lima, 3 May 2019

President Tomás Peña Ejemplo received Foreign Minister Ana Sample of Chile. Later, President Peña Ejemplo hosted a dinner.
"""


def test_a_person_named_again_by_surnames_with_an_enye_is_one_node_es():
    people = persons(read(ES, "l"))
    assert "person:tomas-pena-ejemplo" in people
    assert "person:pena-ejemplo" not in people


def test_a_person_named_again_by_surnames_with_an_enye_is_one_node_en():
    people = persons(read(EN, "e"))
    assert "person:tomas-pena-ejemplo" in people
    assert "person:pena-ejemplo" not in people


def test_a_given_name_with_a_stray_accent_is_still_a_given_name():
    from loaders.person_names import surname
    assert surname("Alicia Margaríta Ejemplo", spanish=True) == "Ejemplo"
    assert surname("Tomás Peña Ejemplo", spanish=True) == "Peña"
