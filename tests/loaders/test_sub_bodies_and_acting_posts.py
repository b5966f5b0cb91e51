"""A body named right after another body's acronym is part of it ("the FOC Specialist Sub
Committee on Regionalism (SSCR)"), and a post with the mark of an acting holder ("Canciller (e) de
Colombia, Ana ...") still says whom the person represents."""
import pytest

from tests.loaders.batches import pairs, read


@pytest.mark.parametrize("text,sub,owner", [
    ("Outcomes\n\nMinisters discussed the Senior Officials Committee (SOC) Meeting and the SOC Technical "
     "Working Group on Fisheries (TWGF).\n", "body:technical-working-group-on-fisheries",
     "body:senior-officials-committee"),
    ("Resultados\n\nLos Ministros revisaron el Comité de Altos Funcionarios (CAF) y el CAF Grupo Técnico de "
     "Pesca (GTP).\n", "body:grupo-tecnico-de-pesca", "body:comite-de-altos-funcionarios"),
])
def test_a_body_after_another_bodys_acronym_is_part_of_it(text, sub, owner):
    batch = read(text, "outcomes")
    assert (sub, owner) in pairs(batch, "PART_OF", sub)


def test_a_body_after_an_acronym_and_a_conjunction_is_no_part_of_it():
    batch = read("Outcomes\n\nMinisters discussed the Senior Officials Committee (SOC) Meeting; the SOC and "
                 "the Technical Working Group on Fisheries (TWGF).\n", "outcomes")
    assert not pairs(batch, "PART_OF", "body:technical-working-group-on-fisheries", "body:senior-officials-committee")


@pytest.mark.parametrize("text,pid,country", [
    ("Nota\n\nLa Canciller (e) de Colombia, Rosa Ejemplo Soto, y la ministra de Relaciones Exteriores de "
     "Ecuador, Ana Modelo, sostuvieron un encuentro.\n", "person:rosa-ejemplo-soto", "country:co"),
    ("Note\n\nThe Foreign Minister (a.i.) of Peru, Rosa Ejemplo Soto, met the Minister of Foreign Affairs "
     "of Chile, Ana Modelo.\n", "person:rosa-ejemplo-soto", "country:pe"),
])
def test_an_acting_post_still_says_whom_the_person_represents(text, pid, country):
    batch = read(text, "nota")
    assert pairs(batch, "REPRESENTS", pid) == {(pid, country)}
