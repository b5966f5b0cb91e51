"""A country joined by a hyphen inside a meeting's name is no speaker: "Al participar en la clausura
de la XIX Reunión Interparlamentaria México-Canadá, indicó que ..." is not said by Canada, and "...,
la diputada Ana Ejemplo indicó que ..." is said by her."""
from __future__ import annotations

from tests.loaders.batches import pairs, read

ES = """Nota de prensa

Lima, 3 de mayo de 2019

La presidenta de la Cámara, Ana Ejemplo Vera, señaló que las delegaciones acordaron un plan.

Al participar en la clausura de la XIX Reunión Interparlamentaria Perú-Chile, indicó que los temas abordados fueron el comercio y la energía.

Al participar en la clausura de la XIX Reunión Interparlamentaria Perú-Chile, la diputada Marta Prueba Soto indicó que el diálogo seguirá.
"""

EN = """Press release

Lima, 3 May 2019

The Speaker of the House, Ana Example, said that the delegations agreed on a plan.

At the closing of the 19th Interparliamentary Meeting Peru-Chile, said that trade and energy were the main topics.
"""


def _speakers(batch) -> set[str]:
    return {s for s, _ in pairs(batch, "SAID")}


def test_a_country_inside_a_meetings_name_is_no_speaker_es():
    b = read(ES, "l")
    assert not {"country:cl", "country:pe"} & _speakers(b)
    assert "person:marta-prueba-soto" in _speakers(b)


def test_a_country_inside_a_meetings_name_is_no_speaker_en():
    assert not {"country:cl", "country:pe"} & _speakers(read(EN, "e"))


def test_a_country_that_speaks_is_still_a_speaker():
    text = ("Informe\n\nLima, 3 de mayo de 2019\n\nChile señaló que el plan avanza.\n")
    assert "country:cl" in _speakers(read(text, "c"))
