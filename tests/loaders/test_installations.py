"""The installation or inauguration of a body as an event of its own (loaders.installations), in
texts written here (Spanish and English): named from the cue noun to the body, held where and
when the sentence says, never lent to the record's meeting; a seat written twice ("la sede de la
Organización de los Estados Americanos", "la Sede de la OEA") is one Place. Quotes slice the text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import read
from tests.loaders.test_cases import meeting, place_of, span_of
from tests.shared_documents import corpus_batch


def events(b) -> dict[str, str]:
    """{name: id} of the batch's Event nodes other than the record's own meeting."""
    return {n.name: i for i, n in b.nodes.items() if n.kind == "Event" and i != meeting(b)}


@pytest.mark.parametrize("text, name, place, day", [
    ("Comunicado conjunto\n\nLos cancilleres de Chile y Perú se reunieron en Lima el 2 de mayo de "
     "2019.\n\nAmbos Gobiernos presidirán la instalación de la Comisión Binacional de Fronteras en "
     "la sede de la Organización de los Estados Americanos el 15 de junio de 2019.\n",
     "Instalación de la Comisión Binacional de Fronteras",
     "sede de la Organización de los Estados Americanos", "2019-06-15"),
    ("Joint Statement\n\nThe Ministers of Fiji and Samoa met in Apia on 2 April 2021.\n\nMinisters "
     "agreed that the inauguration of the Joint Commission on Fisheries will take place in Suva on "
     "3 May 2021.\n",
     "Inauguration of the Joint Commission on Fisheries", "Suva", "2021-05-03"),
])
def test_installation_of_a_body_is_an_event_with_its_place_and_day(text, name, place, day):
    b = read(text, "inst")
    ev = events(b)
    assert name in ev, sorted(ev)
    assert place_of(b, ev[name]) == {place}
    assert span_of(b, ev[name]) == {(day, day, "day")}
    assert (day, day, "day") not in span_of(b, meeting(b))
    assert place not in place_of(b, meeting(b))


def test_installation_neither_placed_nor_dated_makes_no_event():
    b = read("Joint Statement\n\nThe Ministers of Fiji and Samoa met in Apia on 2 April 2021.\n\n"
             "They also discussed the installation of the Steering Committee.\n", "inst")
    assert not [n for n in events(b) if "installation" in n.lower()]


def test_a_seat_written_twice_is_one_place():
    b = read("Comunicado de prensa\n\nLos representantes de Belice y Guatemala se reunieron en la "
             "sede de la Organización de los Estados Americanos (OEA), en Washington, el 3 de "
             "marzo de 2001.\n\nLos Ministros presidirán la instalación de la Comisión Binacional "
             "de Límites en la Sede de la OEA el 30 de abril de 2001.\n", "seat")
    ev = events(b)
    name = "Instalación de la Comisión Binacional de Límites"
    assert name in ev, sorted(ev)
    seats = [i for i, n in b.nodes.items() if n.kind == "Place" and n.name.lower().startswith("sede")]
    assert len(seats) == 1, seats
    assert {e.target for e in b.edges.values() if e.type == "HELD_IN" and e.source == ev[name]} \
        == set(seats)


def test_corpus_installation_of_the_panel():
    b = corpus_batch("13-oea-comunicado-belice-guatemala-2000.txt")
    ev = events(b)
    assert span_of(b, ev["Instalación del Panel de Conciliadores"]) == \
        {("2000-08-31", "2000-08-31", "day")}
    held_in = [e for e in b.edges.values()
               if e.type == "HELD_IN" and e.source == ev["Instalación del Panel de Conciliadores"]]
    assert [s.quote for e in held_in for s in e.sources] == ["Sede de la OEA"]
    # the seat the meeting itself was held in, written in full earlier: one Place
    assert held_in[0].target in {e.target for e in b.edges.values()
                                 if e.type == "HELD_IN" and e.source == meeting(b)}
