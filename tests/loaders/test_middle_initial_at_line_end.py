"""A wrapped line that ends with a name's middle initial ("... Deputy Minister Lisa O." then
"Monaco, Acting Secretary ...") ends no sentence, so the paragraph goes on (loaders.structure
`_new_paragraph`); a line that ends a sentence still opens a new one."""
from tests.loaders.batches import pairs, read

HOSTED_EN = """Joint statement of Mexico and the United States

On July 24, the Government of Mexico hosted a U.S. delegation led by Homeland Security Advisor
Ann Example, Deputy Attorney General Lisa O.
Monaco, Acting Deputy Secretary of Homeland Security Kristie Model and Deputy Secretary of
State Rich Sample to further the cooperation of both countries on the border.
"""

RECIBIO_ES = """Comunicado conjunto de Chile y Perú

El 3 de mayo de 2024 el Gobierno de Chile recibió a una delegación peruana encabezada por la
Ministra Ana Ejemplo, el Viceministro Pedro J.
Sánchez, la Embajadora Rosa Modelo y el Director Luis Muestra para revisar la cooperación.
"""

TWO_PARAGRAPHS_EN = """Joint statement of Mexico and the United States

The delegations of Mexico and the United States met in Mexico City on 24 July 2023 under Annex A.
Ministers reviewed the border plan.
"""


def _present(text: str, doc: str) -> set:
    meeting = f"event:{doc}:meeting"
    return {p for p, _ in pairs(read(text, doc), "PARTICIPATES_IN", dst=meeting) if p.startswith("person:")}


def test_the_heads_named_after_a_line_ending_in_an_initial_take_part():
    assert {"person:ann-example", "person:kristie-model", "person:rich-sample"} <= _present(HOSTED_EN, "initial-en")


def test_los_jefes_nombrados_tras_una_inicial_a_fin_de_linea_participan():
    assert {"person:ana-ejemplo", "person:rosa-modelo", "person:luis-muestra"} <= _present(RECIBIO_ES, "inicial-es")


def test_a_sentence_ending_in_a_capital_letter_still_ends_the_paragraph():
    b = read(TWO_PARAGRAPHS_EN, "annex-en")
    texts = {s.quote for n in b.nodes.values() for s in n.sources}
    assert not any("Annex A.\nMinisters" in t for t in texts)
