"""Names with any accented Latin letter ("Dallerès", "François", "Gonçalves"), and a post whose
complement holds a recipient ("the position of Chair of X to their outgoing Chairperson,
Ambassador A"): the person is A, with the post closest to the name, not the Chair."""
import pytest

from tests.loaders.batches import pairs, read


@pytest.mark.parametrize("text,pid,post,country", [
    ("Decisions\n\nThe Deputies thanked Joan Dallerès, Permanent Representative of Andorra.\n",
     "person:joan-dalleres", "Permanent Representative of Andorra", "country:ad"),
    ("Decisiones\n\nLos Delegados agradecieron a François Gonçalves, Representante Permanente de Portugal.\n",
     "person:francois-goncalves", "Representante Permanente de Portugal", "country:pt"),
])
def test_a_name_with_accented_letters_is_read(text, pid, post, country):
    batch = read(text, "decisions")
    assert batch.nodes[pid].properties["post"] == post
    assert pairs(batch, "REPRESENTS", pid) == {(pid, country)}


@pytest.mark.parametrize("text,pid,post", [
    ("Decisions\n\nThe Deputies\n\n1. entrusted the position of Chair of the working party to their outgoing "
     "Chairperson, Ambassador Joan Dallerès, Permanent Representative of Andorra;\n",
     "person:joan-dalleres", "Permanent Representative of Andorra"),
    ("Decisiones\n\nLos Delegados\n\n1. confiaron el cargo de Presidente del grupo de trabajo a su Presidenta "
     "saliente, Embajadora Marta Dallerès, Representante Permanente de Andorra;\n",
     "person:marta-dalleres", "Representante Permanente de Andorra"),
])
def test_a_recipient_is_not_the_complement_of_the_post_given_away(text, pid, post):
    batch = read(text, "decisions")
    assert batch.nodes[pid].properties["post"] == post
    assert pairs(batch, "REPRESENTS", pid) == {(pid, "country:ad")}


def test_an_ambassador_to_a_country_keeps_the_complement():
    batch = read("Readout\n\nThe talks were joined by the Ambassador to the United States Ana Ejemplo.\n", "readout")
    assert batch.nodes["person:ana-ejemplo"].properties["post"].startswith("Ambassador to the United States")
