"""An action item of minutes whose subject is a singular pronoun ("She will ...", "Él se
encargará de ...") binds the person whose name opens the sentence right before it, in the same
passage or the one before; a pronoun after a sentence that opens with no known person binds no
one (loaders.commitments)."""
from tests.loaders.batches import bound, commitments, read

MINUTES_EN = """Minutes of the Steering Committee meeting

14 March 2025

Present: Hanna Lindqvist, Tomas Berg, Ingrid Sandvik.

Hanna reports that the venue contract has not been signed yet.

She will contact the venue manager and report back next week.

Tomas presented the budget. He will circulate the revised budget before the next meeting.

The budget was discussed at length. She will look into it.
"""

ACTA_ES = """Acta de la reunión de la Junta Directiva

14 de marzo de 2025

Asistentes: Lucía Herrera, Pablo Medina, Sara Quintana.

Lucía Herrera informa de que la sala del taller aún no está reservada.

Ella se encargará de reservar la sala antes del viernes.

Se comenta la situación del presupuesto. Él se encargará de revisarlo.
"""


def _one(c: dict, opening: str) -> str:
    found = [i for t, i in c.items() if t.startswith(opening)]
    assert len(found) == 1, (opening, list(c))
    return found[0]


def test_she_and_he_bind_the_person_named_just_before():
    b = read(MINUTES_EN, "steering-committee-minutes")
    c = commitments(b)
    venue = _one(c, "She will contact the venue manager")
    budget = _one(c, "He will circulate the revised budget")
    (hanna,) = bound(b, venue)
    (tomas,) = bound(b, budget)
    assert b.nodes[hanna].name == "Hanna Lindqvist" and b.nodes[tomas].name == "Tomas Berg"
    quotes = [s.quote for e in b.edges.values() if e.type == "RESPONSIBLE_FOR" and e.target == venue
              for s in e.sources]
    assert quotes == ["Hanna", "She"]
    # after a sentence that opens with no one, "She" is no one
    assert not any(t.startswith("She will look into it") and bound(b, i) for t, i in c.items())


def test_ella_y_el_se_refieren_a_quien_abre_la_oracion_anterior():
    b = read(ACTA_ES, "acta-junta-directiva")
    c = commitments(b)
    room = _one(c, "Ella se encargará de reservar la sala")
    (lucia,) = bound(b, room)
    assert b.nodes[lucia].name == "Lucía Herrera"
    assert not any(t.startswith("Él se encargará") and bound(b, i) for t, i in c.items())
