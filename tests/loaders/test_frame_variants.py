"""Variants of the shared cases in other words: other operative headings and numbering, the
meeting frame in other orders and in English, other deadlines, positions and responsibles. Each
kind of failure the cases stand for, written again so a rule tuned to one wording fails here."""
from __future__ import annotations

import pytest

from tests.loaders.test_cases import (commitment, edges, meeting, participants, place_of,
                                      responsible, span_of, targets)
from tests.loaders.batches import read


def run(text: str, doc: str = "variante"):
    return read(text, doc, curation=True)


def commitments(b) -> list[str]:
    return [n.properties["text"] for n in sorted(
        (n for n in b.nodes.values() if n.kind == "Commitment"), key=lambda n: n.properties["ordinal"])]


# -- operative headings and numbering -----------------------------------------------------------

PREAMBLE_ES = ("Las delegaciones de Argentina, Chile y Perú, reunidas en la ciudad de Arequipa, "
               "Perú, del 9 al 11 de octubre de 2018, bajo la Presidencia Pro Tempore de Perú,\n\n")


@pytest.mark.parametrize("heading,items", [
    ("DECIDEN:", ["Primero. Crear una red de puntos focales.", "Segundo. Elaborar un informe anual."]),
    ("RESUELVEN", ["I. Crear una red de puntos focales.", "II. Elaborar un informe anual."]),
    ("ACORDARON", ["a) Crear una red de puntos focales.", "b) Elaborar un informe anual."]),
    ("Acuerdos", ["Crear una red de puntos focales.", "Elaborar un informe anual."]),
])
def test_operative_headings_and_numbering(heading, items):
    b = run(PREAMBLE_ES + heading + "\n\n" + "\n\n".join(items) + "\n")
    assert commitments(b) == ["Crear una red de puntos focales.", "Elaborar un informe anual."]
    # an infinitive binds the delegations the preamble lists
    assert responsible(b, commitment(b, "Crear una red")) == {"country:ar", "country:cl", "country:pe"}


def test_english_decisions_heading_and_closing_formula():
    text = ("Minutes of the Second Meeting of the Working Group\n\n"
            "The delegations of Chile, Peru and Ecuador met in Santiago on 28-30 April 2003.\n\n"
            "Decisions\n\n"
            "First. Establish a network of focal points, coordinated by Chile.\n\n"
            "Second. Prepare a study on labour migration within 60 days.\n\n"
            "There being no further business, the meeting was adjourned.\n")
    b = run(text)
    assert len(commitments(b)) == 2
    assert responsible(b, commitment(b, "Establish a network")) == {"country:cl"}
    c = commitment(b, "Prepare a study")
    assert [n.name for n in targets(b, "DELIVERABLE", c)] == ["Study on labour migration"]
    # sixty days from the last day of the meeting, 30 April 2003
    assert [n.properties["date"] for n in targets(b, "DUE", c)] == ["2003-06-29"]
    assert span_of(b, meeting(b)) == {("2003-04-28", "2003-04-30", "day")}
    assert place_of(b, meeting(b)) == {"Santiago"}


# -- the meeting frame in other orders ------------------------------------------------------------

def test_meeting_frame_place_first_then_range_with_dash():
    b = run("Comunicado\n\nEn la ciudad de Cartagena, durante los días 24–28 de abril de 2017, se "
            "reunieron los representantes de Colombia, Ecuador y Panamá.\n")
    assert span_of(b, meeting(b)) == {("2017-04-24", "2017-04-28", "day")}
    assert place_of(b, meeting(b)) == {"Cartagena"}
    assert participants(b) == {"country:co", "country:ec", "country:pa"}


def test_range_across_months_is_one_meeting_date():
    b = run("Informe\n\nLos delegados de Chile y Perú, reunidos en Tacna del 24 de abril – 5 de mayo "
            "de 2017, acordaron:\n\n1. Elaborar un informe conjunto.\n")
    assert span_of(b, meeting(b)) == {("2017-04-24", "2017-05-05", "day")}
    assert len([n for n in b.nodes.values() if n.kind == "Date"]) == 1


def test_english_meeting_hosted_observers_and_next_meeting():
    text = ("Joint Communique of the Fifth Ministerial Conference\n\n"
            "The Fifth Ministerial Conference was held in Asunción on May 30-31, 2002, hosted by "
            "Paraguay. Representatives of Argentina, Bolivia, Paraguay and Uruguay took part, "
            "together with Mexico as observer.\n\n"
            "The next conference will be held in Bolivia in 2003.\n")
    b = run(text)
    assert b.nodes[meeting(b)].name == "Fifth Ministerial Conference"
    assert span_of(b, meeting(b)) == {("2002-05-30", "2002-05-31", "day")}
    assert {e.source for e in edges(b, "ORGANISES", dst=meeting(b))} == {"country:py"}
    assert participants(b) == {"country:ar", "country:bo", "country:py", "country:uy"}
    assert participants(b, "observer") == {"country:mx"}
    (nxt,) = [n for n in b.nodes.values() if n.id.endswith(":next-conference")]
    assert [e.target for e in edges(b, "HELD_IN", nxt.id)] == ["country:bo"]
    assert span_of(b, nxt.id) == {("2003-01-01", "2003-12-31", "year")}


def test_spanish_observers_after_the_cue_and_host_country():
    text = ("Acta\n\nSe realizó en Montevideo el 3 de mayo de 2019 la reunión, con la presencia de "
            "las delegaciones de Argentina y Brasil. Asistieron como observadores México y Guatemala. "
            "Uruguay, en su calidad de país sede, ofreció una recepción.\n")
    b = run(text)
    assert participants(b) == {"country:ar", "country:br"}
    assert participants(b, "observer") == {"country:mx", "country:gt"}
    assert {e.source for e in edges(b, "ORGANISES", dst=meeting(b))} == {"country:uy"}


def test_secretariat_and_presidency_in_english():
    text = ("Declaration\n\nThe representatives of the member states of the Conferencia Suramericana "
            "sobre Migraciones met in Lima on 12 March 2020, under the Pro Tempore Presidency of "
            "Peru, with IOM as Technical Secretariat.\n")
    b = run(text)
    assert {(e.source, e.target) for e in edges(b, "HOLDS_POST")} == \
        {("country:pe", "body:csm-ppt"), ("organization:oim", "body:csm-st")}


# -- deadlines, responsibles, declarations ----------------------------------------------------------

def test_before_the_next_meeting_is_the_meeting_to_come():
    text = (PREAMBLE_ES + "ACUERDAN:\n\n1. Encomendar a la Secretaría Pro Tempore la preparación de "
            "una propuesta de reglamento, a presentarse antes de la próxima reunión.\n\n"
            "La próxima reunión se celebrará en Lima en marzo de 2019.\n")
    b = run(text)
    c = commitment(b, "Encomendar a la Secretaría Pro Tempore")
    (nxt,) = targets(b, "DUE", c)
    assert nxt.kind == "Event" and span_of(b, nxt.id) == {("2019-03-01", "2019-03-31", "month")}
    assert place_of(b, nxt.id) == {"Lima"}


def test_signing_states_are_each_responsible():
    text = (PREAMBLE_ES + "ACUERDAN:\n\n1. Los Estados firmantes intercambiarán información "
            "migratoria a partir de 2019.\n")
    b = run(text)
    assert responsible(b, commitment(b, "Los Estados firmantes")) == \
        {"country:ar", "country:cl", "country:pe"}


@pytest.mark.parametrize("sentence,who", [
    ("We commit to strengthening consular cooperation.", {"country:cl", "country:pe"}),
    ("Pretendemos fortalecer la cooperación consular.", {"country:cl", "country:pe"}),
    ("Chile committed to host a workshop on return during the second half of 2004.", {"country:cl"}),
    ("Perú se comprometió a presentar un informe sobre trata a finales de 2023.", {"country:pe"}),
])
def test_declaration_and_country_commitments(sentence, who):
    b = run("Declaración\n\nNosotros, los representantes de Chile y Perú, reunidos en Lima el 8 de "
            "mayo de 2018,\n\n" + sentence + "\n")
    (c,) = [n.id for n in b.nodes.values() if n.kind == "Commitment"]
    assert responsible(b, c) == who


def test_workshop_deadline_second_half_is_a_range():
    b = run("Readout\n\nChile committed to host a workshop on return during the second half of 2004.\n")
    (c,) = [n.id for n in b.nodes.values() if n.kind == "Commitment"]
    assert [(n.properties["date"], n.properties["date_end"]) for n in targets(b, "DUE", c)] == \
        [("2004-07-01", "2004-12-31")]


# -- positions in both languages ------------------------------------------------------------------

def test_english_proposal_support_and_reservation():
    text = ("Minutes\n\nChile proposed a regional guide on labour mobility, supported by Peru and "
            "Ecuador.\n\nParaguay expressed reservations about the draft decision.\n")
    b = run(text)
    (proposal,) = [e.target for e in edges(b, "PROPOSED", "country:cl")]
    assert {e.source for e in edges(b, "SUPPORTED", dst=proposal)} == {"country:pe", "country:ec"}
    (objection,) = edges(b, "OBJECTED", "country:py")
    assert objection.properties["role"] == "reservation"


def test_spanish_objection_is_not_a_reservation():
    b = run("Acta\n\nLa delegación de Chile se opuso a la propuesta de calendario.\n")
    (objection,) = edges(b, "OBJECTED", "country:cl")
    assert objection.properties.get("role") is None


def test_coordination_taken_on_by_a_named_actor():
    text = (PREAMBLE_ES + "ACUERDAN:\n\nPrimero. Crear un mecanismo de intercambio de información, "
            "cuya coordinación asumirá Chile, que presentará un primer informe antes del 31 de mayo "
            "de 2019.\n")
    b = run(text)
    c = commitment(b, "Crear un mecanismo")
    assert responsible(b, c) == {"country:cl"}
    assert [n.name for n in targets(b, "DELIVERABLE", c)] == ["Primer informe"]
    assert [n.properties["date"] for n in targets(b, "DUE", c)] == ["2019-05-31"]
