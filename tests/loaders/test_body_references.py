"""A short reference back to a body named in full before ("the Commission", "el Grupo",
capitalised, after its article) is a mention of that body; not where the head noun opens a
name of its own ("la Comisión Anticorrupción de ...") nor in lower case ("the commission")."""
import pytest

from tests.loaders.batches import read


def quotes(text: str, ident: str) -> list[str]:
    return [s.quote for s in read(text).nodes[ident].sources]


@pytest.mark.parametrize("text,ident,short", [
    ("The Joint Fisheries Commission (JFC) met in Apia. The Commission agreed to publish its data.",
     "body:joint-fisheries-commission", "Commission"),
    ("The Coastal Safety Committee (CSC) was set up in May. Later the Committee adopted its rules.",
     "body:coastal-safety-committee", "Committee"),
    ("Se instaló el Grupo de Alto Nivel sobre Riego (GANR) en Lima. El Grupo acordó reunirse en mayo.",
     "body:grupo-de-alto-nivel-sobre-riego", "Grupo"),
    ("Sesionó la Comisión Binacional de Cuencas (CBC) en Tacna. Habló la Presidenta de la Comisión, Ana Ruiz.",
     "body:comision-binacional-de-cuencas", "Comisión"),
])
def test_the_bare_head_noun_refers_to_the_body_named_before(text, ident, short):
    assert short in quotes(text, ident)


def test_a_head_noun_that_opens_another_name_is_no_reference():
    text = ("Sesionó la Comisión Binacional de Cuencas (CBC) en Tacna. Luego la Comisión Anticorrupción "
            "de Tacna presentó su informe.")
    assert quotes(text, "body:comision-binacional-de-cuencas").count("Comisión") == 0


def test_a_lower_case_head_noun_is_no_reference():
    text = "The Joint Fisheries Commission (JFC) met in Apia. A commission of inquiry was proposed."
    assert "commission" not in quotes(text, "body:joint-fisheries-commission")


def test_no_body_named_before_leaves_the_reference_unresolved():
    batch = read("The Commission agreed to publish its data next year.")
    assert not [n for n in batch.nodes.values() if n.kind == "Body"]
