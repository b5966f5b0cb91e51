""""Hosted by X" / "organizada por X" after another event named in the same clause is that event's
host, not the document's meeting's: "this year's Climate Summit on April 22 hosted by Chile" makes
Chile ORGANISES the Climate Summit (held on April 22), never the meeting; "la Cumbre X y la
Conferencia Y, organizada por Z" gives Y to Z, not X. The meeting's own host stays its host."""
from __future__ import annotations

from tests.loaders.batches import pairs, read

EN = """Joint declaration of the leaders

Washington, 1 March 2021

President Ana Example hosted President Tom Sample for a virtual meeting on March 1. The leaders
agreed to support a successful outcome at this year's Ocean Leaders' Summit on April 22 hosted by
Chile.
"""

ES = """Comunicado conjunto

Lima, 1 de marzo de 2021

Los presidentes de Perú y Chile se reunieron en Lima.
Acordaron apoyar la Cumbre de las Américas organizada por Colombia y la Conferencia sobre el Océano, organizada por Ecuador.
"""


def _events(batch) -> dict[str, str]:
    return {n.name: n.id for n in batch.nodes.values() if n.kind == "Event"}


def test_host_of_another_event_named_before_the_cue_is_that_events_en():
    b = read(EN, "w")
    summit = _events(b)["Ocean Leaders' Summit"]
    assert ("country:cl", summit) in pairs(b, "ORGANISES")
    assert ("country:cl", "event:w:meeting") not in pairs(b, "ORGANISES")
    assert ("person:ana-example", "event:w:meeting") in pairs(b, "ORGANISES")
    assert (summit, "date:2021-04-22") in pairs(b, "HELD_ON")
    assert not any("April" in name for name in _events(b))


def test_host_of_another_event_named_before_the_cue_is_that_events_es():
    b = read(ES, "l")
    cumbre = _events(b)["Cumbre de las Américas"]
    assert ("country:co", cumbre) in pairs(b, "ORGANISES")
    assert ("country:ec", cumbre) not in pairs(b, "ORGANISES")
    assert not {s for s, _ in pairs(b, "ORGANISES", dst="event:l:meeting")} & {"country:co", "country:ec"}


def test_the_meetings_own_host_stays_its_host():
    text = ("Communiqué\n\nSuva, 3 May 2019\n\nThe meeting was hosted by Fiji. This Summit, hosted "
            "by Fiji, adopted a plan.\n")
    b = read(text, "s")
    assert ("country:fj", "event:s:meeting") in pairs(b, "ORGANISES")
    assert len(_events(b)) == 1
