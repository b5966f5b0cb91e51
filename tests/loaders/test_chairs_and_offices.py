"""The chair named with two honorifics and a post ("chaired by H.E. Mr. A, Minister of Foreign
Affairs of X"; "presidida por la señora B, Ministra de ..."): the chair presides, takes part and
holds the post in the ministry the text names; an adviser of a secretariat holds the post in the
secretariat, not in the organisation it serves. Every quote must be the text at its span."""
import pytest

from loaders.post_offices import office_name
from tests.loaders.batches import pairs, read

EN = """Joint press release

The Foreign Ministers of the Member States of the Example Initiative held their meeting in Riga on 4 May 2016. It was organised by the Ministry of Foreign Affairs of the Republic of Latvia.

The meeting was chaired by H.E. Mr. Andris Sample, Minister of Foreign Affairs of the Republic of Latvia, and was attended by the Ministers of Estonia and Lithuania.
"""

ES = """Informe de la reunión

La reunión de coordinación se realizó en Lima, Perú, el 9 de octubre de 2012, convocada por el Ministerio de Relaciones Exteriores.

La reunión estuvo presidida por la señora Rosa Ejemplo Vargas, Ministra de Relaciones Exteriores, y asistieron los representantes de Bolivia y Ecuador.
"""

CANCILLER = """Comunicado conjunto

La reunión se celebró en Asunción, Paraguay, el 3 de junio de 2015 y fue presidida por el Canciller Eladio Ejemplo Ruiz, Ministro de Relaciones Exteriores del Paraguay.

La reunión contó con el apoyo del Ministerio de Relaciones Exteriores del Paraguay.
"""


@pytest.mark.parametrize("text, person, ministry", [
    (EN, "person:andris-sample", "organization:ministry-of-foreign-affairs-of-the-republic-of-latvia"),
    (ES, "person:rosa-ejemplo-vargas", "organization:ministerio-de-relaciones-exteriores"),
    (CANCILLER, "person:eladio-ejemplo-ruiz", "organization:ministerio-de-relaciones-exteriores-del-paraguay"),
])
def test_the_chair_presides_takes_part_and_holds_the_post_in_the_ministry_named(text, person, ministry):
    b = read(text, "chair")
    meeting = "event:chair:meeting"
    assert (person, meeting) in pairs(b, "PRESIDES")
    assert (person, meeting) in pairs(b, "PARTICIPATES_IN")
    assert (person, ministry) in pairs(b, "HOLDS_POST")
    assert (person, ministry) not in pairs(b, "REPRESENTS")     # a minister speaks for the state


def test_a_post_heads_only_the_office_with_the_same_complement():
    assert office_name("Ministro de Justicia y Derechos Humanos") == "ministerio de justicia y derechos humanos"
    assert office_name("Minister for Home Affairs") == "ministry for home affairs"
    assert office_name("Viceministro de Justicia") is None
    text = """Acta de la reunión

La reunión se celebró en Quito el 2 de marzo de 2018, con apoyo del Ministerio de Justicia.

La reunión estuvo presidida por el señor Pedro Muestra Ríos, Ministro de Justicia y Cultos.
"""
    b = read(text, "other")
    assert not pairs(b, "HOLDS_POST", "person:pedro-muestra-rios")


@pytest.mark.parametrize("text, person", [
    ("""Informe de la reunión

La reunión se realizó en Quito, Ecuador, el 5 de mayo de 2004.

Actuó como relator el Embajador Jorge Ejemplo Salas, Asesor de la Secretaría General de la Comunidad Andina.
""", "person:jorge-ejemplo-salas"),
    ("""Summary of the meeting

The meeting took place in Bangkok on 5 May 2004.

Ms. Ann Sample, Adviser of the General Secretariat of the Organization of American States, took notes.
""", "person:ann-sample"),
])
def test_an_official_of_a_secretariat_holds_the_post_there_not_in_its_organisation(text, person):
    b = read(text, "secretariat")
    held = pairs(b, "HOLDS_POST", person)
    assert held and all(target.startswith("body:") for _, target in held)
    assert not [t for _, t in pairs(b, "REPRESENTS", person) if t.startswith("organization:")]
