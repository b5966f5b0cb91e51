"""A decision keeps the number the text prints before it ("3."), its id its rank; a draft a body
agrees to raise to another body ("elevar el proyecto ... al Consejo", "forward the draft ... to
the Council") is what the decision delivers (loaders/commitments.py)."""
from __future__ import annotations

from loaders.pipeline import extract
from tests.loaders.batches import check_spans

MINUTES_EN = """Minutes of the Fourth Meeting of the Regional Working Group on Labour Migration

Kingston, 12 March 2024

1. The Working Group reviewed the report of its third meeting.

2. The Working Group agreed to forward the draft guidelines on fair recruitment to the Caribbean Community (CARICOM) for adoption.
"""

ACTA_ES = """ACTA N.º 07/21

Reunión Ordinaria de la Comisión Técnica de Migraciones

Se realizó en la ciudad de Montevideo, el 3 de junio de 2021, la Reunión Ordinaria de la Comisión Técnica de Migraciones, con la presencia de las delegaciones de Argentina, Brasil y Uruguay.

1. La delegación de Argentina presentó un informe sobre los pasos de frontera.

2. La delegación de Brasil informó sobre el nuevo sistema de registro consular.

3. La Comisión acordó someter el proyecto de protocolo de documentos de viaje al Consejo del Mercado Común (CMC) para su aprobación.
"""


def commitments(batch) -> list:
    return sorted((n for n in batch.nodes.values() if n.kind == "Commitment"),
                  key=lambda n: n.properties["ordinal"])


def deliverables(batch, cid) -> list:
    return [(batch.nodes[e.target].kind, batch.nodes[e.target].name, e.sources[0].quote)
            for e in batch.edges.values() if e.type == "DELIVERABLE" and e.source == cid]


def test_a_printed_number_and_a_draft_forwarded_to_a_body_in_english():
    b = extract(MINUTES_EN, "minutes-en")
    check_spans(b)
    (c,) = commitments(b)
    assert c.id == "commitment:minutes-en:report:1"        # its rank among the decisions
    assert c.properties["number"] == "2"                     # the number the text prints
    assert deliverables(b, c.id) == [("Instrument", "Draft guidelines on fair recruitment",
                                      "draft guidelines on fair recruitment")]


def test_a_printed_number_and_a_draft_submitted_to_a_council_in_spanish():
    b = extract(ACTA_ES, "acta-es")
    check_spans(b)
    (c,) = [n for n in commitments(b) if n.properties["text"].startswith("La Comisión acordó someter")]
    assert c.properties["number"] == "3"
    assert deliverables(b, c.id) == [("Instrument", "Proyecto de protocolo de documentos de viaje",
                                      "proyecto de protocolo de documentos de viaje")]


def test_two_decisions_of_one_paragraph_keep_their_ranks():
    text = MINUTES_EN.replace(
        "for adoption.",
        "for adoption. The Working Group also agreed to forward the draft survey on seasonal work to "
        "the Caribbean Community (CARICOM) for consideration.")
    b = extract(text, "two-en")
    numbers = [n.properties["number"] for n in commitments(b)]
    assert numbers == ["1", "2"]        # a printed "2." cannot number both
