"""Meetings of a series that a sentence names by their ordinal and says were or will be held
(loaders.ordinal_meetings), in texts written here (English and Spanish): a meeting held together
with the record's own one shares its place and day, a meeting to come gets the year it is
scheduled for, "la primera" standing for a forum's first meeting is named after that forum; the
record's own meeting, named by its ordinal or its name, is never made again. Quotes slice the
text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import read
from tests.loaders.test_cases import meeting, place_of, span_of
from tests.shared_documents import corpus_batch


def events(b) -> dict[str, str]:
    """{name: id} of the batch's Event nodes other than the record's own meeting."""
    return {n.name: i for i, n in b.nodes.items() if n.kind == "Event" and i != meeting(b)}


JOINT_EN = (
    "Joint Statement of the Pacific Fisheries Ministerial Dialogue\n\n"
    "The fourth meeting of the Pacific Fisheries Ministerial Dialogue and the second Ministerial "
    "meeting of the Coastal Partnership (CP) were held in Suva on 12 May 2016.\n\n"
    "Ministers agreed that the fifth Ministerial Dialogue is provisionally scheduled to be held in "
    "Apia in 2017.\n")

SERIES_ES = (
    "Acta de la III Reunión del Consejo Andino de Cuencas\n\n"
    "El 8 de marzo de 2014, en la ciudad de Lima, se reunió el Consejo Andino de Cuencas.\n\n"
    "La Conferencia Andina del Agua (CAA) es un espacio de diálogo entre los países de la región; "
    "la primera se celebró en Cusco en el año 2010 y la segunda reunión tuvo lugar en Quito el 4 de "
    "junio de 2012.\n\n"
    "Se acordó que la cuarta reunión del Consejo se realizará en Asunción en 2015.\n")


def test_meeting_held_together_with_the_record_shares_its_place_and_day():
    b = read(JOINT_EN, "joint")
    ev = events(b)
    name = "Second Ministerial meeting of the Coastal Partnership (CP)"
    assert name in ev, sorted(ev)
    assert place_of(b, ev[name]) == {"Suva"}
    assert span_of(b, ev[name]) == {("2016-05-12", "2016-05-12", "day")}
    assert b.nodes[ev[name]].sources[0].quote == "second Ministerial meeting of the Coastal Partnership (CP)"
    # the record's own meeting ("the fourth meeting of the <own dialogue>") is not made again
    assert not [n for n in ev if "fourth" in n.lower()]
    assert place_of(b, meeting(b)) == {"Suva"}


def test_meeting_to_come_gets_its_place_and_year():
    b = read(JOINT_EN, "joint")
    ev = events(b)
    assert "Fifth Ministerial Dialogue" in ev, sorted(ev)
    assert place_of(b, ev["Fifth Ministerial Dialogue"]) == {"Apia"}
    assert span_of(b, ev["Fifth Ministerial Dialogue"]) == {("2017-01-01", "2017-12-31", "year")}
    # never lent to the record's meeting
    assert ("2017-01-01", "2017-12-31", "year") not in span_of(b, meeting(b))


@pytest.mark.parametrize("name, place, when", [
    ("Primera (Conferencia Andina del Agua)", "Cusco", ("2010-01-01", "2010-12-31", "year")),
    ("Segunda reunión", "Quito", ("2012-06-04", "2012-06-04", "day")),
    ("Cuarta reunión del Consejo", "Asunción", ("2015-01-01", "2015-12-31", "year")),
])
def test_earlier_and_later_meetings_of_a_series_in_spanish(name, place, when):
    b = read(SERIES_ES, "serie")
    ev = events(b)
    assert name in ev, sorted(ev)
    assert place_of(b, ev[name]) == {place}
    assert span_of(b, ev[name]) == {when}
    assert place_of(b, meeting(b)) == {"Lima"}
    assert span_of(b, meeting(b)) == {("2014-03-08", "2014-03-08", "day")}


def test_the_record_named_by_its_own_ordinal_is_not_another_meeting():
    b = read("Fourth Meeting of the Reef Ministers\n\nThe fourth meeting of the Reef Ministers was "
             "held in Cairns on 3 August 2018. Ministers adopted the work plan.\n", "own")
    assert not events(b)
    assert place_of(b, meeting(b)) == {"Cairns"}


def test_an_ordinal_alone_with_no_forum_named_before_makes_no_event():
    b = read("Minutes of the Board\n\nThe Board met on 9 May 2023 in Leeds.\n\nTwo candidates "
             "applied; the first was held in reserve.\n", "alone")
    assert not [n for n in events(b) if "first" in n.lower()]


def test_corpus_joint_and_scheduled_ministerial_meetings():
    b = corpus_batch("07-australia-indonesia-ministerial-forum-2005.txt")
    ev = events(b)
    fifth = next(i for n, i in ev.items() if n.startswith("Fifth Ministerial meeting"))
    assert place_of(b, fifth) == {"Canberra"}
    assert span_of(b, fifth) == {("2005-03-18", "2005-03-18", "day")}
    assert span_of(b, ev["Eighth Ministerial Forum"]) == {("2006-01-01", "2006-12-31", "year")}
    assert not [n for n in ev if n.lower().startswith("seventh")]


def test_corpus_first_conference_of_a_process():
    b = corpus_batch("11-csm-xx-santiago-readout-2022.txt")
    first = [i for n, i in events(b).items() if n.startswith("Primera")]
    assert len(first) == 1
    assert place_of(b, first[0]) == {"Buenos Aires"}
    assert span_of(b, first[0]) == {("2000-01-01", "2000-12-31", "year")}
