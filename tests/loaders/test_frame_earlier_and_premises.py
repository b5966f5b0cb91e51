"""Meetings named in the body of minutes and actas written here (Spanish and English): an earlier
meeting called by an earlier-word ("el pasado taller ... celebrado el D", "the last workshop,
held on D", "la última sesión (D)", "el pasado PyDay (D)") is an Event of its own, held on that day, never the record's
meeting; a meeting to come held "en las (mismas) instalaciones de X" / "at the premises of X" is
held in X, written without its emphasis marks. Quotes slice the text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import check_spans, pairs, read
from tests.loaders.test_cases import meeting, place_of, span_of
from tests.shared_documents import corpus_batch


def events(b) -> dict[str, str]:
    """{name: id} of the batch's Event nodes other than the record's own meeting."""
    return {n.name: i for i, n in b.nodes.items() if n.kind == "Event" and i != meeting(b)}


@pytest.mark.parametrize("text, name, day", [
    ("Acta de la reunión de la Junta Directiva\n\nEl 14 de noviembre de 2022 se reunió la Junta "
     "Directiva de la Asociación Vecinal del Puerto.\n\n- Se acuerda publicar una crónica del "
     "pasado taller de compostaje celebrado el 22 de octubre de 2022. Responsable: Marta.\n",
     "Pasado taller de compostaje", "2022-10-22"),
    ("Minutes of the Steering Group\n\nThe Steering Group met on 3 June 2021.\n\n1. The group "
     "reviewed the feedback from the last workshop, held on 12 May 2021, and agreed to share the "
     "slides.\n",
     "Last workshop", "2021-05-12"),
    ("Acta de la Comisión de Seguimiento\n\nLa Comisión se reunió el 9 de abril de 2024.\n\n"
     "Se revisaron los acuerdos de la última sesión (12 de marzo de 2024) y se aprobó el "
     "calendario.\n",
     "Última sesión", "2024-03-12"),
])
def test_earlier_meeting_held_on_its_own_day(text, name, day):
    b = read(text, "earlier")
    ev = events(b)
    assert name in ev, sorted(ev)
    assert span_of(b, ev[name]) == {(day, day, "day")}
    # the earlier meeting's day is never lent to the record's meeting
    assert (day, day, "day") not in span_of(b, meeting(b))
    node = b.nodes[ev[name]]
    assert " ".join(node.sources[0].quote.split()).lower() == name.lower()


@pytest.mark.parametrize("text, name, day", [
    ("Acta de la reunión de la Junta\n\nLa Junta se reunió el 6 de junio de 2018.\n\n- Se acuerda "
     "repartir el sobrante del pasado DataFest Sur (14 de abril de 2018) entre las dos sedes.\n",
     "Pasado DataFest Sur", "2018-04-14"),
    ("Minutes of the Board\n\nThe Board met on 9 May 2023.\n\nThe Board thanked the volunteers "
     "of the last Open Data Day (4 March 2023) and approved its accounts.\n",
     "Last Open Data Day", "2023-03-04"),
])
def test_earlier_meeting_by_its_name_and_day_in_brackets(text, name, day):
    b = read(text, "earlier")
    ev = events(b)
    assert name in ev, sorted(ev)
    assert span_of(b, ev[name]) == {(day, day, "day")}
    assert (day, day, "day") not in span_of(b, meeting(b))


def test_earlier_word_before_words_in_lower_case_makes_no_named_event():
    b = read("Minutes of the Board\n\nThe Board met on 9 May 2023.\n\nThe Board reviewed the "
             "figures of last quarter (31 March 2023).\n", "earlier")
    assert not [n for n in events(b) if "quarter" in n.lower()]


def test_earlier_word_without_a_day_makes_no_event():
    b = read("Acta de la reunión\n\nLa Junta se reunió el 2 de mayo de 2023.\n\nSe comentaron "
             "los gastos del pasado taller de compostaje.\n", "earlier")
    assert not [n for n in events(b) if "compostaje" in n.lower()]


@pytest.mark.parametrize("text, place, day", [
    ("Acta de la reunión del equipo\n\nEl 5 de febrero de 2019 se reunió el equipo.\n\n- Se "
     "acuerda que el próximo taller de robótica se celebrará el 16 de marzo de 2019 en las mismas "
     "instalaciones de *Casa Lercaro*.\n",
     "Casa Lercaro", "2019-03-16"),
    ("Minutes of the volunteers' meeting\n\nThe volunteers met on 7 July 2020.\n\nThe next "
     "workshop will be held on 19 September 2020 at the premises of Harbour Lane Studios.\n",
     "Harbour Lane Studios", "2020-09-19"),
])
def test_meeting_to_come_at_premises(text, place, day):
    b = read(text, "premises")
    nxt = [i for i, n in b.nodes.items() if n.kind == "Event" and ":next-" in i]
    assert len(nxt) == 1
    assert place_of(b, nxt[0]) == {place}
    assert span_of(b, nxt[0]) == {(day, day, "day")}
    assert place not in place_of(b, meeting(b))


def test_corpus_acta_earlier_workshop_and_premises():
    b = corpus_batch("21-pythoncanarias-acta-reunion-core-2017-10-27.md")
    check_spans(b)
    ev = events(b)
    past = [i for n, i in ev.items() if n.lower().startswith("pasado taller")]
    assert len(past) == 1 and span_of(b, past[0]) == {("2017-09-30", "2017-09-30", "day")}
    assert span_of(b, ev["Pasado PyDay"]) == {("2017-03-11", "2017-03-11", "day")}
    nxt = [i for i in ev.values() if ":next-" in i]
    assert {b.nodes[t].name for _, t in pairs(b, "HELD_IN", nxt[0])} == {"Brok-Air"}
