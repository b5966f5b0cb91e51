"""Positions an actor takes inside a sentence the speaker rules do not read: objections as
the subject of a later clause, support of a proposal, proposals "on a proposal by" an actor
(loaders.statements.clause_positions, cues in data/lang/*/statements.yaml `clause_*`)."""
from tests.loaders.conftest import edges
from tests.loaders.batches import read

REPORT = """Report of the Joint Committee of Canada and Mexico on Labour Mobility

Ottawa, 14 June 2011

The delegations of Canada and Mexico met in Ottawa on 14 June 2011.

Broad agreement was reached on the pilot programme, but the Mexico delegation had certain reservations on the housing standards.

On a proposal by Canada, the Committee agreed to review the programme in 2012.

Mexico seconded the proposal to publish the recruitment guidelines.
"""


def _one(b, etype, actor):
    (e,) = edges(b, etype, src=actor)
    return e, b.nodes[e.target]


def test_english_objection_in_a_later_clause_support_and_a_proposal_by():
    b = read(REPORT, "report-canada-mexico")
    e, st = _one(b, "OBJECTED", "country:mx")
    assert st.kind == "Statement" and st.properties["text"].startswith("Broad agreement was reached")
    assert e.sources[0].quote == "Mexico delegation had certain reservations"
    e, st = _one(b, "PROPOSED", "country:ca")
    assert e.sources[0].quote == "On a proposal by Canada"
    assert st.properties["text"] == "On a proposal by Canada, the Committee agreed to review the programme in 2012."
    e, st = _one(b, "SUPPORTED", "country:mx")
    assert st.properties["text"] == "Mexico seconded the proposal to publish the recruitment guidelines."


ACTA = """Acta de la Reunión del Consejo Andino de Cancilleres

Lima, 9 de septiembre de 2015

Las delegaciones de Bolivia, Colombia, Ecuador y Perú se reunieron en Lima el 9 de septiembre de 2015.

A propuesta de Colombia, el Consejo examinó un calendario de reuniones técnicas.

El texto del reglamento fue aprobado, pero la delegación de Bolivia expresó reservas sobre el artículo 4.

El texto fue aprobado y Ecuador secundó la propuesta de crear un registro regional.

La declaración se adoptó por consenso, aunque Perú no acompañó el párrafo sobre aranceles.
"""


def test_spanish_proposal_by_an_objection_and_support_of_a_proposal():
    b = read(ACTA, "acta-consejo-andino")
    e, st = _one(b, "PROPOSED", "country:co")
    assert e.sources[0].quote == "A propuesta de Colombia"
    assert st.properties["text"].startswith("A propuesta de Colombia, el Consejo examinó")
    e, st = _one(b, "OBJECTED", "country:bo")
    assert "Bolivia expresó reservas" in e.sources[0].quote
    assert st.properties["text"].startswith("El texto del reglamento fue aprobado")
    e, st = _one(b, "SUPPORTED", "country:ec")
    assert "Ecuador secundó la propuesta" in e.sources[0].quote
    e, st = _one(b, "OBJECTED", "country:pe")
    assert e.sources[0].quote == "Perú no acompañó"
    assert st.properties["text"].startswith("La declaración se adoptó por consenso")
    assert not edges(b, "SUPPORTED", src="country:pe") and not edges(b, "PROPOSED", src="country:bo")
