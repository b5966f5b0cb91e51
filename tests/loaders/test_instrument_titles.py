"""Instruments named by a quoted title after a verb of adoption, by a generic name with its year
("Programa de Trabajo 2019", "Annual Report 2023"), or opened by "Informe"/"Guía"/"Guide": each
an Instrument quoting its title; quotes after other verbs, and a generic name without a year,
are not read."""
import pytest

from tests.loaders.test_two_word_names import general


def instruments(batch):
    """{name} of the Instrument nodes the text names (the document's own acta aside), every
    source checked against the text."""
    text = batch.nodes[batch.document].properties["text"]
    out = set()
    for n in batch.nodes.values():
        if n.kind == "Instrument" and n.sources and not n.id.endswith(":acta"):
            for s in n.sources:
                assert text[s.start:s.end] == s.quote
            out.add(n.name)
    return out


@pytest.mark.parametrize("sentence,expected", [
    ("Los integrantes aprobaron por unanimidad el documento \"Guía para la Elaboración de Informes Anuales\".",
     {"Guía para la Elaboración de Informes Anuales"}),
    ("Members approved the “Terms of Reference of the Advisory Group” after a short discussion.",
     {"Terms of Reference of the Advisory Group"}),
    ("Se aprobó el acta de la sesión anterior y el Programa de Trabajo 2019 del Consejo.",
     {"Programa de Trabajo 2019"}),
    ("The Committee adopted the Annual Report 2023 and agreed to circulate it.", {"Annual Report 2023"}),
    ("La Comisión adoptó el Informe Final de Actividades y la Guía de Orientación Pedagógica (GOP).",
     {"Informe Final de Actividades", "Guía de Orientación Pedagógica"}),
])
def test_instruments_by_title(sentence, expected):
    assert instruments(general(f"Nota\n\n{sentence}\n")) == expected


@pytest.mark.parametrize("sentence", [
    "La ministra dijo: \"Tenemos que avanzar en la agenda regional\".",     # a quote, not a title
    "The Committee discussed the work plan for the coming year.",             # generic, no year
    "Se acordó preparar un Plan de Trabajo para la próxima sesión.",          # generic, no year
])
def test_no_instrument_without_a_title(sentence):
    assert not instruments(general(f"Nota\n\n{sentence}\n"))
