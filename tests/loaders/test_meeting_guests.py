"""A meeting an agreement calls for takes as participants the actors its name holds, but not a
guest to be invited ("convocar a una reunión trilateral con Estados Unidos", "to convene a
trilateral meeting with the United States"); nor does a guest the text says is to be invited take
part in the document's own meeting ("a la que se invitaría a Estados Unidos", "inviting the
United States")."""
from __future__ import annotations

from tests.loaders.batches import pairs, read

ES = """Informe de la reunión

Lima, 3 de mayo de 2019

Los delegados de Chile y Perú acordaron convocar a una primera reunión trilateral con Estados Unidos para dar seguimiento a los acuerdos.

Los delegados de Chile y Perú acordaron una reunión trilateral, a la que se invitaría a Estados Unidos.
"""

EN = """Report of the meeting

Lima, 3 May 2019

The delegations of Chile and Peru agreed to convene a first trilateral meeting with the United States to follow up the agreements.

The delegations of Chile and Peru agreed to hold a trilateral meeting, inviting the United States.
"""


def _participants(batch) -> set[str]:
    return {s for s, _ in pairs(batch, "PARTICIPATES_IN")}


def test_a_guest_to_invite_takes_part_in_no_meeting_es():
    b = read(ES, "l")
    assert "country:us" not in _participants(b)
    assert {"country:cl", "country:pe"} <= {s for s, _ in pairs(b, "PARTICIPATES_IN", dst="event:l:meeting")}


def test_a_guest_to_invite_takes_part_in_no_meeting_en():
    b = read(EN, "e")
    assert "country:us" not in _participants(b)


def test_the_parties_named_in_a_meeting_to_convene_take_part_in_it():
    text = ("Informe\n\nLima, 3 de mayo de 2019\n\nLos delegados acordaron realizar una reunión "
            "entre Chile y Perú en junio de 2019.\n")
    b = read(text, "p")
    events = {t for _, t in pairs(b, "PARTICIPATES_IN") if t != "event:p:meeting"}
    assert any(("country:cl", t) in pairs(b, "PARTICIPATES_IN") for t in events)
