"""An organiser named after a sponsor's aside between commas: "organised, with support from A,
by B" (my own wording, English and Spanish). B organises the meeting, A supports it, and
neither takes part for being named there."""
import pytest

from tests.loaders.batches import pairs, read

MEETING = "event:os:meeting"


def _names(b, etype):
    return sorted(b.nodes[s].name for s, _ in pairs(b, etype, dst=MEETING))


@pytest.mark.parametrize("text, organiser, supporters", [
    ("Regional Consultation on Climate Mobility\n\nThe meeting was organised, with support from "
     "the European Union, by the Ministry of Foreign Affairs of Fiji.\n",
     "Ministry of Foreign Affairs of Fiji", ["European Union"]),
    ("Regional Consultation on Climate Mobility\n\nThe workshop was hosted, with the financial "
     "support of the European Union and IOM, by the Ministry of Labour of Samoa.\n",
     "Ministry of Labour of Samoa", ["European Union", "International Organization for Migration"]),
    ("Consulta Regional sobre Movilidad\n\nLa reunión fue organizada, con el apoyo de la Unión "
     "Europea, por el Ministerio de Relaciones Exteriores de Chile.\n",
     "Ministerio de Relaciones Exteriores de Chile", ["Unión Europea"]),
    ("Consulta Regional sobre Movilidad\n\nLa reunión fue convocada, con el apoyo de la Unión "
     "Europea y de la OIM, por el Ministerio de Trabajo del Perú.\n",
     "Ministerio de Trabajo del Perú", ["Organización Internacional para las Migraciones", "Unión Europea"]),
])
def test_the_organiser_after_a_sponsors_aside_organises_and_the_sponsor_supports(text, organiser, supporters):
    b = read(text, "os")
    assert _names(b, "ORGANISES") == [organiser]
    assert _names(b, "SUPPORTED") == supporters
    assert _names(b, "PARTICIPATES_IN") == []
    (e,) = [e for e in b.edges.values() if e.type == "ORGANISES"]
    assert e.sources[0].quote.endswith(organiser)


@pytest.mark.parametrize("text", [
    # a text prepared with support, not the meeting organised
    "Regional Consultation on Climate Mobility\n\nThe report was prepared, with support from the "
    "European Union, by the Ministry of Foreign Affairs of Fiji.\n",
    "Consulta Regional sobre Movilidad\n\nEl informe fue elaborado, con el apoyo de la Unión "
    "Europea, por el Ministerio de Relaciones Exteriores de Chile.\n",
    # opened, not organised
    "Regional Consultation on Climate Mobility\n\nThe meeting was opened, with support from the "
    "European Union, by the Ministry of Foreign Affairs of Fiji.\n",
])
def test_no_organiser_where_the_sentence_is_not_about_organising_the_meeting(text):
    b = read(text, "os")
    assert _names(b, "ORGANISES") == []
    assert _names(b, "PARTICIPATES_IN") == []
