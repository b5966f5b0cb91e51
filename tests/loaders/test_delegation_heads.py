"""A delegation headed by several persons, each named with a long post ("La Delegación de X estuvo
presidida por la Subsecretaria ..., A; por la Comisionada ..., B, y por el Encargado de Negocios
..., C"; "The X delegation was led by ..., A, and by ..., B"): each takes part and represents X,
quoted on the head clause and their own part; a middle initial ("Mary A. Ryan") is no sentence
end. Every quote must be the text at its span."""
import pytest

from loaders.pipeline import extract
from tests.loaders.batches import pairs, read
from tests.loaders.test_persons_lists import _rel

ES = """Comunicado conjunto

En la ciudad de Mérida se reunió el 3 de marzo de 2001 el Grupo Binacional sobre Asuntos Fronterizos.

La Delegación de Guatemala estuvo presidida por el Viceministro de Relaciones Exteriores para Asuntos Bilaterales, Pablo J. Ejemplo; por la Directora General de Migración, Sonia Muestra Paz, y por el Encargado de Negocios de la Embajada de Guatemala en México, Raúl Prueba.
"""

ES_SIN_POR = """Comunicado conjunto

En la ciudad de Mérida se reunió el 3 de marzo de 2001 el Grupo Binacional sobre Asuntos Fronterizos.

La Delegación de Honduras estuvo encabezada por el Viceministro de Seguridad, Carlos Ejemplo Ruiz; el Director de Asuntos Consulares de la Cancillería, Mario Muestra; y la Cónsul General de Honduras en Mérida, Ana Prueba Díaz. La Delegación de Belice la presidió el Ministro del Interior, Roy Sample; el Perú estuvo representado por el Embajador Luis Ejemplo Vega.
"""

EN = """Joint communiqué

The Binational Working Group on Border Affairs met in Mérida on 3 March 2001.

The delegation of Canada was led by the Assistant Deputy Minister for Consular Affairs, Helen R. Sample; and by the Director General of the Immigration Service, Tom Example.
"""


@pytest.mark.parametrize("text, country, persons", [
    (ES, "country:gt", ["person:pablo-j-ejemplo", "person:sonia-muestra-paz", "person:raul-prueba"]),
    (EN, "country:ca", ["person:helen-r-sample", "person:tom-example"]),
    (ES_SIN_POR, "country:hn", ["person:carlos-ejemplo-ruiz", "person:mario-muestra",
                                "person:ana-prueba-diaz"]),
])
def test_every_head_of_the_delegation_takes_part_and_represents_its_country(text, country, persons):
    b = read(text, "heads")
    meeting = "event:heads:meeting"
    represents, takes_part = _rel(b, "REPRESENTS"), _rel(b, "PARTICIPATES_IN")
    assert (country, meeting) in takes_part
    for p in persons:
        assert (p, country) in represents and (p, meeting) in takes_part
    # the embassy's country of posting is not whom the chargé d'affaires represents
    assert ("person:raul-prueba", "country:mx") not in represents
    # a later head is quoted on the head clause and on the part that names them
    if text is ES_SIN_POR:      # a clause about another country is not more of Belize's head
        assert ("person:roy-sample", "country:bz") in represents
        assert ("person:luis-ejemplo-vega", "country:bz") not in represents
        return
    last = persons[-1]
    [edge] = [e for e in b.edges.values() if e.type == "REPRESENTS" and e.source == last
              and e.target == country]
    name = b.nodes[last].name
    assert edge.sources[0].quote.startswith("La Delegación de" if text is ES else "The delegation of Canada")
    assert any(s.quote.startswith(("y por ", "and by ")) and s.quote.endswith(name) for s in edge.sources)


REPRESENTED_BY_POST_EN = """Leaders' Retreat

The Leaders met in Apia on 9 June 2022. Tuvalu was represented by its Deputy Prime Minister, and Nauru by its Foreign Minister. Palau and Tonga were represented at Ministerial level. The Retreat was chaired by Samoa.
"""

REPRESENTED_BY_POST_ES = """Reunión de Cancilleres

Los cancilleres se reunieron en Asunción el 9 de junio de 2022. Bolivia estuvo representada por su Vicecanciller, y Uruguay por su Embajador, Carlos Ensayo Prieto. Chile y Perú estuvieron representados a nivel ministerial.
"""


def test_a_country_represented_by_a_post_or_at_a_level_takes_part_in_english():
    """No person is named: "was represented by its Deputy Prime Minister", the elided ", and
    Nauru by ...", and two countries "represented at Ministerial level" all take part."""
    b = extract(REPRESENTED_BY_POST_EN, "retreat", curation=False)
    meeting = "event:retreat:meeting"
    part = {s for s, t in pairs(b, "PARTICIPATES_IN") if t == meeting}
    assert {"country:tv", "country:nr", "country:pw", "country:to"} <= part
    assert not [n for n in b.nodes.values() if n.kind == "Person"]


def test_a_country_represented_by_a_post_or_at_a_level_takes_part_in_spanish():
    b = extract(REPRESENTED_BY_POST_ES, "cancilleres", curation=False)
    meeting = "event:cancilleres:meeting"
    part = {s for s, t in pairs(b, "PARTICIPATES_IN") if t == meeting}
    assert {"country:bo", "country:uy", "country:cl", "country:pe"} <= part
    # the person named in the elided clause is Uruguay's, not Bolivia's
    reps = pairs(b, "REPRESENTS")
    assert ("person:carlos-ensayo-prieto", "country:uy") in reps
    assert ("person:carlos-ensayo-prieto", "country:bo") not in reps


def test_the_second_person_of_a_clause_after_a_comma_and_and_stays_in_it():
    """", and B, Director ..." names a second person of the same country, not a new clause."""
    text = ("Meeting of Ministers\n\nThe ministers met in Quito on 3 May 2022. Chile was represented by "
            "the Minister of Energy, Ana Soto Ruiz, and Pedro Gómez Lara, Director of Mines.\n")
    b = extract(text, "ministers", curation=False)
    reps = pairs(b, "REPRESENTS")
    assert {("person:ana-soto-ruiz", "country:cl"), ("person:pedro-gomez-lara", "country:cl")} <= reps
