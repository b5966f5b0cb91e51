"""Instruments cited by a code: head noun, the acronym of the body that issued them, the sign of
the number and the number with its year ("Decisión CMC N° 68/12", "Resolution GMC No. 7/19",
"Decision 5/2003"). One node per instrument whatever sign the number is written with."""
import pytest

from tests.loaders.batches import read


def instruments(text: str) -> dict[str, str]:
    """{id: name} of the Instrument nodes of `text`."""
    return {n.id: n.name for n in read(text).nodes.values() if n.kind == "Instrument"}


@pytest.mark.parametrize("sentence,ident,name", [
    ("Los coordinadores recordaron la Decisión CMC N° 12/21 sobre movilidad laboral.",
     "instrument:decision-cmc-12-21", "Decisión CMC N° 12/21"),
    ("El Grupo aplicó la Resolución GMC Nº 40/18 a los nuevos puestos de frontera.",
     "instrument:resolucion-gmc-40-18", "Resolución GMC Nº 40/18"),
    ("Delegates cited Resolution GMC No. 7/19 when they discussed the customs annex.",
     "instrument:resolution-gmc-7-19", "Resolution GMC No. 7/19"),
    ("The parties implemented Decision 9/2004 of the commission in full.",
     "instrument:decision-9-2004", "Decision 9/2004"),
    ("The board recalled Resolution 3/17 on staff travel.", "instrument:resolution-3-17", "Resolution 3/17"),
])
def test_a_coded_reference_is_an_instrument_named_as_written(sentence, ident, name):
    assert instruments(sentence).get(ident) == name


def test_the_same_code_written_with_and_without_its_sign_is_one_instrument():
    found = instruments("La Decisión CMC N° 31/15 fija el plazo. Los Estados Partes cumplirán la "
                        "Decisión CMC 31/15 antes de diciembre.")
    assert [i for i in found if "31-15" in i] == ["instrument:decision-cmc-31-15"]


def test_a_capitalised_word_after_the_head_without_a_number_makes_no_coded_instrument():
    found = instruments("The Decision CMC will be discussed in the next meeting of the group.")
    assert not [i for i in found if i.startswith("instrument:decision-cmc")]


@pytest.mark.parametrize("text,ident,name", [
    ("Luego citó la Decisión CMC 44/19. El Consejo aprobó después la Decisión CMC N° 44/19.",
     "instrument:decision-cmc-44-19", "Decisión CMC N° 44/19"),
    ("They applied Resolution 12/20 first. Resolution No. 12/20 was then amended.",
     "instrument:resolution-12-20", "Resolution No. 12/20"),
])
def test_a_node_stated_in_two_forms_is_named_by_the_longer(text, ident, name):
    assert instruments(text).get(ident) == name
