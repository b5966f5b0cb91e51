"""Meetings a record names besides its own, said with an earlier-word or with the verb of meeting
(Spanish and English): "their previous meeting in New Delhi in March 1997", "the last round of
talks, held in Geneva in May 2024", "su encuentro anterior en Bogotá en noviembre de 2024", "la
pasada reunión, celebrada en Santiago" are an Event of their own, HELD_IN / HELD_ON what follows
right after; "agreed to meet again in X in D", "acordaron volver a reunirse en X el D" are the
record's next meeting, with its place and day, and the commitment to meet is DUE at it. The
record's own meeting keeps its own place and day. Not "the previous paragraph", "last year,
Chile hosted ...", nor a meeting said to come ("the last session of the year will be held"),
nor an earlier meeting with neither place nor day right after its words ("the previous meeting
minutes", "la reunión anterior y sus resultados en X": no place is made up for it). Quotes
slice the text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import commitments, pairs, read
from tests.loaders.test_cases import meeting, place_of, span_of

OWN_EN = "JOINT STATEMENT\n\nThe Ministers of Foreign Affairs of Chile and Peru met in Lima on 3 May 2025. "
OWN_ES = "COMUNICADO CONJUNTO\n\nLos Cancilleres de Chile y Perú se reunieron en Lima el 3 de mayo de 2025. "


def events(b) -> dict[str, str]:
    """{id: name} of the batch's Event nodes other than the record's own meeting."""
    return {i: n.name for i, n in b.nodes.items() if n.kind == "Event" and i != meeting(b)}


def own_kept(b) -> None:
    """The record's own meeting met in Lima on 3 May 2025, and nowhere or when else."""
    assert place_of(b, meeting(b)) == {"Lima"}
    assert span_of(b, meeting(b)) == {("2025-05-03", "2025-05-03", "day")}


@pytest.mark.parametrize("text, eid, name, place, when", [
    (OWN_EN + "They recalled their previous meeting in New Delhi in March 1997.\n",
     "past-previous-meeting", "Previous meeting", "New Delhi", ("1997-03-01", "1997-03-31", "month")),
    (OWN_EN + "They reviewed the results of the last round of talks, held in Geneva in May 2024.\n",
     "past-last-round-of-talks", "Last round of talks", "Geneva", ("2024-05-01", "2024-05-31", "month")),
    (OWN_EN + "Since the preceding summit, which took place in Quito on 4 June 2024, trade grew.\n",
     "past-preceding-summit", "Preceding summit", "Quito", ("2024-06-04", "2024-06-04", "day")),
    (OWN_ES + "Recordaron su encuentro anterior en Bogotá en noviembre de 2024.\n",
     "past-encuentro-anterior", "Encuentro anterior", "Bogotá", ("2024-11-01", "2024-11-30", "month")),
    (OWN_ES + "Evaluaron los avances desde la pasada reunión, celebrada en Santiago en octubre de 2024.\n",
     "past-pasada-reunion", "Pasada reunión", "Santiago", ("2024-10-01", "2024-10-31", "month")),
    (OWN_ES + "Desde la cumbre previa, que se celebró el 4 de junio de 2024 en Quito, el comercio creció.\n",
     "past-cumbre-previa", "Cumbre previa", "Quito", ("2024-06-04", "2024-06-04", "day")),
])
def test_an_earlier_meeting_is_an_event_of_its_own(text, eid, name, place, when):
    b = read(text, "x")
    assert events(b).get(f"event:x:{eid}") == name, events(b)
    assert place_of(b, f"event:x:{eid}") == {place}
    assert span_of(b, f"event:x:{eid}") == {when}
    own_kept(b)


@pytest.mark.parametrize("text", [
    OWN_EN + "The previous paragraph applies in Quito. Last year, Chile hosted the dialogue in Quito.\n",
    OWN_EN + "The last session of the year will be held in Quito in December 2025.\n",
    OWN_ES + "El párrafo anterior se aplica en Quito. El año pasado, Chile fue sede del diálogo en Quito.\n",
    OWN_ES + "La última sesión del año se celebrará en Quito en diciembre de 2025.\n",
    # an earlier meeting with neither place nor day right after it: no Event, no place made up
    OWN_EN + "They recalled the previous meeting and its results in Quito.\n",
    OWN_EN + "The team checked the previous meeting minutes in Quito.\n",
    OWN_ES + "Recordaron la reunión anterior y sus resultados en Quito.\n",
])
def test_no_earlier_meeting_without_one(text):
    b = read(text, "x")
    assert not [i for i in events(b) if ":past-" in i], events(b)
    own_kept(b)


@pytest.mark.parametrize("text, eid, place, when", [
    (OWN_EN + "They agreed to meet again in New Delhi in September 2026.\n",
     "next-meeting", "New Delhi", ("2026-09-01", "2026-09-30", "month")),
    (OWN_EN + "The Ministers agreed to reconvene in Quito on 4 June 2026.\n",
     "next-meeting", "Quito", ("2026-06-04", "2026-06-04", "day")),
    (OWN_ES + "Acordaron reunirse nuevamente en Quito en junio de 2026.\n",
     "next-reunion", "Quito", ("2026-06-01", "2026-06-30", "month")),
    (OWN_ES + "Los Cancilleres acordaron volver a reunirse en Bogotá el 4 de junio de 2026.\n",
     "next-reunion", "Bogotá", ("2026-06-04", "2026-06-04", "day")),
])
def test_agreeing_to_meet_again_gives_the_next_meeting(text, eid, place, when):
    b = read(text, "x")
    assert f"event:x:{eid}" in events(b), events(b)
    assert place_of(b, f"event:x:{eid}") == {place}
    assert span_of(b, f"event:x:{eid}") == {when}
    due = {c for c, _ in pairs(b, "DUE", dst=f"event:x:{eid}")}
    assert due and due <= set(commitments(b).values())
    own_kept(b)


@pytest.mark.parametrize("text, eid", [
    (OWN_EN + "The Ministers will meet again next year in Quito.\n", "next-meeting"),
    (OWN_ES + "Los Cancilleres se reunirán nuevamente el próximo año en Quito.\n", "next-reunion"),
])
def test_meeting_again_in_a_place_with_no_day(text, eid):
    b = read(text, "x")
    assert place_of(b, f"event:x:{eid}") == {"Quito"}
    own_kept(b)


@pytest.mark.parametrize("text", [
    OWN_EN + "The Ministers agreed to meet with the press.\n",
    OWN_EN + "They stressed that the parties must meet again their obligations.\n",
    OWN_ES + "Los Cancilleres acordaron reunirse con la prensa.\n",
])
def test_no_next_meeting_without_one(text):
    b = read(text, "x")
    assert not [i for i in events(b) if ":next-" in i], events(b)
    own_kept(b)
