"""Meetings named with where and when they take place ("will take place in", "tuvo lugar en",
"tendrá lugar en"), and a meeting to come that is not the document's own: "The next meeting will
be held in Apia" places the next meeting, not the one the document records."""
import pytest

from tests.loaders.test_two_word_names import general


def held(batch):
    """{(event name, HELD_IN place quote, HELD_ON date id)} of events other than the document's
    own meeting; every source checked against the text."""
    text = batch.nodes[batch.document].properties["text"]
    out = {}
    for e in batch.edges.values():
        if e.type in ("HELD_IN", "HELD_ON"):
            for s in e.sources:
                assert text[s.start:s.end] == s.quote
            out.setdefault(e.source, {})[e.type] = e.sources[0].quote if e.type == "HELD_IN" else e.target
    return {(batch.nodes[k].name, v.get("HELD_IN"), v.get("HELD_ON")) for k, v in out.items()
            if not k.endswith(":meeting")}, {k: v for k, v in out.items() if k.endswith(":meeting")}


@pytest.mark.parametrize("sentence,expected", [
    ("The Pacific Energy Summit will take place in Suva in May 2025.",
     ("Pacific Energy Summit", "Suva", "date:2025-05")),
    ("Se informó que el Taller Regional de Estadísticas Migratorias tuvo lugar en Lima el 4 de abril de 2022.",
     ("Taller Regional de Estadísticas Migratorias", "Lima", "date:2022-04-04")),
    ("El Encuentro Regional de Juventudes tendrá lugar en Tegucigalpa en octubre de 2024.",
     ("Encuentro Regional de Juventudes", "Tegucigalpa", "date:2024-10")),
])
def test_a_named_meeting_and_where_it_takes_place(sentence, expected):
    events, own = held(general(f"Nota\n\n{sentence}\n"))
    assert events == {expected}
    assert not own


@pytest.mark.parametrize("sentence,place", [
    ("The next meeting will be held in Apia, Samoa, on 4 June 2024.", "Apia"),
    ("La próxima reunión se celebrará en Tegucigalpa, Honduras, el 12 de marzo de 2024.", "Tegucigalpa"),
])
def test_the_next_meeting_is_not_the_documents_own(sentence, place):
    events, own = held(general(f"Nota\n\n{sentence}\n"))
    assert {p for _, p, _ in events} == {place}
    assert not own
