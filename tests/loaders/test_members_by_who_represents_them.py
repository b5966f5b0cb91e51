"""A forum "integrada por los Viceministros de A, B y C" / "composed of the Vice-Ministers of A,
B and C" has the states A, B and C as members; no person named "Viceministros de A" is made up.
Texts written for the test."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, persons, read

ES = ("Declaración\n\nLa Quinta Reunión de la Conferencia Regional sobre Migración, integrada por "
      "{lead} de Belice, Canadá y México, celebrada en Cancún el 29 de mayo de 2003, destacó la "
      "importancia del diálogo.\n")
EN = ("Declaration\n\nThe Fifth Meeting of the Regional Conference on Migration, composed of {lead} "
      "of Belize, Canada and Mexico, held in Cancún on 29 May 2003, stressed the value of dialogue.\n")


@pytest.mark.parametrize("template,lead", [
    (ES, "los Viceministros"), (ES, "las delegaciones"), (ES, "los representantes"),
    (EN, "the Vice-Ministers"), (EN, "the delegations"),
])
def test_the_states_are_the_members_not_a_person_named_after_the_post(template, lead):
    batch = read(template.format(lead=lead))
    members = {s for s, _ in pairs(batch, "MEMBER_OF", dst="conference:crm")}
    assert members == {"country:bz", "country:ca", "country:mx"}, members
    assert persons(batch) == {}
