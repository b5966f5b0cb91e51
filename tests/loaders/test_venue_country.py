"""A country said as where the meeting is ("se reunieron en Lima, Perú", "met in Mexico City,
Mexico") does not take part for being the venue; the countries whose ministers or delegations
met do. Every quote must be the text at its span."""
import pytest

from tests.loaders.batches import read


def _participants(b) -> set[str]:
    meeting = f"event:{b.document}:meeting"
    return {e.source for e in b.edges.values() if e.type == "PARTICIPATES_IN" and e.target == meeting}


@pytest.mark.parametrize("text, takes_part, venue", [
    ("Acta\n\nEn la ciudad de Quito, Ecuador, a los 4 días del mes de mayo de 2016, se reunieron "
     "las delegaciones de Chile y Bolivia.\n", {"country:cl", "country:bo"}, "country:ec"),
    ("Press release\n\nThe Ministers of Foreign Affairs of Guatemala and Honduras held a meeting in "
     "Mexico City, Mexico, on 12 June 2018.\n", {"country:gt", "country:hn"}, "country:mx"),
    ("Comunicado\n\nLos representantes de Perú y Colombia se reunieron en Paraguay el 2 de abril "
     "de 2019 para revisar la agenda consular.\n", {"country:pe", "country:co"}, "country:py"),
])
def test_the_venue_country_does_not_take_part(text, takes_part, venue):
    b = read(text, "venue")
    assert takes_part <= _participants(b)
    assert venue not in _participants(b)


def test_a_country_named_as_a_participant_still_takes_part():
    # "de" names whose ministers met, not where: Ecuador takes part
    text = ("Comunicado\n\nLos cancilleres de Ecuador y Perú se reunieron en Lima el 5 de marzo "
            "de 2017.\n")
    b = read(text, "venue-not")
    assert {"country:ec", "country:pe"} <= _participants(b)
