"""Speakers named after their quotation ("“...”, dijo Ana Ruiz, ministra ...", '"...," said Tom
Hale'), a person's post with the country's adjective after it ("ministra de Comercio peruana"),
a speaker for a country that the readout has at the meeting takes part, and each name of a list
after a plural post ("los cancilleres A, de Chile; B, de Perú") represents the country after it.
Every quote must be the text at its span."""
import pytest

from tests.loaders.batches import pairs, read

ES = """Reunión de ministros de comercio

Los ministros de comercio de Perú, Chile y Colombia se reunieron hoy en Lima.
“Hemos dado un paso firme hacia la integración de nuestros mercados”, dijo Lucía Ensayo, ministra de Comercio Exterior peruana.
Tomás Borrador, ministro de Economía de EE. UU., expresó: “seguiremos con atención este proceso”.
"""

EN = """Trade ministers meeting

The trade ministers of Peru, Chile and Colombia met today in Lima.
"We have taken a firm step towards joining our markets," said Lucy Essay, Minister of Foreign Trade of Peru.
"""


def _said(batch) -> set:
    return {s for s, _ in pairs(batch, "SAID")}


@pytest.mark.parametrize("text, speaker, country", [
    (ES, "person:lucia-ensayo", "country:pe"),
    (EN, "person:lucy-essay", "country:pe"),
])
def test_a_quotation_then_its_speaker_is_said_by_that_speaker(text, speaker, country):
    b = read(text, "quoted")
    assert speaker in _said(b)
    [statement] = [t for s, t in pairs(b, "SAID") if s == speaker]
    assert "firm" in b.nodes[statement].properties["text"] or "firme" in b.nodes[statement].properties["text"]
    assert (speaker, country) in pairs(b, "REPRESENTS")
    # she speaks for a country the readout has at the meeting: she is there
    assert (speaker, "event:quoted:meeting") in pairs(b, "PARTICIPATES_IN")


def test_the_adjective_of_a_country_after_a_post_says_whom_the_person_represents():
    b = read(ES, "quoted")
    [edge] = [e for e in b.edges.values() if e.type == "REPRESENTS" and e.source == "person:lucia-ensayo"]
    assert edge.target == "country:pe"
    assert edge.sources[0].quote.endswith("peruana")


def test_a_country_inside_the_post_of_an_apposed_speaker_does_not_speak():
    b = read(ES, "quoted")
    said = _said(b)
    assert "person:tomas-borrador" in said
    assert "country:us" not in said


def test_an_adjective_inside_an_organisation_s_name_is_no_country_of_the_person():
    text = """Foro de investigación

Los investigadores de Chile y Perú se reunieron hoy en Santiago.
“Los datos abiertos ayudan”, dijo Ana Prueba, directora del Instituto Mexicano de Estadística Aplicada.
"""
    b = read(text, "inst")
    assert ("person:ana-prueba", "country:mx") not in pairs(b, "REPRESENTS")


@pytest.mark.parametrize("text, org", [
    ("""Foro ciudadano por la transparencia

Organizaciones civiles se reunieron hoy en Ciudad de México para analizar el acceso a la información.
Ana Ejemplo, presidenta de la Asociación Mexicana de Archivistas, destacó que “sin archivos no hay memoria”.
""", "Asociación Mexicana de Archivistas"),
    ("""Civil society forum on open data

Civil society organisations met today in London to discuss open data.
Tom Sample, Director of the Association of Archive Keepers, stressed that open records matter.
""", "Association of Archive Keepers"),
])
def test_an_organisation_whose_representative_speaks_takes_part(text, org):
    b = read(text, "forum")
    [oid] = [i for i, n in b.nodes.items() if n.kind == "Organization" and n.name == org]
    speaker = next(s for s, t in pairs(b, "REPRESENTS") if t == oid)
    assert speaker in _said(b)
    assert (oid, "event:forum:meeting") in pairs(b, "PARTICIPATES_IN")


def test_an_official_of_a_state_office_who_speaks_brings_no_office_in():
    text = """Reunión técnica

Los equipos técnicos de Chile y Perú se reunieron hoy en Lima.
Ana Ejemplo, directora del Servicio Nacional de Migraciones de Chile, destacó que “la cooperación avanza”.
"""
    b = read(text, "office")
    offices = {i for i, n in b.nodes.items() if n.kind == "Organization"}
    assert not {s for s, t in pairs(b, "PARTICIPATES_IN") if s in offices}


@pytest.mark.parametrize("text, person", [
    ("""Comunicado de prensa

Las delegaciones de Chile y Perú se reunieron en Lima del 3 al 5 de mayo de 2001. El Doctor Pablo Ejemplo, Subdirector de Asuntos Jurídicos, sirvió de testigo de las reuniones.
""", "person:pablo-ejemplo"),
    ("""Press release

The delegations of Chile and Peru met in Lima from 3 to 5 May 2001. Dr. Paul Sample, Deputy Director for Legal Affairs, served as witness of the talks.
""", "person:paul-sample"),
])
def test_a_witness_of_the_talks_takes_part(text, person):
    b = read(text, "witness")
    assert (person, "event:witness:meeting") in pairs(b, "PARTICIPATES_IN")


@pytest.mark.parametrize("text, expected", [
    ("""Reunión de cancilleres

Los cancilleres de la región se reunieron hoy en Quito.
En la declaración coincidieron los cancilleres Ana Ejemplo Ruiz, de Chile; Luis Muestra Paz, de Perú y Carla Prueba Gil, de Bolivia.
""", {"person:ana-ejemplo-ruiz": "country:cl", "person:luis-muestra-paz": "country:pe",
      "person:carla-prueba-gil": "country:bo"}),
    ("""Foreign ministers meeting

The foreign ministers of the region met today in Quito.
The statement was backed by foreign ministers Anne Sample, of Chile, and Louis Model, of Peru.
""", {"person:anne-sample": "country:cl", "person:louis-model": "country:pe"}),
])
def test_each_name_of_a_list_after_a_plural_post_represents_the_country_after_it(text, expected):
    b = read(text, "list")
    represents = pairs(b, "REPRESENTS")
    for person, country in expected.items():
        assert (person, country) in represents
        assert {t for s, t in represents if s == person and t.startswith("country:")} == {country}
