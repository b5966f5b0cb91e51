"""Agreement denied is an objection, whatever the reporting verb before it ("Anja said that she
does not agree with ...", "Sara comentó que no está de acuerdo con ..."), and an adverb between
the speaker and the verb ("Ralph also mentioned that he did not think ... would be feasible")
keeps the speaker (data/patterns.yaml speech; loaders.statements)."""
from tests.loaders.batches import pairs, read

MINUTES_EN = """Minutes of the Board meeting

24 October 2024

Present: Oskar Lindgren, Petra Novak, Ines Duarte.

Oskar informed that the host institution asked for an extension of the grant period.

Petra also mentioned that she did not think the extension would be feasible.

Ines said that she does not agree with postponing the annual report.

Oskar said that he agrees with the new calendar.
"""

ACTA_ES = """Acta de la reunión de la Junta Directiva

14 de marzo de 2025

Asistentes: Lucía Herrera, Pablo Medina, Sara Quintana.

Pablo Medina informa que la sala aún no está reservada.

Sara Quintana comentó que no está de acuerdo con aplazar el taller.

Lucía Herrera también señaló que está de acuerdo con el nuevo calendario.
"""


def _who(b, etype: str) -> set:
    return {b.nodes[s].name for s, _ in pairs(b, etype)}


def test_denied_agreement_in_english_minutes_is_an_objection():
    b = read(MINUTES_EN, "board-minutes-en")
    assert _who(b, "OBJECTED") == {"Petra Novak", "Ines Duarte"}
    # agreement that is not denied is no objection
    assert "Oskar Lindgren" not in _who(b, "OBJECTED")
    assert "Oskar Lindgren" in _who(b, "SAID")


def test_no_estar_de_acuerdo_es_una_objecion_y_no_un_apoyo():
    b = read(ACTA_ES, "acta-junta-es")
    assert _who(b, "OBJECTED") == {"Sara Quintana"}
    assert _who(b, "SUPPORTED") == {"Lucía Herrera"}
