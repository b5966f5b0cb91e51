"""The author of a proposal named with it ("Chile's proposal", "a proposal by the delegation of
Peru", "at the initiative of Peru", "la propuesta de Paraguay", "a iniciativa de Perú") proposed
the decision the sentence records when the words name the decision's own author, else the
sentence; a proposal a decision only mentions, or one another speaker talks about, is not
proposed again (loaders.proposal_authors)."""
from tests.loaders.batches import commitments, pairs, quote_of, read

COMMUNIQUE_EN = """Joint Communiqué of the Foreign Ministers of Uruguay and Paraguay

Montevideo, 5 May 2025

The Foreign Ministers of Uruguay and Paraguay met in Montevideo on 5 May 2025.

The Ministers agreed, on Paraguay's proposal, to set up a joint commission on river navigation.

At the initiative of Uruguay, the Ministers decided to hold a seminar on port logistics in 2026.

A proposal by the delegation of Paraguay on a common customs form was discussed at length.

The Ministers agreed to merge the two drafts on fisheries with a proposal by Uruguay.
"""

COMUNICADO_ES = """Comunicado conjunto de los Cancilleres de Uruguay y Paraguay

Asunción, 5 de mayo de 2025

Los Cancilleres de Uruguay y Paraguay se reunieron en Asunción el 5 de mayo de 2025.

Los Cancilleres acordaron, a propuesta del Uruguay, crear una comisión mixta de navegación fluvial.

Se aprobó la propuesta de Paraguay de organizar un seminario sobre logística portuaria.

La propuesta presentada por la delegación del Uruguay sobre un formulario aduanero común fue examinada.

El Paraguay se sumó a la iniciativa del Uruguay sobre pesca.
"""


def _one(c: dict, opening: str) -> str:
    found = [i for t, i in c.items() if t.startswith(opening)]
    assert len(found) == 1, (opening, list(c))
    return found[0]


def test_english_authors_of_proposals():
    b = read(COMMUNIQUE_EN, "communique-uruguay-paraguay-en")
    c = commitments(b)
    commission = _one(c, "The Ministers agreed, on Paraguay's proposal, to set up")
    seminar = _one(c, "At the initiative of Uruguay, the Ministers decided")
    merge = _one(c, "The Ministers agreed to merge the two drafts")
    proposed = pairs(b, "PROPOSED")
    assert ("country:py", commission) in proposed
    assert quote_of(b, "PROPOSED", "country:py", commission) == "Paraguay's proposal"
    # both states are bound by what they agreed on the proposal of one
    assert {s for s, _ in pairs(b, "RESPONSIBLE_FOR", dst=commission)} == {"country:uy", "country:py"}
    assert ("country:uy", seminar) in proposed
    assert quote_of(b, "PROPOSED", "country:uy", seminar) == "At the initiative of Uruguay"
    # the proposal a decision merges with is not the decision's proposal
    assert not pairs(b, "PROPOSED", dst=merge)
    # a proposal that is no decision: the sentence is the statement proposed
    (customs,) = [t for s, t in proposed if s == "country:py" and t.startswith("statement:")]
    assert b.nodes[customs].properties["text"].startswith("A proposal by the delegation of Paraguay")
    assert quote_of(b, "PROPOSED", "country:py", customs) == "proposal by the delegation of Paraguay"


def test_autores_de_propuestas_en_espanol():
    b = read(COMUNICADO_ES, "comunicado-uruguay-paraguay-es")
    c = commitments(b)
    commission = _one(c, "Los Cancilleres acordaron, a propuesta del Uruguay, crear")
    seminar = _one(c, "Se aprobó la propuesta de Paraguay")
    proposed = pairs(b, "PROPOSED")
    assert ("country:uy", commission) in proposed
    assert {s for s, _ in pairs(b, "RESPONSIBLE_FOR", dst=commission)} == {"country:uy", "country:py"}
    assert ("country:py", seminar) in proposed
    assert quote_of(b, "PROPOSED", "country:py", seminar) == "propuesta de Paraguay"
    (customs,) = [t for s, t in proposed if s == "country:uy" and t.startswith("statement:")]
    assert b.nodes[customs].properties["text"].startswith("La propuesta presentada por la delegación del Uruguay")
    # Paraguay speaks of Uruguay's initiative: Uruguay proposes nothing more there
    fishing = [t for s, t in proposed if b.nodes[t].properties.get("text", "").startswith("El Paraguay se sumó")]
    assert fishing == []
