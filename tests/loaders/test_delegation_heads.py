"""A delegation headed by several persons, each named with a long post ("La Delegación de X estuvo
presidida por la Subsecretaria ..., A; por la Comisionada ..., B, y por el Encargado de Negocios
..., C"; "The X delegation was led by ..., A, and by ..., B"): each takes part and represents X,
quoted on the head clause and their own part; a middle initial ("Mary A. Ryan") is no sentence
end. Every quote must be the text at its span."""
import pytest

from tests.loaders.batches import read
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
