"""A meeting whose day is followed by its place after a comma ("met on 13 October 2017, Jakarta,
Indonesia", "se reunieron el 3 de mayo de 2019, Quito, Ecuador") is held there, not in the place
of a later meeting the text names. Texts written for the test."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, read

MEETING = "event:d:meeting"


@pytest.mark.parametrize("text,place,day", [
    ("Joint statement\n\nThe two ministers met on 13 October 2017, Jakarta, Indonesia, to discuss "
     "the crisis. They will meet again in Bangkok next year.\n", "place:jakarta", "date:2017-10-13"),
    ("Joint communiqué\n\nThe delegations of Peru and Chile met on 2 March 2020, Lima, Peru. They "
     "agreed to meet in Santiago in June.\n", "place:lima", "date:2020-03-02"),
    ("Comunicado conjunto\n\nLos cancilleres de Chile y Perú se reunieron el 3 de mayo de 2019, "
     "Quito, Ecuador, para revisar la agenda.\n", "place:quito", "date:2019-05-03"),
])
def test_the_place_after_the_day_is_where_the_meeting_sat(text, place, day):
    batch = read(text)
    assert pairs(batch, "HELD_IN", MEETING) == {(MEETING, place)}
    assert pairs(batch, "HELD_ON", MEETING) == {(MEETING, day)}
