"""A communiqué set in a narrow column with no blank lines: the dateline under the title ends the
title, a post broken over short lines reaches its name, and the meetings the parties agree to hold
("acordaron realizar en mayo, en la ciudad de X, la VI Reunión Plenaria de esta Comisión") are
Events held then and there, part of the body they are of."""
import pytest

from tests.loaders.batches import pairs, read

DOC = "comunicado-conjunto"

SPANISH = ("COMUNICADO CONJUNTO\nREUNIÓN DE CANCILLERES\nLima, 4 de abril de 2030\n"
           "El Ministro de Relaciones Exteriores de\nla República de\nChile, Pedro Ejemplo Soto, visitó el "
           "Perú el 4 de abril de 2030.\nLos Cancilleres reafirmaron que la Comisión Binacional es la instancia "
           "adecuada. En consecuencia, acordaron realizar en mayo de 2030 en la ciudad de Arica, la VI Reunión "
           "Plenaria de esta Comisión.\n2. Los Ministros convinieron realizar durante la primera semana de "
           "junio de 2030, en la ciudad de Tacna, una reunión del Grupo de Trabajo Fronterizo.\n")
ENGLISH = ("JOINT COMMUNIQUÉ\nMEETING OF FOREIGN MINISTERS\nLima, 4 April 2030\nThe Minister of Foreign "
           "Affairs of\nthe Republic of\nChile, Pedro Ejemplo Soto, visited Peru on 4 April 2030.\nThe "
           "Ministers reaffirmed that the Binational Commission is the right forum. They agreed to hold in "
           "May 2030 in the city of Arica the Sixth Plenary Meeting of this Commission.\n")


def _event(batch, name: str) -> str:
    return next(i for i, n in batch.nodes.items() if n.kind == "Event" and n.name == name)


@pytest.mark.parametrize("text,post", [
    (SPANISH, "Ministro de Relaciones Exteriores de la República de Chile"),
    (ENGLISH, "Minister of Foreign Affairs of the Republic of Chile"),
])
def test_a_dateline_under_the_title_and_a_post_over_short_lines(text, post):
    batch = read(text, DOC)
    kinds = [n.properties["subtype"] for n in batch.nodes.values() if n.kind == "Passage"]
    assert kinds[:3] == ["paragraph", "date", "paragraph"]
    assert pairs(batch, "HELD_ON", f"event:{DOC}:meeting") == {(f"event:{DOC}:meeting", "date:2030-04-04")}
    assert batch.nodes["person:pedro-ejemplo-soto"].properties["post"] == post
    assert pairs(batch, "REPRESENTS", "person:pedro-ejemplo-soto") == {("person:pedro-ejemplo-soto", "country:cl")}


@pytest.mark.parametrize("text,name,body", [
    (SPANISH, "VI Reunión Plenaria", "body:comision-binacional"),
    (ENGLISH, "Sixth Plenary Meeting", "body:binational-commission"),
])
def test_an_agreed_meeting_is_held_then_and_there_as_part_of_this_body(text, name, body):
    batch = read(text, DOC)
    eid = _event(batch, name)
    assert pairs(batch, "HELD_ON", eid) == {(eid, "date:2030-05")}
    assert pairs(batch, "HELD_IN", eid) == {(eid, "place:arica")}
    assert pairs(batch, "PART_OF", eid) == {(eid, body)}


def test_a_meeting_of_a_named_group_agreed_with_its_place():
    batch = read(SPANISH, DOC)
    eid = _event(batch, "reunión del Grupo de Trabajo Fronterizo")
    assert pairs(batch, "HELD_IN", eid) == {(eid, "place:tacna")}
    assert pairs(batch, "PART_OF", eid) == {(eid, "body:grupo-de-trabajo-fronterizo")}


@pytest.mark.parametrize("sentence", [
    "Los Ministros acordaron realizar en mayo de 2030 en la ciudad de Arica los estudios técnicos necesarios.",
    "The Ministers agreed to hold in May 2030 in the city of Arica a series of consultations.",
])
def test_holding_what_is_no_named_meeting_makes_no_event(sentence):
    batch = read(f"Comunicado\n\nLa Cancillería informa.\n\n{sentence}\n", DOC)
    assert not [n for i, n in batch.nodes.items() if n.kind == "Event" and not i.endswith(":meeting")]
