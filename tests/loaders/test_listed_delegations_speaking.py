"""Delegations listed before one speech verb all speak, and being ready to approve another's
proposal is support: "Las Delegaciones de Chile, Perú y Ecuador manifestaron encontrarse en
condiciones de aprobar la propuesta de Colombia", "The delegations of Chile, Peru and Ecuador
stated that they were in a position to approve Colombia's proposal". Texts written for the test."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, read

HEAD_ES = ("Acta de la reunión\n\nSe reunieron en Lima, el 4 de abril de 2016, las delegaciones de Chile, "
           "Colombia, Ecuador y Perú.\n\n")
HEAD_EN = ("Minutes of the meeting\n\nThe delegations of Chile, Colombia, Ecuador and Peru met in Lima "
           "on 4 April 2016.\n\n")


@pytest.mark.parametrize("text,etype", [
    (HEAD_ES + "Las Delegaciones de Chile, Perú y Ecuador manifestaron encontrarse en condiciones de "
     "aprobar la propuesta de Colombia sobre el visado común.\n", "SUPPORTED"),
    (HEAD_ES + "Las delegaciones de Chile, Perú y Ecuador expresaron dudas sobre el calendario.\n", "SAID"),
    (HEAD_EN + "The delegations of Chile, Peru and Ecuador stated that they were in a position to "
     "approve Colombia's proposal on a common visa.\n", "SUPPORTED"),
])
def test_every_delegation_listed_before_the_verb_speaks(text, etype):
    batch = read(text)
    statements = {n.id for n in batch.nodes.values() if n.kind == "Statement"}
    assert len(statements) == 1, statements
    (sid,) = statements
    assert {s for s, _ in pairs(batch, etype, dst=sid)} == {"country:cl", "country:pe", "country:ec"}
    assert not pairs(batch, etype, "country:co", sid)
