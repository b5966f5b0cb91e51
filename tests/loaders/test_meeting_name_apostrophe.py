"""The meeting is named after the meeting, never after the document type that reports it:
"Co-Chairs' Statement of the 7th Senior Officials' Meeting of X" → "7th Senior Officials'
Meeting of X", also when a word of the meeting's name ends in an apostrophe."""
import pytest

from tests.loaders.batches import read


@pytest.mark.parametrize("title, name", [
    ("Co-Chairs' Statement of the 5th Senior Officials' Meeting of the Coastal Dialogue",
     "5th Senior Officials' Meeting of the Coastal Dialogue"),
    ("Chair's Summary of the Third Ministers' Meeting on Labour Mobility",
     "Third Ministers' Meeting on Labour Mobility"),
    ("Joint Statement of the 2nd Leaders' Meeting of the River Basin Partnership",
     "2nd Leaders' Meeting of the River Basin Partnership"),
])
def test_the_meeting_is_named_after_the_meeting(title, name):
    text = title + "\n\nThe meeting was held in Suva, Fiji, on 3 May 2018.\n"
    b = read(text, "named")
    assert b.nodes["event:named:meeting"].name == name


@pytest.mark.parametrize("text, name", [
    ("Lisbon Declaration\n\nWe, the Ministers of the partner countries, gathered on 4 and 5 May "
     "2009 in Lisbon, in the framework of the Atlantic Ministerial Conference on Maritime "
     "Migration;\n", "Atlantic Ministerial Conference on Maritime Migration"),
    ("Accra Declaration\n\nThe Ministers met in Accra on 2 June 2011 within the framework of the "
     "West African Regional Forum on Labour Mobility.\n",
     "West African Regional Forum on Labour Mobility"),
])
def test_a_declaration_names_the_meeting_it_was_adopted_at(text, name):
    # the title is the instrument adopted; the meeting is the one whose framework they met in
    b = read(text, "adopted")
    assert b.nodes["event:adopted:meeting"].name == name
