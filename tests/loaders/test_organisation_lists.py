"""Organisations listed one per line under a heading that says they sign a text, and names that
a sentence's opening word does not belong to ("Desde Red Ciudadana, ...")."""
import pytest

from tests.shared_documents import corpus_file
from tests.loaders.batches import read as general


def named(batch, kind):
    """{name: node} of the nodes of `kind` the text names, every source checked against the text."""
    text = batch.nodes[batch.document].properties["text"]
    out = {}
    for n in batch.nodes.values():
        if n.kind == kind and n.sources:
            for s in n.sources:
                assert text[s.start:s.end] == s.quote
            out[n.name] = n
    return out


@pytest.mark.parametrize("text,expected", [
    ("Comunicado conjunto\n\nPedimos al Congreso que apruebe la reforma.\n\n"
     "## Organizaciones firmantes\n\nColectivo Ejemplo\nRed Vecinal del Sur\nObservatorio +10\n\n"
     "Se firma el 3 de mayo de 2024.\n",
     {"Colectivo Ejemplo", "Red Vecinal del Sur", "Observatorio +10"}),
    ("Joint statement\n\nWe ask Parliament to pass the bill.\n\nSignatory organisations:\n"
     "- Example Watch\n- Open Data Lab\n- Citizens First\n\nSigned on 3 May 2024.\n",
     {"Example Watch", "Open Data Lab", "Citizens First"}),
])
def test_one_organisation_a_line_under_a_signatory_heading(text, expected):
    got = named(general(text), "Organization")
    assert expected <= set(got)
    assert not [n for n in got if n.startswith(("Se firma", "Signed"))]


def test_no_list_without_a_signatory_heading():
    got = named(general("Notas\n\n## Temas\n\nColectivo Ejemplo\nRed Vecinal del Sur\n"), "Organization")
    assert "Colectivo Ejemplo" not in got


@pytest.mark.parametrize("sentence,bad", [
    ("Desde Red Nacional de Datos Abiertos, reafirmamos el compromiso con la transparencia.",
     "Desde Red Nacional de Datos Abiertos"),
    ("Through Pacific Regional Support Office programmes, the ministers reviewed progress.",
     "Through Pacific Regional Support Office"),
])
def test_a_sentence_opening_word_is_not_part_of_a_name(sentence, bad):
    b = general(f"Note\n\n{sentence}\n")
    names = {n.name for n in b.nodes.values() if n.sources}
    assert bad not in names


def test_corpus_signatory_list():
    path = corpus_file("16-accesoalainformacionya-osc-colombia-2022.md")
    from loaders.pipeline import load_file
    got = named(load_file(path, curation=False), "Organization")
    assert {"Datasketch", "Fundación Karisma", "Barranquilla +20", "Cuestión Pública"} <= set(got)
