"""Organisations named by a Spanish head noun and an acronym ("la Fundación EOI", "la Universidad
UNED"): an Organization, whose acronym alone then names it; a heading in capitals or a name that
goes on is not read so."""
import pytest

from tests.loaders.test_two_word_names import general


def organisations(batch):
    """{name: [quotes]} of the Organization nodes the text names, every source checked."""
    text = batch.nodes[batch.document].properties["text"]
    out = {}
    for n in batch.nodes.values():
        if n.kind == "Organization" and n.sources:
            for s in n.sources:
                assert text[s.start:s.end] == s.quote
            out[n.name] = sorted(s.quote for s in n.sources)
    return out


def test_the_acronym_then_names_it_alone():
    b = general("Nota\n\nSe puso en contacto Pablo Velasco, de la Fundación EOI, para proponer un programa. "
                "La EOI se encarga de buscar el aula.\n")
    assert organisations(b) == {"Fundación EOI": ["EOI", "Fundación EOI"]}


@pytest.mark.parametrize("sentence,expected", [
    ("El Instituto INAI presentó su informe y la Universidad UNED ofreció su apoyo.",
     {"Instituto INAI", "Universidad UNED"}),
    ("La Asociación APROFA organizará el taller.", {"Asociación APROFA"}),
])
def test_a_head_and_an_acronym(sentence, expected):
    assert set(organisations(general(f"Nota\n\n{sentence}\n"))) == expected


@pytest.mark.parametrize("sentence", [
    "INSTITUTO INAI\n\nEl texto sigue.",            # a heading in capitals
    "La Fundación ONCE Para la Cooperación presentó el plan.",   # the name goes on
])
def test_not_a_head_and_an_acronym(sentence):
    assert not any(n.endswith(("INAI", "ONCE")) for n in organisations(general(f"Nota\n\n{sentence}\n")))
