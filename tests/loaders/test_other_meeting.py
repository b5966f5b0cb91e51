"""Another meeting named in a document (an earlier one with its own ordinal, "la reunión
anterior", "the previous meeting") does not lend its place or day to the document's meeting,
in texts written here (Spanish and English); the document's own meeting is still dated and
placed by the sentence saying its participants met. Quotes slice the text (check_spans)."""
from __future__ import annotations

import pytest

from loaders.other_meetings import opening_ordinal, own_ordinal
from tests.loaders.batches import read
from tests.loaders.test_cases import meeting, place_of, span_of


def held_quotes(b) -> list[str]:
    return sorted(s.quote for e in b.edges.values()
                  if e.type in ("HELD_IN", "HELD_ON") and e.source == meeting(b) for s in e.sources)


def test_earlier_ordinal_on_one_line_es():
    b = read("DECLARACIÓN DE LA III REUNIÓN DE GOBERNADORES DE FRONTERA PERÚ-BOLIVIA Puno, Perú, "
             "4 de octubre de 2011 Recordando los acuerdos de la II Reunión de Gobernadores de "
             "Frontera, celebrada en Cochabamba, Bolivia, el 9 de septiembre de 2010. Se reunieron "
             "en la ciudad de Puno, a los cuatro días del mes de octubre de dos mil once, los "
             "gobernadores de ambos países.", "gobernadores")
    assert place_of(b, meeting(b)) == {"Puno"}
    assert span_of(b, meeting(b)) == {("2011-10-04", "2011-10-04", "day")}
    assert "Cochabamba" not in " ".join(held_quotes(b))


def test_earlier_ordinal_in_words_en():
    b = read("Joint Statement of the Sixth Ministerial Meeting of the Coastal States\n\n"
             "The ministers recalled the outcomes of the Fifth Ministerial Meeting, held in Suva, "
             "Fiji, on 3 May 2018. The ministers met in Apia, Samoa, on 14 June 2019 to review "
             "the fisheries arrangement.\n", "coastal")
    assert place_of(b, meeting(b)) == {"Apia"}
    assert span_of(b, meeting(b)) == {("2019-06-14", "2019-06-14", "day")}


AREQUIPA_DAY = ("Arequipa", "2020-04-05")
KAMPALA_DAY = ("Kampala", "2020-04-05")


@pytest.mark.parametrize("text,place,day", [
    ("Acta de la reunión del consejo\n\nEl consejo revisó los acuerdos de la reunión anterior, "
     "celebrada en Lima el 2 de marzo de 2020. Los consejeros se reunieron en Arequipa el 5 de "
     "abril de 2020 para revisar el plan.\n", *AREQUIPA_DAY),
    ("Acta de la reunión del consejo\n\nEl consejo revisó los acuerdos de la última reunión, "
     "realizada en Lima el 2 de marzo de 2020. Los consejeros se reunieron en Arequipa el 5 de "
     "abril de 2020 para revisar el plan.\n", *AREQUIPA_DAY),
    ("Minutes of the board\n\nThe board reviewed the actions of the previous meeting, held in "
     "Nairobi on 2 March 2020. The members met in Kampala on 5 April 2020 to review the plan.\n",
     *KAMPALA_DAY),
    ("Minutes of the board\n\nThe board reviewed the actions of last year's meeting, held in "
     "Nairobi on 2 March 2019. The members met in Kampala on 5 April 2020 to review the plan.\n",
     *KAMPALA_DAY),
])
def test_earlier_meeting_word(text, place, day):
    """"la reunión anterior", "la última reunión", "the previous meeting", "last year's meeting"
    (Spanish, then English) lend the document's meeting neither their place nor their day."""
    b = read(text, "consejo" if text.startswith("Acta") else "board")
    assert place_of(b, meeting(b)) == {place}
    assert span_of(b, meeting(b)) == {(day, day, "day")}


def test_same_ordinal_is_the_documents_own_meeting():
    b = read("Comunicado de la IV Reunión de Ministros de Pesca\n\nLa IV Reunión de Ministros de "
             "Pesca, celebrada en Valparaíso, Chile, el 7 de julio de 2016, revisó el plan.\n",
             "pesca")
    assert place_of(b, meeting(b)) == {"Valparaíso"}
    assert span_of(b, meeting(b)) == {("2016-07-07", "2016-07-07", "day")}


def test_ordinals_read():
    assert own_ordinal("VI Reunión Binacional de Ministros") == 6
    assert own_ordinal("Fifth Ministerial Meeting") == 5
    assert own_ordinal("Sexta Reunión del Comité") == 6
    assert own_ordinal("Reunión del Comité Civil") is None
    assert opening_ordinal("XII CUMBRE DE PRESIDENTES Quito, 2 de mayo de 2019") == 12
    assert opening_ordinal("Informe de la reunión del consejo") is None


def other_held(b, name: str) -> dict:
    ev = [n.id for n in b.nodes.values() if n.kind == "Event" and n.name == name]
    assert len(ev) == 1, [n.name for n in b.nodes.values() if n.kind == "Event"]
    return {e.type: (b.nodes[e.target].properties.get("date") or b.nodes[e.target].name,
                     [s.quote for s in e.sources])
            for e in b.edges.values() if e.source == ev[0] and e.type in ("HELD_IN", "HELD_ON")}


def test_the_earlier_meeting_keeps_its_own_place_and_day_es():
    b = read("DECLARACIÓN DE LA III REUNIÓN DE GOBERNADORES DE FRONTERA PERÚ-BOLIVIA Puno, Perú, "
             "4 de octubre de 2011 Recordando los acuerdos de la II Reunión de Gobernadores de "
             "Frontera, celebrada en Cochabamba, Bolivia, el 9 de septiembre de 2010. Se reunieron "
             "en la ciudad de Puno, a los cuatro días del mes de octubre de dos mil once, los "
             "gobernadores de ambos países.", "gobernadores")
    assert other_held(b, "II Reunión de Gobernadores de Frontera") == {
        "HELD_IN": ("Cochabamba", ["Cochabamba"]),
        "HELD_ON": ("2010-09-09", ["el 9 de septiembre de 2010"])}


def test_the_earlier_meeting_keeps_its_own_place_and_day_en():
    b = read("Joint Statement of the Sixth Ministerial Meeting of the Coastal States\n\n"
             "The ministers recalled the outcomes of the Fifth Ministerial Meeting, held in Suva, "
             "Fiji, on 3 May 2018. The ministers met in Apia, Samoa, on 14 June 2019 to review "
             "the fisheries arrangement.\n", "coastal")
    assert other_held(b, "Fifth Ministerial Meeting") == {
        "HELD_IN": ("Suva", ["Suva"]), "HELD_ON": ("2018-05-03", ["3 May 2018"])}


def test_an_unnamed_earlier_meeting_is_its_own_event_never_the_records():
    b = read("Minutes of the board\n\nThe board reviewed the actions of the previous meeting, held in "
             "Nairobi on 2 March 2020. The members met in Kampala on 5 April 2020 to review the plan.\n",
             "board")
    # the record's own meeting is never held in Nairobi; the previous meeting is
    assert {e.source for e in b.edges.values() if e.type == "HELD_IN" and
            b.nodes[e.target].name == "Nairobi"} == {"event:board:past-previous-meeting"}
    assert b.nodes["event:board:past-previous-meeting"].name == "Previous meeting"
