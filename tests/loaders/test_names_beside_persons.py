"""A person's name next to an organisation's head noun is not part of the organisation's name:
a Spanish head noun opens a name, so the capitalised words before it ("Fernando Solís Cámara")
are not its name; an English head noun closes one, so a post after it ("Service Commissioner
Doris Meissner") opens a person, not more of the name."""
import pytest

from tests.loaders.batches import read


def _named(text):
    b = read(text, "beside")
    return {(n.kind, n.name) for n in b.nodes.values() if n.kind in ("Person", "Organization", "Body")}


@pytest.mark.parametrize("text, person, not_org", [
    ("Acta\n\nIntervino el Director del Servicio de Aduanas, Julián Prieto Cámara, sobre el tema.\n",
     "Julián Prieto Cámara", "Julián Prieto Cámara"),
    ("Acta\n\nLa Secretaria de la Comisión, Marta Ejemplo Fondo, leyó el acta anterior.\n",
     "Marta Ejemplo Fondo", "Marta Ejemplo Fondo"),
])
def test_a_spanish_surname_that_is_a_head_noun_is_no_organisation(text, person, not_org):
    named = _named(text)
    assert ("Person", person) in named
    assert not {k for k, n in named if n == not_org and k != "Person"}


@pytest.mark.parametrize("text, org, person", [
    ("Communiqué\n\nCustoms and Border Protection Service Commissioner Alan Sample addressed the "
     "meeting.\n", "Customs and Border Protection Service", "Alan Sample"),
    ("Communiqué\n\nThe Pacific Migration Council Director Ruth Example closed the session.\n",
     "Pacific Migration Council", "Ruth Example"),
])
def test_a_post_after_an_english_name_opens_a_person(text, org, person):
    named = _named(text)
    assert any(n == org for _, n in named)
    assert ("Person", person) in named
    assert not [n for _, n in named if person in n and n != person]
