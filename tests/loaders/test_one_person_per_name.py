"""One Person per person: a document that names someone in full and then by both Spanish surnames
after a title ("el Canciller Ejemplo Ruiz"), by the paternal surname alone ("el señor Muestra") or
with the post glued to the name holds one node, the shorter forms among its aliases; a demonym
between the post and the name ("la Canciller colombiana María ..."), a country closing a post
before the name ("Foreign Minister of Peru Ana ... and Mexican Foreign Secretary ..."), a plural
post shared out country by country ("los cancilleres de Guatemala, A; de Honduras, B; y de El
Salvador, C") and two ministries joined by "y el" are read as the field writes them. Every quote
must be the text at its span (tests.loaders.batches.read)."""
import pytest

from loaders.entities import Found
from loaders.gazetteer import Entity
from loaders.person_names import same_persons, shorter_form
from tests.loaders.batches import named, pairs, persons, posts, read

ES_AGAIN = """Comunicado conjunto

El Secretario de Relaciones Exteriores de México, Marcelo Ejemplo Ruiz, recibió en Ciudad de México el 5 de mayo de 2021 al Canciller de Guatemala, Pedro Muestra Brolo.
El canciller Muestra Brolo agradeció la invitación. El Secretario Ejemplo Ruiz destacó la cooperación.
El señor Muestra firmó el memorando.
"""

ES_AGAIN_2 = """Nota informativa

Quito, 2 de marzo de 2018. La Ministra de Relaciones Exteriores de Colombia, María Prueba Holguín, visitó Ecuador.
Durante el encuentro, la Ministra Prueba Holguín destacó la agenda común y la señora Prueba firmó el plan.
"""


@pytest.mark.parametrize("text, full, shorts", [
    (ES_AGAIN, "person:marcelo-ejemplo-ruiz", ["person:ejemplo-ruiz"]),
    (ES_AGAIN, "person:pedro-muestra-brolo", ["person:muestra-brolo", "person:muestra"]),
    (ES_AGAIN_2, "person:maria-prueba-holguin", ["person:prueba-holguin", "person:prueba"]),
])
def test_a_person_named_again_by_surnames_is_one_node(text, full, shorts):
    b = read(text, "again")
    people = persons(b)
    assert full in people
    for short in shorts:
        assert short not in people
    # the post of the first naming stays; whom the person represents is read once
    assert ("REPRESENTS" in {e.type for e in b.edges.values() if e.source == full})


def test_the_surnames_named_again_are_aliases_of_the_full_name():
    b = read(ES_AGAIN, "again")
    aliases = {str(a).lstrip("=") for a in persons(b)["person:pedro-muestra-brolo"].properties.get("aliases") or []}
    assert {"Muestra Brolo", "Muestra"} <= aliases


@pytest.mark.parametrize("short, full, spanish, same", [
    ("Ejemplo Ruiz", "Marcelo Ejemplo Ruiz", False, True),
    ("Ejemplo", "Marcelo Ejemplo Ruiz", True, True),
    ("Canciller Ejemplo Ruiz", "María Ejemplo Ruiz", False, True),
    ("Foreign Secretary Alicia Example", "Alicia Example", False, True),
    ("Hillary Clinton", "Hillary Rodham Clinton", False, True),
    ("J. Example", "John Example", False, True),
    ("Luis Soto", "Jorge Luis Soto", False, False),      # "Luis Soto" may be another person
    ("Ana Ruiz", "Marcelo Ejemplo Ruiz", False, False),
    ("Marcelo Ejemplo Ruiz", "Marcelo Ejemplo Ruiz", False, False),
])
def test_shorter_forms_of_a_name(short, full, spanish, same):
    assert shorter_form(short, full, spanish) is same


def test_a_shorter_form_two_persons_could_have_is_left_alone():
    def person(name, s):
        return Found(Entity("person:" + name.lower().replace(" ", "-"), "Person", name, aliases=(name,)), s, s + len(name))
    found = [person("Ana Ejemplo Ruiz", 0), person("Luis Ejemplo Ruiz", 40), person("Ejemplo Ruiz", 80)]
    assert [f.entity.id for f in same_persons(found, spanish=True)] == \
        ["person:ana-ejemplo-ruiz", "person:luis-ejemplo-ruiz", "person:ejemplo-ruiz"]
    merged = same_persons(found[:1] + found[2:], spanish=True)
    assert [f.entity.id for f in merged] == ["person:ana-ejemplo-ruiz", "person:ana-ejemplo-ruiz"]
    assert "=Ejemplo Ruiz" in merged[1].entity.aliases


@pytest.mark.parametrize("text, person, country, post", [
    ("Comunicado\n\nLa Canciller colombiana María Prueba Holguín visitó Quito el 2 de marzo de 2018.\n",
     "person:maria-prueba-holguin", "country:co", "Canciller"),
    ("Comunicado\n\nEl Presidente guatemalteco, Pedro Muestra Brolo, inauguró la reunión en Tegucigalpa.\n",
     "person:pedro-muestra-brolo", "country:gt", "Presidente"),
    ("Nota\n\nLos cancilleres se reunieron. El Vicecanciller hondureño Lisandro Prueba Díaz presentó el plan.\n",
     "person:lisandro-prueba-diaz", "country:hn", "Vicecanciller"),
])
def test_a_demonym_between_post_and_name(text, person, country, post):
    b = read(text, "demonym")
    assert posts(b, person) == {person: post}
    assert (person, country) in pairs(b, "REPRESENTS")


def test_a_country_closing_a_post_before_the_name_and_the_next_person():
    text = """Readout of the meeting

Secretary of State Antony Example met with Foreign Minister of Peru Ana Sample and Mexican Foreign Secretary Marcelo Trial in Washington on 4 May 2021.
"""
    b = read(text, "closing")
    assert posts(b, "person:ana-sample", "person:marcelo-trial") == {
        "person:ana-sample": "Foreign Minister of Peru", "person:marcelo-trial": "Mexican Foreign Secretary"}
    represents = pairs(b, "REPRESENTS")
    assert ("person:ana-sample", "country:pe") in represents
    assert ("person:marcelo-trial", "country:mx") in represents
    assert ("person:marcelo-trial", "country:pe") not in represents


@pytest.mark.parametrize("text, expected", [
    ("Comunicado\n\nEl Canciller mexicano recibió a los cancilleres de Guatemala, Pedro Muestra Brolo; de Honduras, "
     "Lisandro Prueba; y de El Salvador, Alexandra Modelo, el 5 de mayo de 2021.\n",
     {"person:pedro-muestra-brolo": ("country:gt", "Canciller de Guatemala"),
      "person:lisandro-prueba": ("country:hn", "Canciller de Honduras"),
      "person:alexandra-modelo": ("country:sv", "Canciller de El Salvador")}),
    ("Readout\n\nThe Secretary hosted the Foreign Ministers of Guatemala, Pedro Sample; Honduras, Lisandro Test; "
     "and El Salvador, Alexandra Model, in Washington on 4 May 2021.\n",
     {"person:pedro-sample": ("country:gt", "Foreign Minister of Guatemala"),
      "person:lisandro-test": ("country:hn", "Foreign Minister of Honduras"),
      "person:alexandra-model": ("country:sv", "Foreign Minister of El Salvador")}),
])
def test_a_plural_post_shared_out_country_by_country(text, expected):
    b = read(text, "shared")
    represents = pairs(b, "REPRESENTS")
    assert posts(b, *expected) == {p: post for p, (_, post) in expected.items()}
    for p, (country, _) in expected.items():
        assert (p, country) in represents
        others = {c for _, (c, _) in expected.items()} - {country}
        assert not {(p, c) for c in others} & represents


@pytest.mark.parametrize("text, organisations", [
    ("Comunicado\n\nEl Ministerio de Energía y el Ministerio de Relaciones Exteriores firmaron el acuerdo en Lima.\n",
     {"Ministerio de Energía", "Ministerio de Relaciones Exteriores"}),
    ("Statement\n\nThe Ministry of Energy and the Department of Home Affairs met in Canberra.\n",
     {"Ministry of Energy", "Department of Home Affairs"}),
])
def test_two_offices_joined_by_and_the(text, organisations):
    b = read(text, "offices")
    assert organisations <= set(named(b, "Organization"))


@pytest.mark.parametrize("text, person, country", [
    ("Statement\n\nAt a meeting in Suva between New Zealand  Minister of Labour, the Hon Tom Example, and the "
     "Australian Minister for Trade, the Hon Ana Sample, both sides agreed.\n", "person:tom-example", "country:nz"),
    ("Statement\n\nThe talks between Papua New Guinea  Attorney General, the Hon Peter Model, and officials ended.\n",
     "person:peter-model", "country:pg"),
])
def test_a_country_before_the_post_with_a_wider_blank(text, person, country):
    b = read(text, "blank")
    assert (person, country) in pairs(b, "REPRESENTS")


@pytest.mark.parametrize("text, expected", [
    ("Comunicado\n\nEl Secretario de Relaciones Exteriores, Marcelo Prueba, se reunió con sus homólogos de Guatemala, "
     "Pedro Muestra; de Honduras, Lisandro Ejemplo; y de El Salvador, Alexandra Modelo.\n",
     {"person:pedro-muestra": "country:gt", "person:lisandro-ejemplo": "country:hn",
      "person:alexandra-modelo": "country:sv"}),
    ("Nota\n\nEl Presidente recibió a su homóloga chilena, Ana Prueba Soto, en Lima el 3 de mayo de 2022.\n",
     {"person:ana-prueba-soto": "country:cl"}),
    ("Readout\n\nSecretary Example welcomed his Mexican counterpart, Marcelo Sample, to Washington on 4 May 2021.\n",
     {"person:marcelo-sample": "country:mx"}),
])
def test_a_counterpart_represents_the_country_and_holds_no_post_called_counterpart(text, expected):
    b = read(text, "peers")
    represents = pairs(b, "REPRESENTS")
    assert posts(b, *expected) == {p: None for p in expected}
    for p, country in expected.items():
        assert (p, country) in represents


def test_a_surname_with_a_particle_is_named_whole():
    text = ("Nota\n\nEl presidente mexicano recibió a su homólogo guatemalteco, Bernardo Ejemplo de León, en Tapachula. "
            "Ejemplo de León agradeció la invitación. El alcalde de León asistió.\n")
    b = read(text, "particle")
    aliases = {str(a).lstrip("=") for a in persons(b)["person:bernardo-ejemplo-de-leon"].properties.get("aliases") or []}
    assert "Ejemplo de León" in aliases and "León" not in aliases


def test_an_ambassador_s_title_before_the_name():
    text = ("Press release\n\nForeign Secretary Ana Sample met Chilean Foreign Minister Tom Example in Lima today. "
            "Minister Example was accompanied by the Deputy Minister of Foreign Affairs, Amb. Luis Model.\n")
    b = read(text, "amb")
    assert posts(b, "person:luis-model") == {"person:luis-model": "Deputy Minister of Foreign Affairs"}
    assert ("person:luis-model", "country:cl") in pairs(b, "REPRESENTS")


@pytest.mark.parametrize("text, expected", [
    ("Joint statement\n\nThe Chilean delegation was represented by the Minister of Foreign Affairs Ana Sample, "
     "Minister of Security Tom Example, and Secretary of Labour Paula Model.\n",
     {"person:ana-sample": "Minister of Foreign Affairs", "person:tom-example": "Minister of Security",
      "person:paula-model": "Secretary of Labour"}),
    ("Comunicado\n\nParticiparon el Ministro de Relaciones Exteriores Pedro Muestra, Ministra de Seguridad Laura Prueba "
     "y el Director de Migración Luis Ejemplo.\n",
     {"person:pedro-muestra": "Ministro de Relaciones Exteriores", "person:laura-prueba": "Ministra de Seguridad",
      "person:luis-ejemplo": "Director de Migración"}),
])
def test_a_post_and_name_after_a_comma_belong_to_the_next_person(text, expected):
    b = read(text, "next")
    assert posts(b, *expected) == expected


def test_a_demonym_before_lower_case_post_words():
    text = ("Readout\n\nChilean deputy foreign ministers Ana Sample and Tom Example, as well as their Peruvian "
            "counterpart Luis Model, took part in the meeting in Lima on 3 May 2022.\n")
    b = read(text, "deputy")
    represents = pairs(b, "REPRESENTS")
    assert {("person:ana-sample", "country:cl"), ("person:tom-example", "country:cl"),
            ("person:luis-model", "country:pe")} <= represents
    assert ("person:luis-model", "country:cl") not in represents
