"""Rolls grouped under a country's heading ("Por la República de Chile:", "For the Government of
Canada:", "Delegación de Chile:", "Peru delegation:") then one person after another, each with a
post that may hold commas and "y": each person represents that country and takes part; a
capitalised particle inside a name ("De", "Del") keeps the name whole and the post's complement
after a comma is never a person; a state office named in the entry is where the post is held.
Every quote must be the text at its span."""
import pytest

from tests.loaders.batches import pairs, read

INLINE_ES = """Acta de la III Reunión Binacional de Gabinetes

Se reunieron en la ciudad de Mendoza, el 4 de mayo de 2016, los siguientes Ministros: Por la República de Chile: Señor Tomás Ejemplo Rojas, Ministro de Economía, Fomento y Turismo, Señor Ramiro Del Prueba, Subsecretario de Asuntos Regionales, Agua y Energía. Ministerio de Energía y Minería, Señora Paula Muestra Díaz, Ministra de Obras Públicas, Por la República del Paraguay: Señor Hugo Ensayo Vera, Ministro de Industria y Comercio.
"""

LINES_EN = """Record of the Joint Commission meeting

The Joint Commission met in Ottawa on 12 June 2015.

For the Government of Canada:
Ms. Helen Sample, Deputy Minister of Immigration, Refugees and Citizenship
Mr. Tom Example, Director General, Consular Affairs

Peru delegation:
Mr. Luis Example Vega, Vice Minister of Foreign Affairs
"""

DELEGACION_ES = """Minuta de la reunión técnica

La reunión técnica se celebró en Quito el 2 de marzo de 2018.

Delegación de Colombia:
Sr. Andrés Prueba Gómez, Director de Asuntos Migratorios, Consulares y de Servicio al Ciudadano

Delegación del Ecuador:
Sra. Lucía Ejemplo Mora, Viceministra de Movilidad Humana
"""


@pytest.mark.parametrize("text, expected", [
    (INLINE_ES, {"person:tomas-ejemplo-rojas": "country:cl", "person:paula-muestra-diaz": "country:cl",
                 "person:ramiro-del-prueba": "country:cl", "person:hugo-ensayo-vera": "country:py"}),
    (LINES_EN, {"person:helen-sample": "country:ca", "person:tom-example": "country:ca",
                "person:luis-example-vega": "country:pe"}),
    (DELEGACION_ES, {"person:andres-prueba-gomez": "country:co", "person:lucia-ejemplo-mora": "country:ec"}),
])
def test_each_person_of_a_roll_represents_the_country_of_its_heading_and_takes_part(text, expected):
    b = read(text, "roll")
    meeting = "event:roll:meeting"
    represents, takes_part = pairs(b, "REPRESENTS"), pairs(b, "PARTICIPATES_IN")
    for person, country in expected.items():
        assert (person, country) in represents
        assert (person, meeting) in takes_part
        assert (country, meeting) in takes_part
        others = {c for p, c in represents if p == person and c.startswith("country:")}
        assert others == {country}          # the next heading's country is not theirs
    [edge] = [e for e in b.edges.values() if e.type == "REPRESENTS" and e.source == next(iter(expected))]
    quotes = [s.quote for s in edge.sources]
    assert any(q.endswith(":") for q in quotes) and b.nodes[edge.source].name in quotes


def test_a_post_with_commas_gives_no_person_and_a_particle_keeps_the_name_whole():
    b = read(INLINE_ES, "roll")
    persons = {n.name for n in b.nodes.values() if n.kind == "Person"}
    assert persons == {"Tomás Ejemplo Rojas", "Paula Muestra Díaz", "Ramiro Del Prueba", "Hugo Ensayo Vera"}
    assert b.nodes["person:tomas-ejemplo-rojas"].properties["post"].startswith("Ministro de Economía")


def test_a_state_office_named_in_the_entry_is_where_the_post_is_held():
    b = read(INLINE_ES, "roll")
    held = pairs(b, "HOLDS_POST", "person:ramiro-del-prueba")
    assert held == {("person:ramiro-del-prueba", "organization:ministerio-de-energia-y-mineria")}
    assert not pairs(b, "HOLDS_POST", "person:paula-muestra-diaz")
    assert ("person:ramiro-del-prueba", "organization:ministerio-de-energia-y-mineria") not in pairs(b, "REPRESENTS")


def test_prose_naming_a_country_before_a_colon_is_no_roll():
    text = """Comunicado conjunto

La reunión se celebró en Lima el 3 de abril de 2019. Los ministros agradecieron el apoyo brindado por la República del Perú: el Canciller Mario Ejemplo Soto, Ministro de Relaciones Exteriores, abrió la sesión.
"""
    b = read(text, "prose")
    assert ("person:mario-ejemplo-soto", "event:prose:meeting") not in pairs(b, "PARTICIPATES_IN")


POST_FIRST_ES = """Declaración de la Reunión de Gabinetes

Se reunieron en la ciudad de Salta, el 9 de abril de 2012, los siguientes Ministros:
Por la República del Perú:
Sr. Ministro de Comercio Exterior y Turismo, Mario Ejemplo Vega
Sr. Ministro de Producción, Industria y Pesca, Jorge Muestra Ríos
Sra. Ministra de Desarrollo e Inclusión Social, Lucía Prueba Paz
"""


def test_a_roll_of_post_then_name_lines_keeps_each_name_to_its_line():
    b = read(POST_FIRST_ES, "lines")
    persons = {n.name: n.properties["post"] for n in b.nodes.values() if n.kind == "Person"}
    # the next line's "Sr." is no surname; "Industria y Pesca" after the post's comma is its complement
    assert persons == {"Mario Ejemplo Vega": "Ministro de Comercio Exterior y Turismo",
                       "Jorge Muestra Ríos": "Ministro de Producción, Industria y Pesca",
                       "Lucía Prueba Paz": "Ministra de Desarrollo e Inclusión Social"}
    represents = pairs(b, "REPRESENTS")
    assert {("person:mario-ejemplo-vega", "country:pe"), ("person:jorge-muestra-rios", "country:pe"),
            ("person:lucia-prueba-paz", "country:pe")} <= represents
