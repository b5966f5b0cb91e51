"""A country's name that closes a person's name is the person's surname, never the state: after a
given name and its initial, on the same line or wrapped onto the next ("Lisa O. Monaco"), or
after an honorific or a capitalised post ("Sr. Guyana", "Deputy Attorney General Monaco"). A
country written after a comma, a preposition or a line of its own stays the state."""
from __future__ import annotations

from tests.loaders.batches import read

EN = """Readout of the security talks

Washington, 12 May 2022

On May 11, Minister Ana Ejemplo received a delegation led by Deputy Attorney General Lisa O.
Monaco and Deputy Secretary Tom Sample. The talks built on an earlier visit by Deputy Attorney
General Monaco to the border.
"""

ES = """Nota informativa

Lima, 3 de abril de 2015

El canciller Pedro Prueba Soto recibió a la delegación encabezada por la Procuradora General Marta L.
Jamaica y por el Sr. Guyana, asesor del Ministerio.
"""


def _countries(batch) -> set[str]:
    return {n.id for n in batch.nodes.values() if n.kind == "Country"}


def _names(batch) -> set[str]:
    return {n.name for n in batch.nodes.values() if n.kind == "Person"}


def test_surname_after_an_initial_wrapped_onto_the_next_line_is_the_person():
    b = read(EN, "w")
    assert "country:mc" not in _countries(b)
    assert "Lisa O. Monaco" in _names(b)
    assert ("person:lisa-o-monaco", "event:w:meeting") in {
        (e.source, e.target) for e in b.edges.values() if e.type == "PARTICIPATES_IN"}


def test_surname_after_a_post_or_an_honorific_is_the_person_es():
    b = read(ES, "l")
    assert not {"country:jm", "country:gy"} & _countries(b)


def test_a_country_after_a_comma_a_preposition_or_on_a_line_of_its_own_stays_the_state():
    text = ("Communiqué\n\nAsunción, Paraguay, 2 May 2019\n\nThe President of Panama and "
            "Minister Ana Ejemplo of Chile met the delegation of Mexico.\n\nAna Example\nMonaco\n")
    assert {"country:py", "country:pa", "country:cl", "country:mx", "country:mc"} <= _countries(read(text, "a"))
    text_es = ("Comunicado\n\nLima, 2 de mayo de 2019\n\nLa Ministra de Chile y el Presidente de "
               "Panamá recibieron a la delegación de México.\n")
    assert {"country:cl", "country:pa", "country:mx"} <= _countries(read(text_es, "b"))


def test_a_letter_and_its_period_after_a_word_that_is_no_given_name_ends_the_sentence():
    from loaders.structure import parse_document
    text = "Title\n\nThe parties adopted the plan set out in Annex A.\nThe next meeting is in May.\n"
    blocks = [b.text for b in parse_document(text, "x").blocks]
    assert "The next meeting is in May." in blocks
