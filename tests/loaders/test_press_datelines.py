"""The meeting frame of news releases and short notes: a dateline opening the first paragraph
("City, State; a D de M YYYY.-"), the towns a list names after "municipios de", a labelled day
written month first, and a publication date that is not the meeting's."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, read

MEETING = "event:nota:meeting"


def frame(text: str) -> tuple[set, set]:
    """(names of the places the meeting was HELD_IN, ISO values of the days it was HELD_ON)."""
    b = read(text, "nota")
    places = {b.nodes[t].name for _, t in pairs(b, "HELD_IN", src=MEETING)}
    days = {b.nodes[t].properties["date"] for _, t in pairs(b, "HELD_ON", src=MEETING)}
    return places, days


@pytest.mark.parametrize("text,place,day", [
    ("Consejo Asesor revisa su agenda\n\nQuito, Pichincha; a 7 de octubre 2031.- Integrantes del "
     "Consejo Asesor de la Red Andina de Archivos presentaron su programa anual ante la Junta.\n",
     "Quito", "2031-10-07"),
    ("Board reviews its agenda\n\nCuenca, Azuay; 7 October 2031.- Members of the Advisory Board "
     "of the Andean Archives Network presented their annual programme to the Steering Board.\n",
     "Cuenca", "2031-10-07"),
    ("Junta regional\n\nArequipa, 12 de enero de 2032 — La Junta Regional de Cuencas aprobó "
     "ayer su reglamento interno con el voto de sus nueve integrantes.\n",
     "Arequipa", "2032-01-12"),
])
def test_a_release_dateline_places_and_dates_the_meeting(text, place, day):
    places, days = frame(text)
    assert places == {place}
    assert days == {day}


def test_a_sentence_saying_where_the_meeting_sat_outweighs_the_dateline():
    text = ("Consejo Asesor revisa su agenda\n\nQuito, Pichincha; a 7 de octubre 2031.- El Consejo "
            "Asesor de la Red Andina de Archivos se reunió en Cuenca el 5 de octubre de 2031 para "
            "revisar su programa anual.\n")
    places, days = frame(text)
    assert days == {"2031-10-05"}
    assert "Cuenca" in places


def test_a_city_in_running_text_is_no_dateline():
    # the city and the day are not the paragraph's opening words: nothing places the meeting
    places, _ = frame("Nota breve\n\nLa Junta Regional recordó que en Arequipa, el 12 de enero de "
                      "2032 — según su reglamento — se aprobó el plan.\n")
    assert places == set()


@pytest.mark.parametrize("text,towns", [
    ("Plan de trabajo\n\nLa comisión propuso talleres en los municipios de Uruapan, Morelia y "
     "Zitácuaro durante el año, con apoyo de México.\n", {"Uruapan", "Morelia", "Zitácuaro"}),
    ("Work plan\n\nThe commission proposed workshops in the municipalities of Uruapan and Morelia "
     "during the year, with support from Mexico.\n", {"Uruapan", "Morelia"}),
])
def test_towns_listed_after_municipalities_are_places(text, towns):
    b = read(text, "nota")
    assert towns <= {n.name for n in b.nodes.values() if n.kind == "Place"}


@pytest.mark.parametrize("text,day", [
    ("Reunión del Grupo de Trabajo sobre Pesca\n\nFecha: octubre 7, 2031\n\nLugar: Lima, Perú\n\n"
     "Las delegaciones de Chile y Perú se reunieron para revisar el plan.\n", "2031-10-07"),
    ("Meeting of the Fisheries Working Group\n\nDate: October 7, 2031\n\nPlace: Lima, Peru\n\n"
     "The delegations of Chile and Peru met to review the plan.\n", "2031-10-07"),
])
def test_a_labelled_day_written_month_first(text, day):
    _, days = frame(text)
    assert days == {day}


def test_the_release_dateline_day_gives_way_to_the_range_that_holds_it():
    text = ("Comunicado de prensa\n\nAgosto 30, 2031\n\nLas delegaciones de Chile y Perú se "
            "reunieron en la sede de la Comisión Andina de Aguas, en la ciudad de Lima, del 27 "
            "al 30 de agosto de 2031 para revisar el plan.\n")
    b = read(text, "nota")
    held = [b.nodes[t] for _, t in pairs(b, "HELD_ON", src=MEETING)]
    assert [(n.properties["date"], n.properties["date_end"]) for n in held] == \
        [("2031-08-27", "2031-08-30")]


@pytest.mark.parametrize("head", [
    "Consejo Regional de Cuencas\n\nPublicado el 9 de noviembre de 2031",
    "Consejo Regional de Cuencas\nFecha de publicación: 9 de noviembre de 2031",
    "Regional Basin Council meeting\nPublished on November 9, 2031",
    "Regional Basin Council meeting - Posted 9 November 2031",
    "Regional Basin Council\n\nLast updated: 9 November 2031",
])
def test_the_day_a_text_was_published_is_not_the_meeting_day(head):
    body = ("Los representantes de Bolivia y Paraguay se reunieron en Tarija para revisar el "
            "caudal del río." if "Consejo" in head else
            "The representatives of Bolivia and Paraguay met in Tarija to review the river's flow.")
    places, days = frame(f"{head}\n\n{body}\n")
    assert days == set()            # the text says no day of the meeting: it has none
    assert places == {"Tarija"}


@pytest.mark.parametrize("body,day", [
    ("Los representantes de Bolivia y Paraguay se reunieron en Tarija el 6 de noviembre de 2031 "
     "para revisar el caudal del río.", "2031-11-06"),
    ("The representatives of Bolivia and Paraguay met in Tarija on 6 November 2031 to review "
     "the river's flow.", "2031-11-06"),
])
def test_the_meeting_day_the_text_states_wins_over_the_publication(body, day):
    _, days = frame(f"Consejo Regional de Cuencas\n\nPublicado el 9 de noviembre de 2031\n\n{body}\n")
    assert days == {day}


def test_a_published_date_is_still_a_date_of_the_document():
    b = read("Nota\n\nPublished on 9 November 2031\n\nThe council met in Tarija.\n", "nota")
    assert "date:2031-11-09" in b.nodes
