"""Lines that each give a signer's post, name and state under a declaration ("President Ann
Example of the Republic of X", "Presidente de la República de Y, Luis Muestra"): each signer
represents that state and takes part in the meeting (loaders.signature_blocks link_signer_lines)."""
from tests.loaders.batches import pairs, read

DECLARATION_EN = """Joint Declaration of the Presidents of Chile and Peru

The presidents of Chile and Peru met in Arica on 3 May 2024 and agreed to open a new border
crossing.

Arica, 3 May 2024

President Gabriel Ejemplar of the Republic of Chile
President Dina Muestra of the Republic of Peru
"""

DECLARACION_ES = """Declaración conjunta de los Presidentes de Chile y Perú

Los presidentes de Chile y Perú se reunieron en Arica el 3 de mayo de 2024 y acordaron abrir un
nuevo paso fronterizo.

Arica, 3 de mayo de 2024

Presidente de la República de Chile, Gabriel Ejemplar
Presidenta de la República del Perú, Dina Muestra
"""

# one line alone, and prose that names a president and a state: no signer block
PROSE_EN = """Joint statement on the meeting of Chile and Peru

The delegations of Chile and Peru met in Arica on 3 May 2024 and agreed to open a new crossing.

President Gabriel Ejemplar of the Republic of Chile
The weather was mild and Dina Muestra of the Republic of Peru flew home early.
"""


def _signers(text: str, doc: str) -> tuple[set, set]:
    """(REPRESENTS pairs, persons taking part in the meeting) of `text` read as `doc`."""
    batch = read(text, doc)
    meeting = f"event:{doc}:meeting"
    return (pairs(batch, "REPRESENTS"),
            {p for p, _ in pairs(batch, "PARTICIPATES_IN", dst=meeting) if p.startswith("person:")})


def test_each_signer_line_represents_its_state_and_takes_part():
    represents, present = _signers(DECLARATION_EN, "decl-en")
    assert {("person:gabriel-ejemplar", "country:cl"), ("person:dina-muestra", "country:pe")} <= represents
    assert present == {"person:gabriel-ejemplar", "person:dina-muestra"}


def test_cada_linea_de_firma_representa_a_su_estado_y_participa():
    represents, present = _signers(DECLARACION_ES, "decl-es")
    assert {("person:gabriel-ejemplar", "country:cl"), ("person:dina-muestra", "country:pe")} <= represents
    assert present == {"person:gabriel-ejemplar", "person:dina-muestra"}


def test_one_line_or_prose_is_no_signer_block():
    _, present = _signers(PROSE_EN, "prose-en")
    assert present == set()
