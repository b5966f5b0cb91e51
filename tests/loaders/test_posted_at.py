"""A person posted abroad represents the country that sent them, not the country or
organisation where they are posted: "el Embajador de Chile en Argentina", "the Ambassador of
Peru to Canada", "la Representante Permanente de Colombia ante la OEA". Every quote must be the
text at its span."""
import pytest

from loaders.pipeline import extract
from tests.loaders.batches import check_spans as _check_spans
from tests.loaders.test_persons_lists import _rel


@pytest.mark.parametrize("text, person, sender, posting", [
    ("Asistieron el Embajador de Chile en Argentina, Rodrigo Ejemplo Vial, y otros funcionarios.",
     "person:rodrigo-ejemplo-vial", "country:cl", "country:ar"),
    ("Intervino la Embajadora de los Estados Unidos en México, Laura Muestra, para cerrar.",
     "person:laura-muestra", "country:us", "country:mx"),
    ("The Ambassador of Peru to Canada, Julio Sample, presented the report.",
     "person:julio-sample", "country:pe", "country:ca"),
    ("The meeting heard the Ambassador of Brazil to the United States, Paulo Exemplo.",
     "person:paulo-exemplo", "country:br", "country:us"),
])
def test_the_country_of_posting_is_not_represented(text, person, sender, posting):
    b = extract("Comunicado\n\n" + text + "\n", "posted", curation=False)
    _check_spans(b)
    represents = _rel(b, "REPRESENTS")
    assert (person, sender) in represents
    assert (person, posting) not in represents


def test_a_country_named_without_a_posting_preposition_is_still_represented():
    # "de" is whom the post belongs to: both post phrases still give their country
    text = ("Comunicado\n\nParticiparon el Viceministro de Relaciones Exteriores de Bolivia, "
            "Tomás Ejemplo, y la Ministra del Interior de Uruguay, Rosa Muestra.\n")
    b = extract(text, "posted-de", curation=False)
    _check_spans(b)
    represents = _rel(b, "REPRESENTS")
    assert ("person:tomas-ejemplo", "country:bo") in represents
    assert ("person:rosa-muestra", "country:uy") in represents
