"""Places listed after a place cue ("from A, B and C", "ciudades como A y B", "provinces such as
A, B and C") and the state or province a city is given with ("Morelia, Michoacán"): each a Place
quoting its own name; a list after no cue, or a name no gazetteer knows in it, is not read."""
import pytest

from tests.loaders.test_two_word_names import general


def places(batch):
    """{place name as written} of the Place nodes the text names, every source checked."""
    text = batch.nodes[batch.document].properties["text"]
    out = set()
    for n in batch.nodes.values():
        if n.kind == "Place" and n.sources:
            for s in n.sources:
                assert text[s.start:s.end] == s.quote
                out.add(s.quote)
    return out


@pytest.mark.parametrize("sentence,expected", [
    ("Destacaron que departamentos como Antioquia y Caldas, y ciudades como Bogotá y Palmira, han "
     "logrado avances en Colombia.", {"Antioquia", "Caldas", "Bogotá", "Palmira"}),
    ("The programme reached provinces such as Aceh, Bali and Papua in Indonesia.", {"Aceh", "Bali", "Papua"}),
    ("The Ministers noted progress in Canberra, Sydney and Melbourne on the settlement programme.",
     {"Canberra", "Sydney", "Melbourne"}),
    ("Los ministros se reunieron en Tapachula, Chiapas, el 3 de mayo de 2023, con representantes de "
     "Guatemala.", {"Tapachula", "Chiapas"}),
    ("En la ciudad de Morelia, Michoacán, siendo las 10:00 horas del día 12 de marzo de 2019, se "
     "reunieron los integrantes del Consejo de México.", {"Morelia", "Michoacán"}),
    # "Ciudad" as part of the city's name, after a cue and opening a dateline
    ("El canciller sostuvo hoy en la Ciudad de México una reunión con sus homólogos de Guatemala.",
     {"Ciudad de México"}),
    ("Ciudad de Guatemala, 12 de marzo de 2021. Los cancilleres de la región se reunieron.",
     {"Ciudad de Guatemala"}),
    # a kind of place, then its name: ports, provinces, municipalities
    ("Refugees will embark at the ports of Bremen and Naples under the agreement.", {"Bremen", "Naples"}),
    ("Los migrantes llegaron al puerto de Veracruz y luego a la provincia de Buenos Aires.",
     {"Veracruz", "Buenos Aires"}),
    ("El Departamento de Estado informó que el municipio de Tapachula recibirá apoyo.", {"Tapachula"}),
])
def test_places_in_a_list_after_a_cue(sentence, expected):
    assert places(general(f"Nota\n\n{sentence}\n")) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a list after no cue: not read as places
    ("Antioquia, Caldas y Bogotá firmaron el acuerdo.", set()),
    # after a city, a word that is no state of its country
    ("The Ministers met in Canberra, Minister Evans presiding.", {"Canberra"}),
    # a name no list knows, in a list: the list stops there
    ("Delegates came from Suva, Brightwater and Nadi.", {"Suva"}),
])
def test_no_place_outside_a_cued_list(sentence, expected):
    assert places(general(f"Nota\n\n{sentence}\n")) == expected
