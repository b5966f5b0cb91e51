"""An order the delegates give their own teams or officials ("The ministers instructed their
teams to prepare ...", "Los cancilleres instruyeron a sus equipos técnicos elaborar ...",
"ordenaron a sus equipos preparar ...") is a commitment of the states those delegates speak for,
with its deliverable and deadline when written (data/lang/*/commitments.yaml
`collective_subject`, data/patterns.yaml `commitments`); an order to another's officials or to a
named body binds no state that gives it."""
from tests.loaders.batches import bound, commitments, pairs, read


def _one(batch, start: str) -> str:
    """The id of the one commitment whose text starts with `start` (AssertionError otherwise)."""
    found = [i for t, i in commitments(batch).items() if t.startswith(start)]
    assert len(found) == 1, sorted(commitments(batch))
    return found[0]


def _due(batch, cid: str) -> set:
    return {batch.nodes[t].name for _, t in pairs(batch, "DUE", src=cid)}


NOTE = """Ports dialogue between Chile and Peru

Arica, 4 June 2024

The ministers of Chile and Peru met in Arica to review the ports dialogue.

The ministers instructed their technical teams to prepare a draft agreement on port fees by 30 September 2024.

The ministers of Chile and Peru ordered their officials to publish the customs calendar.
"""

NOTA = """Diálogo portuario entre Chile y el Perú

Arica, 4 de junio de 2024

Los cancilleres de Chile y el Perú se reunieron en Arica para revisar el diálogo portuario.

Los cancilleres instruyeron a sus equipos técnicos elaborar un proyecto de acuerdo sobre tarifas portuarias antes del 30 de septiembre de 2024.

Los cancilleres ordenaron a sus equipos publicar el calendario aduanero.
"""

OTHERS = """Ports dialogue between Chile and Peru

Arica, 4 June 2024

The ministers of Chile and Peru met in Arica. The ministers asked the officials of Bolivia to share their port statistics.
"""

OTROS = """Diálogo portuario entre Chile y el Perú

Arica, 4 de junio de 2024

Los cancilleres de Chile y el Perú se reunieron en Arica. Los cancilleres pidieron a los funcionarios de Bolivia compartir sus estadísticas portuarias.
"""

BOTH = {"country:cl", "country:pe"}


def test_an_order_to_their_own_teams_binds_their_states_english():
    b = read(NOTE)
    cid = _one(b, "The ministers instructed their technical teams")
    assert bound(b, cid) == BOTH
    assert _due(b, cid) and all("2024" in d for d in _due(b, cid))
    assert bound(b, _one(b, "The ministers of Chile and Peru ordered")) == BOTH


def test_an_order_to_their_own_teams_binds_their_states_spanish():
    b = read(NOTA)
    cid = _one(b, "Los cancilleres instruyeron a sus equipos")
    assert bound(b, cid) == BOTH
    assert _due(b, cid) and all("2024" in d for d in _due(b, cid))
    assert bound(b, _one(b, "Los cancilleres ordenaron a sus equipos")) == BOTH


def test_an_order_to_another_states_officials_binds_none_that_gives_it():
    for text in (OTHERS, OTROS):
        b = read(text)
        assert all(not (bound(b, i) & BOTH) for i in commitments(b).values())
