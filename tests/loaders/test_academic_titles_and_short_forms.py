"""Academic titles in a run of titles before a name ("H.E. Prof. Dr. A", "el Prof. Dr. B") are
titles, never a person; "Lao PDR" is Laos; a "League of ..." / "Liga de ..." is an organisation.
Texts written for the test."""
import pytest

from tests.loaders.batches import named, pairs, persons, read


@pytest.mark.parametrize("text, chair", [
    ("Fourth Meeting of Energy Ministers\n\nThe meeting was held in Hanoi on 3 March 2018. It was "
     "chaired by H.E. Prof. Dr. Tran Van Binh, Minister of Industry of Viet Nam.\n",
     "person:tran-van-binh"),
    ("Acta de la Reunión de Ministros de Salud\n\nLa reunión se celebró en Lima el 3 de marzo de "
     "2018 y fue presidida por el Prof. Dr. Julián Ortega, Ministro de Salud del Perú.\n",
     "person:julian-ortega"),
    ("Seminar on Water\n\nThe seminar was chaired by Professor Ana Example, Rector of the "
     "National University.\n", "person:ana-example"),
    ("Taller sobre Agua\n\nEl taller fue presidido por la Profesora Marta Ejemplo, Rectora de la "
     "Universidad Nacional.\n", "person:marta-ejemplo"),
])
def test_a_run_of_titles_before_the_chair_is_no_person(text, chair):
    batch = read(text)
    assert {e[0] for e in pairs(batch, "PRESIDES")} == {chair}
    assert not [p for p in persons(batch) if "prof" in p], persons(batch)


def test_lao_pdr_is_laos_and_not_a_person():
    batch = read("Joint Statement\n\nThe Ministers of Cambodia, the Lao PDR and Myanmar met in "
                 "Vientiane, Lao PDR, on 9 October 2015.\n")
    assert "country:la" in {n.id for n in named(batch, "Country").values()}
    assert not [p for p in persons(batch) if "lao" in p]


def test_lao_alone_is_a_language_not_the_state():
    batch = read("Summary\n\nThe Ministers of Cambodia and Viet Nam met in Phnom Penh on 9 October "
                 "2015. They opened a course in the Lao language.\n")
    assert "country:la" not in {n.id for n in named(batch, "Country").values()}


@pytest.mark.parametrize("text, organisation", [
    ("Joint Statement\n\nThe ministers welcomed the delegation of the League of Arab States (LAS) "
     "to the meeting in Cairo on 2 May 2016.\n", "League of Arab States"),
    ("Comunicado\n\nLos ministros dieron la bienvenida a la delegación de la Liga de los Estados "
     "Árabes (LEA) en la reunión de El Cairo del 2 de mayo de 2016.\n", "Liga de los Estados Árabes"),
])
def test_a_league_is_an_organisation(text, organisation):
    found = named(read(text), "Organization")
    assert organisation in found, found
