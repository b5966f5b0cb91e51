"""Who chaired the meeting: "The meeting was chaired by Mr. X" (an honorific between the verb
and the name), and a shared chair: "co-chaired by Ms. A, <post>, and Mr. B, <post>",
"copresidida por la Sra. A y el Sr. B": each PRESIDES the meeting with role co_chair. Every
quote must be the text at its span."""
import pytest

from tests.loaders.batches import read


def _presides(b) -> dict[str, str | None]:
    meeting = f"event:{b.document}:meeting"
    return {e.source: e.properties.get("role") for e in b.edges.values()
            if e.type == "PRESIDES" and e.target == meeting}


@pytest.mark.parametrize("text, chair", [
    ("Summary\n\nThe Fourth Meeting of the Coastal Migration Dialogue was held in Suva, Fiji, on 3 "
     "May 2018. The meeting was chaired by Mr. Tevita Example, Permanent Secretary for Foreign "
     "Affairs.\n", "person:tevita-example"),
    ("Acta\n\nLa Quinta Reunión del Comité Técnico se realizó en Lima el 9 de julio de 2019. La "
     "reunión fue presidida por la Sra. Carmen Muestra, Directora de Asuntos Consulares.\n",
     "person:carmen-muestra"),
])
def test_chaired_by_an_honorific_and_a_name(text, chair):
    b = read(text, "chaired")
    assert _presides(b) == {chair: None}


@pytest.mark.parametrize("text, chairs", [
    ("Joint Statement\n\nThe Second Regional Dialogue on Labour Mobility was held in Lima, Peru, on "
     "4 April 2019. The meeting was co-chaired by Ms. Rosa Sample, Vice Minister of Labour of Peru, "
     "and Mr. John Example, Deputy Minister of Labour of Canada.\n",
     {"person:rosa-sample", "person:john-example"}),
    ("Acta\n\nLa Tercera Reunión del Grupo de Trabajo sobre Movilidad Laboral se realizó en Quito, "
     "Ecuador, el 8 de junio de 2021. La reunión fue copresidida por la Sra. Ana Muestra y el Sr. "
     "Pablo Ejemplo.\n", {"person:ana-muestra", "person:pablo-ejemplo"}),
])
def test_co_chaired_by_gives_every_co_chair(text, chairs):
    b = read(text, "co-chaired")
    assert _presides(b) == {c: "co_chair" for c in chairs}
    for e in b.edges.values():
        if e.type == "PRESIDES":
            name = b.nodes[e.source].name
            assert any(name in s.quote for s in e.sources)
