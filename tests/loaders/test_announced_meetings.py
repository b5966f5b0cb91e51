"""Meetings the writers announce they will hold, by a capitalised name (loaders.announced_meetings),
in texts written here (Spanish and English): an Event of its own with the date said before the
verb or after the name and the place after the name, never lent to the record's meeting; lower-case
words or a name without a meeting noun make nothing. Quotes slice the text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import read
from tests.loaders.test_cases import meeting, place_of, span_of
from tests.shared_documents import corpus_batch


def events(b) -> dict[str, str]:
    """{name: id} of the batch's Event nodes other than the record's own meeting."""
    return {n.name: i for i, n in b.nodes.items() if n.kind == "Event" and i != meeting(b)}


@pytest.mark.parametrize("text, name, place, day", [
    ("Relatoría del Encuentro 1 de Transparencia Local\n\nEl 2 de abril de 2024 se realizó el "
     "encuentro en Tegucigalpa.\n\nEn las próximas semanas compartiremos la relatoría, y el 21 de "
     "mayo de 2024 realizaremos el Encuentro Regional 2, donde presentaremos el mapa de datos.\n",
     "Encuentro Regional 2", None, "2024-05-21"),
    ("Relatoría del taller\n\nEl taller se celebró en Quito el 5 de marzo de 2023.\n\nCelebraremos "
     "la Cumbre Ciudadana de Datos el 8 de junio de 2023 en Cuenca.\n",
     "Cumbre Ciudadana de Datos", "Cuenca", "2023-06-08"),
    ("Open Data Day report\n\nThe workshop took place in Nairobi on 4 March 2022.\n\nOn 16 "
     "September 2022 we will hold the East Africa Data Summit, where the new index is launched.\n",
     "East Africa Data Summit", None, "2022-09-16"),
])
def test_meeting_the_writers_will_hold(text, name, place, day):
    b = read(text, "ann")
    ev = events(b)
    assert name in ev, sorted(ev)
    assert span_of(b, ev[name]) == {(day, day, "day")}
    assert (day, day, "day") not in span_of(b, meeting(b))
    if place:
        assert place_of(b, ev[name]) == {place}
    assert b.nodes[ev[name]].sources[0].quote == name


@pytest.mark.parametrize("text", [
    "Informe\n\nLa reunión se celebró en Lima el 3 de mayo de 2022.\n\nEl 9 de junio de 2022 "
    "realizaremos la entrega de Premios Nacionales a los ganadores.\n",
    "Report\n\nThe Board met in Leeds on 3 May 2022.\n\nOn 9 June 2022 we will hold the annual "
    "meeting of members.\n",
])
def test_no_capitalised_meeting_name_makes_no_event(text):
    b = read(text, "ann")
    assert not events(b), sorted(events(b))


def test_corpus_next_regional_forum():
    b = corpus_batch("17-foro-regional-datos-abiertos-centroamerica-2025.md")
    ev = events(b)
    assert span_of(b, ev["Foro Regional 2"]) == {("2025-08-13", "2025-08-13", "day")}
