"""An agreement a participant quotes in the first person plural ("“Hemos quedado en crear un
registro”, indicó la canciller", "“We have agreed to set up a register,” said the Minister") is
a commitment of the states that met (loaders.commitments quoted_first_plural)."""
from tests.loaders.batches import bound, commitments, read

LEAD_ES = ("Visita de la canciller de Chile a Lima\n\nLa canciller de Chile, Ana Ejemplo Soto, y la canciller del Perú, Lucía Modelo Ríos, "
           "sostuvieron hoy una reunión en Lima.\n\n")
LEAD_EN = ("Chilean Foreign Minister visits Lima\n\nThe Foreign Minister of Chile, Ana Ejemplo Soto, and the Foreign Minister of Peru, Lucía "
           "Modelo Ríos, met today in Lima.\n\n")


def _quoted(batch, fragment: str) -> list[str]:
    return [i for t, i in commitments(batch).items() if fragment in t]


def test_a_spanish_quoted_agreement_binds_both_states():
    b = read(LEAD_ES + "La canciller Modelo añadió: “Hemos quedado en crear un registro común de retornos”.\n\nLa visita concluyó por la tarde.\n")
    (c,) = _quoted(b, "crear un registro común")
    assert bound(b, c) == {"country:cl", "country:pe"}


def test_an_english_quoted_agreement_binds_both_states():
    b = read(LEAD_EN + "After the talks, Minister Modelo told reporters: “We have agreed to set up a common register of returns”, and work would begin soon.\n\nThe visit ended in the afternoon.\n")
    (c,) = _quoted(b, "set up a common register")
    assert bound(b, c) == {"country:cl", "country:pe"}


def test_a_quoted_satisfaction_commits_no_one():
    b = read(LEAD_ES + "La canciller Modelo añadió: “Hemos quedado muy satisfechos con la visita”.\n\nLa visita concluyó por la tarde.\n")
    assert _quoted(b, "satisfechos") == []
