"""A commitment whose subject is the delegates of several states named in their post ("The
ministers of Chile and Peru agreed to ...", "Los cancilleres de Chile y de Perú acordaron ...")
binds every state the post lists, not the last one alone (data/patterns.yaml `commitments`
`agents`); a state named after the verb or in another clause is not made a party by it."""
from tests.loaders.batches import bound, commitments, read


def _bound_to(batch, start: str) -> set:
    """Who binds the one commitment whose text starts with `start` (AssertionError otherwise)."""
    found = [i for t, i in commitments(batch).items() if t.startswith(start)]
    assert len(found) == 1, sorted(commitments(batch))
    return bound(batch, found[0])


NOTE = """Note on the border talks

Arica, 4 June 2024

The ministers of Chile and Peru agreed to hold a second round of talks in Tacna in September.

The foreign ministers of Chile, Peru and Bolivia will publish a joint map of the crossings.

The ministers of Chile and Peru welcomed that Bolivia and Ecuador agreed to host the customs workshop.
"""

NOTA = """Nota sobre las conversaciones de frontera

Arica, 4 de junio de 2024

Los cancilleres de Chile y Perú acordaron realizar una segunda ronda de conversaciones en Tacna en septiembre.

Los ministros de Chile, de Perú y de Bolivia se comprometieron a publicar un mapa conjunto de los pasos.

Los cancilleres de Chile y el Perú saludaron que Bolivia y Ecuador acordaron organizar el taller de aduanas.
"""


def test_every_state_of_the_post_is_bound_english():
    b = read(NOTE)
    assert _bound_to(b, "The ministers of Chile and Peru agreed") == {"country:cl", "country:pe"}
    assert _bound_to(b, "The foreign ministers of Chile, Peru and Bolivia") == \
        {"country:cl", "country:pe", "country:bo"}


def test_every_state_of_the_post_is_bound_spanish():
    b = read(NOTA)
    assert _bound_to(b, "Los cancilleres de Chile y Perú acordaron") == {"country:cl", "country:pe"}
    assert _bound_to(b, "Los ministros de Chile, de Perú y de Bolivia") == \
        {"country:cl", "country:pe", "country:bo"}


def test_a_state_that_agrees_in_another_clause_is_bound_alone():
    assert _bound_to(read(NOTE), "The ministers of Chile and Peru welcomed") == {"country:bo", "country:ec"}
    assert _bound_to(read(NOTA), "Los cancilleres de Chile y el Perú saludaron") == {"country:bo", "country:ec"}
