"""The chair of a body, listed on the roll of that body's meeting, presides the meeting too,
unless the text names someone else as its chair (a table "Institución | Nombre | Cargo" of those
present). Every quote must be the text at its span."""
from tests.loaders.batches import pairs, read

ES = """# Acta de la reunión del Comité Técnico de Formatos de Datos (CTFD), 12 de marzo de 2019

## 2. Pase de lista

### 2.1.1 Miembros presentes

Institución | Nombre | Cargo

Laboratorios Norte | Inés Ejemplo Ruiz | Presidenta

Investigación Contoso | Tomás Muestra Paz | Miembro

Sistemas Fabrikam | Lucas Prueba Gil | Miembro

## 3. Aprobación del orden del día

Se aprobó el orden del día.
"""


def _chairs(b, doc):
    return {s for s, t in pairs(b, "PRESIDES") if t == f"event:{doc}:meeting"}


def test_the_body_s_chair_on_the_roll_presides_the_meeting():
    b = read(ES, "tc4")
    assert ("person:ines-ejemplo-ruiz", "body:comite-tecnico-de-formatos-de-datos") in pairs(b, "PRESIDES")
    assert _chairs(b, "tc4") == {"person:ines-ejemplo-ruiz"}


def test_a_chair_the_text_names_for_the_meeting_stands():
    text = ES.replace("Se aprobó el orden del día.",
                      "La reunión fue presidida por Tomás Muestra Paz. Se aprobó el orden del día.")
    b = read(text, "tc5")
    assert "person:ines-ejemplo-ruiz" not in _chairs(b, "tc5")
