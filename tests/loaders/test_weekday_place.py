"""A day of the week is never a place: a document opening "Thursday, 25 August 2016" or
"Jueves, 25 de agosto de 2016" gets its date and no place. Texts written for the test."""
import pytest

from loaders.pipeline import extract

BODY = ("\n\nThe Fifth Ministerial Consultation of the Regional Process on Labour Migration met. "
        "The ministers adopted the Declaration.\n")


def _document(first_line):
    b = extract(first_line + BODY, "d", curation=False)
    doc = b.nodes[b.document].properties
    places = [n for n in b.nodes.values() if n.kind == "Place"]
    for n in places:
        assert all(doc["text"][s.start:s.end] == s.quote for s in n.sources)
    return doc, [n.properties.get("name") or n.id for n in places]


@pytest.mark.parametrize("first_line,date", [
    ("Thursday, 25 August 2016", "2016-08-25"),
    ("Jueves, 25 de agosto de 2016", "2016-08-25"),
    ("Monday 3 May 2021", "2021-05-03"),
    ("Sábado, 3 de julio de 2021", "2021-07-03"),
])
def test_a_weekday_opening_the_date_line_is_no_place(first_line, date):
    doc, places = _document(first_line)
    assert doc.get("date") == date
    assert doc.get("place") is None
    assert places == []


def test_the_place_before_a_weekday_is_kept():
    doc, _ = _document("Colombo, Thursday 25 August 2016")
    assert (doc.get("place"), doc.get("date")) == ("Colombo", "2016-08-25")
