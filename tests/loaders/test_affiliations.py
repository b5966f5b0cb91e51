"""Persons named with the organisation or country they come from, without post or title
(loaders/affiliations.py): "A y B del Observatorio X presentaron", "C, de la Fundación Y,
señaló", "D de Uruguay", "E of the Open Data Institute". Documents written for these tests."""
from loaders.affiliations import given_name
from loaders.pipeline import extract
from tests.loaders.batches import read

FORO = """Foro Regional de Datos Abiertos

Durante el foro, Lucía Benavides y Marcos Quintero del Observatorio Ciudadano de Datos presentaron los resultados del estudio. Carolina Ferrer, de la Fundación Ciudadanía Activa, señaló los retos pendientes. También participó Daniel Esquivel de Uruguay.
"""

WORKSHOP = """Open Data Workshop: summary

At the session, Rebecca Hale of the Open Data Institute presented the new index. Tom Baxter from the Civic Data Institute spoke next.
"""

NOT_PERSONS = """Foro Regional de Datos Abiertos

El Foro Regional de Datos Abiertos de Uruguay y la Red Ciudadana de Transparencia del Observatorio Ciudadano de Datos presentaron el informe.
"""


def _represents(b):
    return {(e.source, e.target) for e in b.edges.values() if e.type == "REPRESENTS"}


def test_persons_before_the_organisation_they_come_from_es():
    b = read(FORO, "foro")
    rep = _represents(b)
    obs = "organization:observatorio-ciudadano-de-datos"
    assert ("person:lucia-benavides", obs) in rep and ("person:marcos-quintero", obs) in rep
    assert ("person:carolina-ferrer", "organization:fundacion-ciudadania-activa") in rep
    assert ("person:daniel-esquivel", "country:uy") in rep
    edge = next(e for e in b.edges.values() if e.type == "REPRESENTS" and e.source == "person:marcos-quintero")
    assert edge.sources[0].quote == "Marcos Quintero del Observatorio Ciudadano de Datos"


def test_persons_of_and_from_an_organisation_en():
    b = read(WORKSHOP, "workshop")
    persons = {n.id for n in b.nodes.values() if n.kind == "Person"}
    assert {"person:rebecca-hale", "person:tom-baxter"} <= persons
    # English "of"/"from" after a name was already read as the person's post in the organisation
    tied = {(e.source, e.target) for e in b.edges.values() if e.type in ("REPRESENTS", "HOLDS_POST")}
    assert ("person:tom-baxter", "organization:civic-data-institute") in tied
    assert ("person:rebecca-hale", "organization:open-data-institute") in tied


def test_names_of_organisations_are_not_persons():
    b = extract(NOT_PERSONS, "not-persons", curation=False)
    assert not [n for n in b.nodes.values() if n.kind == "Person"]


def test_given_names():
    assert given_name("Lucía") and given_name("Tom")
    assert not given_name("Observatorio") and not given_name("Datos")
