"""A person named with the post in brackets right after the name ("Marta Gil Soto (directora de
la Fundación Ciudad Abierta)", "Mary Jones (chair of the Open Data Institute)"): a Person with
that post, holding it in the organisation the bracket names (loaders.affiliations.bracketed_posts)."""
import pytest

from tests.loaders.batches import pairs, posts, quote_of, read


@pytest.mark.parametrize("text,person,post,org", [
    ("Acta\n\nSe acuerda escribir a Marta Gil Soto (directora de la Fundación Ciudad Abierta) "
     "para pedir apoyo.\n",
     "person:marta-gil-soto", "Directora de la Fundación Ciudad Abierta",
     "organization:fundacion-ciudad-abierta"),
    ("Minutes\n\nIt was agreed to write to Mary Jones (chair of the Open Data Institute) about "
     "the event.\n",
     "person:mary-jones", "Chair of the Open Data Institute", "organization:open-data-institute"),
])
def test_the_post_in_brackets_and_its_organisation(text, person, post, org):
    batch = read(text)
    assert posts(batch, person) == {person: post}
    assert (person, org) in pairs(batch, "HOLDS_POST")
    name = batch.nodes[person].name
    assert quote_of(batch, "REPRESENTS", person, org) == f"{name} ({post[0].lower()}{post[1:]})"


def test_a_country_ending_a_longer_name_in_the_bracket_is_not_represented():
    batch = read("Acta\n\nSe acuerda contactar con Luis Pardo Gil (presidente de Python España) "
                 "para los certificados.\n")
    assert posts(batch, "person:luis-pardo-gil") == {"person:luis-pardo-gil": "Presidente de Python España"}
    # the country ends the organisation's name: whom he is for is the organisation, never Spain
    assert not {t for _, t in pairs(batch, "REPRESENTS", src="person:luis-pardo-gil") if t.startswith("country:")}
    assert pairs(batch, "HOLDS_POST", src="person:luis-pardo-gil") == {("person:luis-pardo-gil", "organization:python-espana")}


def test_a_bracket_that_holds_no_post_makes_no_person():
    batch = read("Minutes\n\nWe thank Open Source Week (the organisers) for the venue.\n")
    assert not any(n.kind == "Person" for n in batch.nodes.values())
