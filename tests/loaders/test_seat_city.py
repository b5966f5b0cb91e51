"""A meeting held at a body's seat in a named city is held in that city: "at the headquarters of
the League in Cairo", "en la sede de la Liga en El Cairo" give HELD_IN Cairo, not a Place named
after the body; a seat named where the meeting is not said to be held places nothing."""
from tests.loaders.batches import pairs, read

EN = "Report of the Fifth Meeting of Trade Ministers\n\n"
ES = "Acta de la Quinta Reunión de Ministros de Comercio\n\n"
MEETING = "event:d:meeting"


def places(batch) -> set[str]:
    """The ids of the places the document's meeting is held in."""
    return {t for _, t in pairs(batch, "HELD_IN", src=MEETING)}


def test_held_at_the_headquarters_of_a_body_in_a_city_is_held_in_the_city():
    b = read(EN + "The Fifth Meeting of Trade Ministers was held at the headquarters of the League "
             "in Cairo on 2 March 2024.\n")
    assert places(b) == {"place:cairo"}
    assert "place:d:league" not in b.nodes


def test_took_place_at_the_headquarters_of_the_commission_in_nairobi():
    b = read(EN + "The meeting took place at the headquarters of the Commission in Nairobi on 2 March 2024.\n")
    assert places(b) == {"place:nairobi"}


def test_celebrada_en_la_sede_de_la_liga_en_el_cairo_es_en_el_cairo():
    b = read(ES + "La Quinta Reunión se celebró en la sede de la Liga en El Cairo el 2 de marzo de 2024.\n")
    assert places(b) == {"place:cairo"}
    assert "place:d:liga" not in b.nodes


def test_reunidos_en_la_sede_de_la_secretaria_en_asuncion():
    b = read(ES + "Los ministros se reunieron en la sede de la Secretaría en Asunción el 2 de marzo de 2024.\n")
    assert places(b) == {"place:asuncion"}


def test_a_seat_visited_or_to_be_visited_does_not_place_the_meeting():
    b = read(EN + "The ministers met by videoconference on 2 March 2024. The ministers visited the "
             "headquarters of the League in Cairo.\n")
    assert places(b) == set()
    b = read(ES + "La reunión se realizó por videoconferencia el 2 de marzo de 2024. Se acordó "
             "visitar la sede de la Cancillería en Lima.\n")
    assert places(b) == set()
