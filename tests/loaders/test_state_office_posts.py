"""An official named with a post in a ministry or an agency of a state holds that post, and
speaks for the delegation (or nobody the text names), never for the office itself; a person
posted in a civil-society organisation or an international organisation still speaks for it.
A conjunction followed by an honorific ends a name ("Soto y Lic. Paula Ibarra": two persons).
Every quote must be the text at its span."""
import pytest

from tests.loaders.batches import read
from tests.loaders.test_persons_lists import _rel


def _persons(b) -> set[str]:
    return {n.name for n in b.nodes.values() if n.kind == "Person"}


def _office(b, name: str) -> str:
    (oid,) = [n.id for n in b.nodes.values() if n.kind == "Organization" and n.name == name]
    return oid


@pytest.mark.parametrize("text, person, office, country", [
    ("Informe\n\nLa Delegación de Chile estuvo encabezada por la Directora del Servicio de "
     "Migraciones, Carla Ejemplo Soto, quien presentó el informe anual.\n",
     "person:carla-ejemplo-soto", "Servicio de Migraciones", "country:cl"),
    ("Informe\n\nLa Delegación de Perú estuvo presidida por el Comisionado del Instituto de "
     "Protección Consular, Raúl Muestra Paz.\n",
     "person:raul-muestra-paz", "Instituto de Protección Consular", "country:pe"),
    ("Report\n\nThe Delegation of Canada was led by the Director of the Refugee Protection "
     "Agency, Helen Sample, who thanked the hosts.\n",
     "person:helen-sample", "Refugee Protection Agency", "country:ca"),
])
def test_an_official_holds_the_post_and_speaks_for_the_delegation(text, person, office, country):
    b = read(text, "state-office")
    oid = _office(b, office)
    assert (person, oid) in _rel(b, "HOLDS_POST")
    assert (person, oid) not in _rel(b, "REPRESENTS")
    assert (person, country) in _rel(b, "REPRESENTS")
    for e in b.edges.values():
        if e.type == "HOLDS_POST" and e.source == person:
            assert office in e.sources[0].quote


def test_a_post_named_after_the_person_still_names_the_office():
    text = ("Comunicado\n\nLa sesión fue cerrada por Lucía Ejemplo, Directora de la Agencia de Cooperación "
            "Internacional.\n")
    b = read(text, "state-office-after")
    oid = _office(b, "Agencia de Cooperación Internacional")
    assert ("person:lucia-ejemplo", oid) in _rel(b, "HOLDS_POST")
    assert ("person:lucia-ejemplo", oid) not in _rel(b, "REPRESENTS")


def test_a_civil_society_organisation_is_still_spoken_for():
    text = ("Comunicado\n\nEl foro fue abierto por Marta Ejemplo, Presidenta de la Fundación "
            "Ciudadana de Transparencia.\n")
    b = read(text, "civil-society")
    oid = _office(b, "Fundación Ciudadana de Transparencia")
    assert ("person:marta-ejemplo", oid) in _rel(b, "REPRESENTS")


@pytest.mark.parametrize("text, first, second", [
    ("Acta\n\nEn la reunión participaron el Mtro. Jorge Luis Ejemplo y Lic. Paula Muestra, "
     "por parte de la Secretaría Técnica.\n", "Jorge Luis Ejemplo", "Paula Muestra"),
    ("Minutes\n\nThe session was opened by Mr. Peter Sample and Dr. Anne Example, who "
     "welcomed the delegations.\n", "Peter Sample", "Anne Example"),
    ("Acta\n\nFirmaron la Dra. Rosa Ejemplo Paz y Sr. Tomás Modelo en nombre de sus "
     "instituciones.\n", "Rosa Ejemplo Paz", "Tomás Modelo"),
])
def test_a_conjunction_before_an_honorific_ends_a_name(text, first, second):
    b = read(text, "two-honorifics")
    names = _persons(b)
    assert {first, second} <= names
    assert not [n for n in names if " y " in n or " and " in n]
