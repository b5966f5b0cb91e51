"""Kinds of failure found on documents the rules had not seen, each in our own wording:

- a venue named by a translated city name ("the White House" is an alternate name of
  Casablanca in GeoNames) is the building, a Place of its own, never that city;
- "Secretaría de Relaciones Exteriores", "Secretaría de Gobernación": a government's ministry
  (an Organization), not a forum's secretariat (a Body) like "Secretaría Técnica";
- a name read off a hard-wrapped line is shown on one line (its quote keeps the line break);
- a copied web page's counters ("3 downloads 41 Views 210KB Size Report") and a header line
  that lists names are never the title; a document's first line alone, as a heading, is;
- minutes whose top headings say "Agenda" keep their meeting.
"""
from __future__ import annotations

import pytest

from loaders.reading.metadata import find_title, title_text
from tests.loaders.batches import named, pairs, read

MEETING = "event:d:meeting"


@pytest.mark.parametrize("text,venue", [
    ("Readout of the talks\n\nThe Deputy Secretary received the Foreign Minister of Chile at the "
     "White House on 4 March 2022 to review migration cooperation.\n", "White House"),
    ("Readout of the talks\n\nThe two delegations met at Government House on 4 March 2022 to "
     "review the plan of work.\n", "Government House"),
])
def test_a_venue_is_the_building_not_a_city_with_that_alternate_name(text, venue):
    batch = read(text)
    places = named(batch, "Place")
    assert venue in places and "Casablanca" not in places, places
    assert pairs(batch, "HELD_IN", MEETING) == {(MEETING, places[venue].id)}
    assert places[venue].id != "place:casablanca"


def test_a_city_is_still_read_by_its_own_name_next_to_a_venue():
    batch = read("Joint statement\n\nThe ministers met in Casablanca on 9 May 2019 and agreed to "
                 "meet again in Rabat.\n")
    assert pairs(batch, "HELD_IN", MEETING) == {(MEETING, "place:casablanca")}


@pytest.mark.parametrize("name", ["Secretaría de Gobernación", "Secretaría de Relaciones Exteriores",
                                  "Secretaría de Estado de Migraciones", "Secretaría de Salud"])
def test_a_secretaria_of_a_policy_area_is_a_ministry(name):
    batch = read(f"Comunicado conjunto\n\nFuncionarios de la {name} y de la Secretaría Técnica "
                 f"de la Conferencia se reunieron en Lima el 2 de junio de 2015.\n")
    orgs, bodies = named(batch, "Organization"), named(batch, "Body")
    assert name in orgs and name not in bodies, (orgs.keys(), bodies.keys())
    assert orgs[name].properties.get("subtype") == "ministry"
    assert any(n.startswith("Secretaría Técnica") for n in bodies), bodies.keys()


def test_a_name_broken_over_two_lines_is_shown_on_one():
    text = ("Readout of the meeting\n\nThe Special Envoy met the Minister of the Interior of Peru\n"
            "at the Blue\nHouse on 12 May 2021 and discussed the route.\n")
    batch = read(text)
    places = named(batch, "Place")
    assert "Blue House" in places, places
    quote = places["Blue House"].sources[0].quote
    assert "\n" in quote                     # the quote is the text as written


@pytest.mark.parametrize("text,title", [
    ("Regional Steering Group - IOM\n\n3 downloads 41 Views 210KB Size Report\nMar 2, 2018 - notes "
     "of the call ...\n\nAgenda item\n\nThe group reviewed the pending points.\n",
     "Regional Steering Group - IOM"),
    ("Grupo Técnico de Retorno\n\n12 descargas 3 vistas\n\n2 de marzo de 2018 OIM, ACNUR, CICR, "
     "Cruz Roja, Ministerio del Interior, Policía Nacional\n\nLos presentes revisaron los puntos "
     "pendientes.\n", "Grupo Técnico de Retorno"),
])
def test_page_counters_and_a_list_line_are_not_the_title(text, title):
    assert title_text(text, find_title(text)) == title


def test_minutes_with_an_agenda_heading_keep_their_meeting():
    text = ("Regional Steering Group - IOM\n\n2 March 2018 IOM, UNHCR, ICRC, Red Cross, Ministry of "
            "the Interior\n\nAgenda item\n\nAction points\n\nThe health partners will map the "
            "clinics by April.\n")
    batch = read(text)
    assert MEETING in batch.nodes
    assert batch.nodes[MEETING].name == "Regional Steering Group - IOM"
