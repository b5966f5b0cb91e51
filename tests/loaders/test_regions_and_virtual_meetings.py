"""A meeting is held in no region ("Southern Mexico and the Northern Triangle of Central America",
"el Sahel", "Centroamérica"), and a meeting the text says was virtual is held in no place; a city
the meeting is held in stays its place, also when others joined it virtually."""
from __future__ import annotations

from tests.loaders.batches import pairs, read


def _held_in(batch, doc: str) -> set[str]:
    return {t for _, t in pairs(batch, "HELD_IN", src=f"event:{doc}:meeting")}


def test_a_virtual_meeting_is_held_in_no_place_en():
    text = ("Joint declaration\n\nWashington, 1 March 2021\n\nPresident Ana Example hosted President "
            "Tom Sample on March 1 for a virtual bilateral meeting to promote development in "
            "Southern Mexico and the Northern Triangle of Central America.\n")
    assert _held_in(read(text, "v"), "v") == set()


def test_a_meeting_held_by_videoconference_is_held_in_no_place_es():
    text = ("Comunicado\n\nLima, 2 de marzo de 2021\n\nLos cancilleres de Perú y Chile se reunieron "
            "por videoconferencia en Lima el 2 de marzo de 2021.\n")
    assert _held_in(read(text, "w"), "w") == set()


def test_a_region_is_no_place_of_the_meeting():
    text_en = ("Communiqué\n\nThe ministers met on 3 May 2019 in the Sahel region to review the plan.\n")
    assert not any("sahel" in p for p in _held_in(read(text_en, "a"), "a"))
    text_es = ("Comunicado\n\nLos ministros se reunieron el 3 de mayo de 2019 en Centroamérica para "
               "revisar el plan.\n")
    assert not any("centroamerica" in p for p in _held_in(read(text_es, "b"), "b"))


def test_a_city_stays_the_place_when_others_join_virtually():
    text = ("Communiqué\n\nThe ministers met in Lima on 3 May 2019, with the virtual participation "
            "of two delegations.\n")
    assert _held_in(read(text, "c"), "c") == {"place:lima"}
    text_es = ("Comunicado\n\nLos ministros se reunieron en Lima el 3 de mayo de 2019, con la "
               "participación virtual de dos delegaciones.\n")
    assert _held_in(read(text_es, "d"), "d") == {"place:lima"}
