"""Bodies named with the organisation they belong to: PART_OF from the body to the organisation,
the source spanning both names ("el Comité de Transparencia de la Alianza para el Buen Gobierno",
"the Audit Committee of the Example Association")."""
import pytest

from tests.loaders.test_two_word_names import general


def parts(batch):
    """{(body name, owner name): quote} of the PART_OF edges between Body and Organization nodes."""
    text = batch.nodes[batch.document].properties["text"]
    out = {}
    for e in batch.edges.values():
        if e.type == "PART_OF" and batch.nodes[e.source].kind == "Body":
            for s in e.sources:
                assert text[s.start:s.end] == s.quote
            out[(batch.nodes[e.source].name, batch.nodes[e.target].name)] = e.sources[0].quote
    return out


@pytest.mark.parametrize("sentence,body,owner", [
    ("Las organizaciones que integramos el Comité de Transparencia de la Alianza para el Buen Gobierno "
     "presentamos observaciones al borrador.", "Comité de Transparencia", "Alianza para el Buen Gobierno"),
    ("The members of the Audit Committee of the Example Traders Association met on Monday to review "
     "the accounts.", "Audit Committee", "Example Traders Association"),
])
def test_body_of_an_organisation(sentence, body, owner):
    got = parts(general(f"Note\n\n{sentence}\n"))
    assert (body, owner) in got
    assert got[(body, owner)].startswith(body) and got[(body, owner)].endswith(owner)


def test_body_named_with_an_acronym_it_belongs_to():
    b = general("Nota\n\nAgradecemos el apoyo de la Secretaría Ejecutiva del CONSEJOX, así como a cada "
                "participante que aportó sus ideas a la reunión.\n")
    assert "Secretaría Ejecutiva del CONSEJOX" in {n.name for n in b.nodes.values() if n.kind == "Body"}


def test_no_part_of_between_a_body_and_a_country():
    b = general("Note\n\nThe Joint Trade Committee of Chile will meet again in March to review the tariffs.\n")
    assert not parts(b)


@pytest.mark.parametrize("sentence,name", [
    ("Leaders welcomed the work of the Coral Process Regional Support Office in Suva this year.",
     "Coral Process Regional Support Office"),
    ("Ministers thanked the Harbour Forum Technical Office for its report on the fleet.",
     "Harbour Forum Technical Office"),
])
def test_an_office_named_after_a_forum_is_a_body(sentence, name):
    kinds = {n.name: n.kind for n in general(f"Note\n\n{sentence}\n").nodes.values() if n.sources}
    assert kinds.get(name) == "Body"
