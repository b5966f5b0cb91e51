"""The document's own acta is named as the document writes it, from its longest mention, never
with words the document does not use ("Acta final" only where it says "ACTA FINAL")."""
import pytest

from tests.loaders.batches import read


@pytest.mark.parametrize("text, name", [
    ("ACTA N.º 07/21\n\nReunión del Grupo de Trabajo\n\nLos delegados firmaron la presente acta.\n",
     "Acta"),
    ("Reunión de la Comisión Mixta\n\nACTA FINAL\n\nSe aprueba el acta de la sesión anterior.\n",
     "Acta final"),
    ("Comunicado\n\nLa Comisión aprobó el Acta Final de la reunión.\n", "Acta Final"),
])
def test_the_acta_is_named_as_written(text, name):
    b = read(text, "acta-doc")
    assert b.nodes["instrument:acta-doc:acta"].name == name
