"""The lettered or numbered items after "agreed as follows:" / "acordaron lo siguiente:", written
inline in one paragraph ("agreed as follows: a. to set up ...; b. to exchange ...") or one a
line, are one commitment each, bound like the intro's subject (data/lang/*/commitments.yaml
`chain_intro`, `chain_joiner`); items that are no action (a statement of fact, a topic) are not
decisions."""
import pytest

from tests.loaders.batches import bound, commitments, read

BOTH = {"country:cl", "country:pe"}

INLINE = """Joint statement on ports

Arica, 4 June 2024

The ministers of Chile and Peru met in Arica. The ministers agreed as follows: a. to set up a working group on ports; b. to exchange customs data every month; c. to meet again in Tacna in 2025.
"""

EN_LINEA = """Declaración conjunta sobre puertos

Arica, 4 de junio de 2024

Los cancilleres de Chile y el Perú se reunieron en Arica. Los cancilleres acordaron lo siguiente: a. crear un grupo de trabajo sobre puertos; b. intercambiar datos aduaneros cada mes; c. reunirse nuevamente en Tacna en 2025.
"""

NUMBERED = """Joint statement on ports

Arica, 4 June 2024

The ministers of Chile and Peru met in Arica. Chile and Peru agreed as follows: 1. to set up a working group on ports; 2. to exchange customs data every month.
"""

NUMERADOS = """Declaración conjunta sobre puertos

Arica, 4 de junio de 2024

Los cancilleres de Chile y el Perú se reunieron en Arica. Chile y el Perú acordaron lo siguiente:

1. Crear un grupo de trabajo sobre puertos.

2. Intercambiar datos aduaneros cada mes.
"""

LINES = """Joint statement on ports

Arica, 4 June 2024

The ministers of Chile and Peru met in Arica. The ministers agreed as follows:

a. to set up a working group on ports;

b. to exchange customs data every month.
"""


@pytest.mark.parametrize("text, items", [
    (INLINE, ("set up a working group", "exchange customs data", "meet again in Tacna")),
    (EN_LINEA, ("crear un grupo de trabajo", "intercambiar datos aduaneros", "reunirse nuevamente")),
    (NUMBERED, ("set up a working group", "exchange customs data")),
    (NUMERADOS, ("Crear un grupo de trabajo", "Intercambiar datos aduaneros")),
    (LINES, ("to set up a working group", "to exchange customs data")),
])
def test_each_item_is_a_commitment_bound_like_the_intro(text, items):
    b = read(text)
    found = commitments(b)
    for item in items:
        ids = [i for t, i in found.items() if t.startswith(item)]
        assert len(ids) == 1, (item, sorted(found))
        assert bound(b, ids[0]) == BOTH


NOT_ACTIONS = """Joint statement on ports

Arica, 4 June 2024

The ministers of Chile and Peru met in Arica. The ministers agreed as follows: a. the port fees are a shared concern; b. the statistics differ.
"""

NO_ACCIONES = """Declaración conjunta sobre puertos

Arica, 4 de junio de 2024

Los cancilleres de Chile y el Perú se reunieron en Arica. Los cancilleres acordaron lo siguiente: a. las tarifas portuarias son una preocupación común; b. las estadísticas difieren.
"""


@pytest.mark.parametrize("text, first, second", [
    (NOT_ACTIONS, "the port fees", "the statistics"),
    (NO_ACCIONES, "las tarifas portuarias", "las estadísticas"),
])
def test_items_that_are_no_action_are_not_commitments_of_their_own(text, first, second):
    texts = list(commitments(read(text)))
    assert not any(t.startswith(first) or t.startswith(second) for t in texts), texts
