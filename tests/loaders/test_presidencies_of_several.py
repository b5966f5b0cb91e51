"""A presidency written as "under the (co-)chairmanship of" / "bajo la (co)presidencia de" a list
of persons with their posts: every person of the list presides ("co_chair" when the cue says
co-), the others joined by "and of" / "y de"; a person joined otherwise ("y con la
participación de") does not. Texts written for the test."""
import pytest

from tests.loaders.batches import pairs, read


def _chairs(batch):
    return {(e.source, e.properties.get("role")) for e in batch.edges.values()
            if e.type == "PRESIDES" and e.target.endswith(":meeting")}


@pytest.mark.parametrize("text, chairs", [
    ("Joint Declaration\n\nThe Ministerial Meeting was held in Tunis on 3 May 2018 under the "
     "co-chairmanship of H.E. Mr. Karim Example, Minister of Foreign Affairs of Tunisia, H.E. Ms. "
     "Laura Sample, Commissioner of the African Union, and Mr. Omar Model, Deputy Secretary-General "
     "of the League of Arab States.\n",
     {("person:karim-example", "co_chair"), ("person:laura-sample", "co_chair"),
      ("person:omar-model", "co_chair")}),
    ("Declaración conjunta\n\nLa reunión ministerial se celebró en Montevideo el 3 de mayo de 2018 "
     "bajo la copresidencia del Canciller de Uruguay, Luis Ejemplo, y de la Canciller de Paraguay, "
     "Marta Muestra.\n",
     {("person:luis-ejemplo", "co_chair"), ("person:marta-muestra", "co_chair")}),
    ("Comunicado conjunto\n\nLa reunión se celebró en Quito el 5 de abril de 2021, bajo la "
     "presidencia del Canciller de Ecuador, Luis Ejemplo, y de la Canciller de Colombia, Marta "
     "Muestra.\n",
     {("person:luis-ejemplo", None), ("person:marta-muestra", None)}),
    ("Joint Statement\n\nThe meeting took place in Lima on 5 April 2021 under the chairmanship of "
     "Mr. Luis Example, Minister of Trade of Peru, and of Ms. Marta Sample, Minister of Trade of "
     "Chile.\n",
     {("person:luis-example", None), ("person:marta-sample", None)}),
    ("Joint Declaration\n\nThe Ministers met in Cairo on 20 December 2016 under the Chairmanship "
     "of H.E. Ali Example, Foreign Minister of the Republic of Tunisia, H.E. Eva Sample, High "
     "Representative of the European Union, and H.E. Omar Model, Secretary General of the League "
     "of Arab States:\n",
     {("person:ali-example", None), ("person:eva-sample", None), ("person:omar-model", None)}),
    ("Acta\n\nLos ministros se reunieron en Panamá el 2 de febrero de 2017 bajo la presidencia de "
     "S.E. Ana Ejemplo, Ministra de Relaciones Exteriores de Panamá, S.E. Luis Muestra, Secretario "
     "General del SICA, y Dr. Pedro Modelo, Director de la OIM:\n",
     {("person:ana-ejemplo", None), ("person:luis-muestra", None), ("person:pedro-modelo", None)}),
])
def test_every_person_of_a_presidency_of_several_presides(text, chairs):
    assert _chairs(read(text)) == chairs


@pytest.mark.parametrize("text, chair, guest", [
    ("Comunicado conjunto\n\nLa reunión se celebró en Quito el 5 de abril de 2021, bajo la "
     "presidencia del Canciller de Ecuador, Luis Ejemplo, y con la participación de la Ministra de "
     "Chile, Ana Prueba.\n", "person:luis-ejemplo", "person:ana-prueba"),
    ("Joint Statement\n\nThe meeting took place in Lima on 5 April 2021 under the chairmanship of "
     "Mr. Luis Example, Minister of Trade of Peru, and with the attendance of Ms. Ana Sample, "
     "Minister of Trade of Chile.\n", "person:luis-example", "person:ana-sample"),
])
def test_a_person_joined_otherwise_does_not_preside(text, chair, guest):
    chairs = {s for s, _ in pairs(read(text), "PRESIDES")}
    assert chair in chairs and guest not in chairs
