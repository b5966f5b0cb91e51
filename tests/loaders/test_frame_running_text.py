"""The meeting's day and place from the running text rather than the dateline above it: a day
that opens the sentence saying the meeting met, a day said beside the verb over an earlier
dateline in the same sentence, a venue and its city before the verb, a meeting that "concluded"
somewhere, a minutes heading that writes the day before the place (my own wording, English and
Spanish)."""
import pytest

from loaders.pipeline import extract


def _held(b, doc, etype):
    meeting = f"event:{doc}:meeting"
    return [e for e in b.edges.values() if e.type == etype and e.source == meeting]


def _days(b, doc):
    return sorted(e.target.removeprefix("date:") for e in _held(b, doc, "HELD_ON"))


def _places(b, doc):
    return sorted(b.nodes[e.target].name for e in _held(b, doc, "HELD_IN"))


OPENING_DAY = [
    ("Readout of the Andean Mobility Dialogue\n\nMarch 4, 2031\n\nOn Tuesday, March 2, 2031, "
     "Deputy Adviser for Borders Ana Ruiz and Special Envoy for Labour Tomás Ferreira welcomed "
     "representatives from six countries to discuss seasonal work.\n", "2031-03-02"),
    ("Comunicado sobre el diálogo andino de movilidad\n\n4 de marzo de 2031\n\nEl 2 de marzo de "
     "2031, la viceministra de Fronteras Ana Ruiz y el enviado especial de Trabajo Tomás Ferreira "
     "recibieron a los representantes de seis países para tratar el trabajo temporal.\n",
     "2031-03-02"),
    ("Readout of the labour mobility visit\n\nMarch 4, 2031\n\nOn March 2, 2031, after a call "
     "between the two ministers on February 20, 2031, a delegation of senior officials of the "
     "Ministry of Labour travelled to the capital to meet with the Minister of Interior.\n",
     "2031-03-02"),
]


@pytest.mark.parametrize("text, iso", OPENING_DAY)
def test_a_day_opening_the_sentence_dates_the_meeting_over_the_release_date(text, iso):
    b = extract(text, "od", curation=False)
    assert _days(b, "od") == [iso]
    (e,) = _held(b, "od", "HELD_ON")
    s = e.sources[0]
    assert text[s.start:s.end] == s.quote


BESIDE_VERB = [
    ("Declaración de Asunción por ocasión de la VII Reunión Andina - Asunción, Paraguay – 9 de "
     "abril de 2031 En el Hotel del Lago, Asunción, los días 8 y 9 de abril de 2031 se celebró la "
     "VII Reunión Andina sobre Movilidad.\n", ["2031-04-08/2031-04-09"], "Asunción", "Hotel del Lago"),
    ("Declaration of Nairobi on the Seventh Lakes Meeting - Nairobi, Kenya - 9 April 2031 In the "
     "Lakeside Lodge, Nairobi, on 8 and 9 April 2031 the Seventh Lakes Meeting was held with "
     "all member states.\n", ["2031-04-08/2031-04-09"], "Nairobi", "Lakeside Lodge"),
]


@pytest.mark.parametrize("text, days, city, venue", BESIDE_VERB)
def test_the_day_beside_the_verb_and_the_city_after_the_venue_before_it(text, days, city, venue):
    b = extract(text, "bv", curation=False)
    assert _days(b, "bv") == days
    places = _places(b, "bv")
    # the city always; the venue too where it is a Place of its own, never the release's dateline
    assert city in places and set(places) <= {city, venue}
    assert all(s.start >= text.index(venue) and text[s.start:s.end] == s.quote
               for e in _held(b, "bv", "HELD_IN") for s in e.sources)


@pytest.mark.parametrize("text, place", [
    ("Reunión bilateral de cónsules\n\nEl encuentro concluyó en Quito, tras dos días de trabajo "
     "sobre visados.\n", "Quito"),
    ("Consular talks\n\nThe talks concluded in Lima after two days of work on visas.\n", "Lima"),
])
def test_a_meeting_that_concluded_somewhere_was_held_there(text, place):
    b = extract(text, "cc", curation=False)
    assert _places(b, "cc") == [place]


@pytest.mark.parametrize("text, place, days", [
    ("---\ntitle: Water Forum Board 2031\n---\n\n#### 3rd - 4th May 2031 - Geneva, Switzerland - "
     "meeting minutes\n\n1. **Welcome**\n    1. AB - Welcome everyone.\n", "Geneva",
     ["2031-05-03/2031-05-04"]),
    ("# Junta del Foro del Agua 2031\n\n## 12 de mayo de 2031 – Quito, Ecuador – acta\n\n1. "
     "Bienvenida de la presidenta.\n", "Quito", ["2031-05-12"]),
])
def test_a_minutes_heading_with_the_day_before_the_place(text, place, days):
    b = extract(text, "mh", curation=False)
    assert _places(b, "mh") == [place]
    assert _days(b, "mh") == days
