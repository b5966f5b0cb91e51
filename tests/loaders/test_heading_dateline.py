"""A heading block "TITLE / DATE / PLACE": the title is the lines before the date line, the date
line dates the document and its meeting, and a date a long sentence names far from the words
that say the meeting met does not (my own wording, English and Spanish)."""
import pytest

from loaders.pipeline import extract
from loaders.reading.metadata import find_title, title_text
from loaders.structure import display_title, document_date

BINATIONAL = """XXI CANADA-CHILE JOINT COMMISSION
MARCH 14, 2008
SANTIAGO, CHILE

Background: Since 1997 the Joint Commission has met every year, and this meeting of the Commission takes place in a new setting for both governments, after the floods of August 3, 2007 changed the priorities of the working groups on labour mobility.

Both delegations agreed to exchange statistics on seasonal workers before the next session.
"""

COMISION = """XIV COMISIÓN MIXTA PERÚ-BOLIVIA
22 de mayo de 2011
La Paz, Bolivia

Antecedentes: esta reunión de la Comisión Mixta se celebra en un contexto distinto al de los años anteriores, pues el terremoto del 15 de agosto de 2007 obligó a revisar la agenda migratoria de ambos países.
"""


@pytest.mark.parametrize("text, title, iso", [
    (BINATIONAL, "XXI Canada-Chile Joint Commission", "2008-03-14"),
    (COMISION, "XIV Comisión Mixta Perú-Bolivia", "2011-05-22"),
])
def test_heading_dateline_gives_title_and_date(text, title, iso):
    assert display_title(title_text(text, find_title(text))) == title
    assert document_date(text) == iso


def test_meeting_is_dated_by_the_heading_not_by_an_event_the_background_recalls():
    b = extract(BINATIONAL, "jc", curation=False)
    held_on = [e for e in b.edges.values() if e.type == "HELD_ON" and e.source == "event:jc:meeting"]
    assert [b.nodes[e.target].properties["date"] for e in held_on] == ["2008-03-14"]
    (e,) = held_on
    s = e.sources[0]
    assert BINATIONAL[s.start:s.end] == s.quote == "MARCH 14, 2008"


def test_a_date_said_right_after_the_meeting_verb_still_dates_the_document():
    text = ("Joint statement\n\nThe ministers of the Almaty Process met in Bishkek on 12 June 2019 "
            "to review the work done since the floods of 2 May 2018 in the region and agreed on a plan.\n")
    assert document_date(text) == "2019-06-12"


@pytest.mark.parametrize("caps, shown", [
    ("XIX U.S.-MEXICO BINATIONAL COMMISSION", "XIX U.S.-Mexico Binational Commission"),
    ("REUNIÓN MÉXICO-ESTADOS UNIDOS EN WASHINGTON, D.C.", "Reunión México-Estados Unidos en Washington, D.C."),
])
def test_all_capitals_title_keeps_initialisms_and_capitalises_after_a_hyphen(caps, shown):
    assert display_title(caps) == shown


def test_honorific_is_no_part_of_a_listed_name_with_its_organisation():
    text = ("# Minutes of the Audit Board meeting\n\n## Members present\n\n- Mtra. Lucía Ferreyra, "
            "Tesorería\n- Dr. Omar Salem, Audit Office\n")
    b = extract(text, "ab", curation=False)
    names = sorted(n.name for n in b.nodes.values() if n.kind == "Person")
    assert names == ["Lucía Ferreyra", "Omar Salem"]
