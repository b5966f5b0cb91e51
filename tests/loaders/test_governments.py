"""States, provinces and territories that act as governments in a meeting: an Organization for
a subdivision of a country the document names, written before a word of a government's people,
after "Government of"/"Gobierno de", or opening a row of an attendance list."""
import pytest

from loaders.pipeline import extract


def organisations(text):
    """{name: [quotes]} of the Organization nodes the text names, each source checked."""
    b = extract(text, "d", curation=False)
    doc = b.nodes[b.document].properties["text"]
    out = {}
    for n in b.nodes.values():
        if n.kind == "Organization" and n.sources:
            for s in n.sources:
                assert doc[s.start:s.end] == s.quote
            out[n.name] = [s.quote for s in n.sources]
    return out


@pytest.mark.parametrize("text,names", [
    ("Joint statement of Canadian ministers\n\nThe ministers of Canada met in Ottawa. Ontario and Manitoba "
     "Ministers stressed the shortage of nurses in rural areas.\n", {"Ontario", "Manitoba"}),
    ("Comunicado\n\nLas autoridades de México se reunieron en Tapachula. El Gobierno de Oaxaca presentó "
     "su plan de atención a personas migrantes.\n", {"Oaxaca"}),
    ("Record of the conference of Australian ministers\n\nThe ministers of Australia were present:\n\n"
     "Queensland The Hon. A. Example\n\nNorthern Territory\n\nTasmania\n\nThe Hon. B. Sample\n\n"
     "Mr C. Model\n", {"Queensland", "Northern Territory", "Tasmania"}),
    # opening a sentence right before what it did
    ("Joint statement of Canadian ministers\n\nThe ministers of Canada met in Ottawa.\n\n Manitoba sought "
     "special schemes to add to its population.\n", {"Manitoba"}),
    ("Comunicado\n\nLas autoridades de México se reunieron. Oaxaca propuso un plan piloto de atención.\n",
     {"Oaxaca"}),
])
def test_a_subdivision_acting_as_a_government(text, names):
    got = organisations(text)
    assert names <= set(got)
    assert all(got[n] and set(got[n]) == {n} for n in names)


@pytest.mark.parametrize("text,name", [
    # a place, not a government
    ("Communique\n\nThe ministers of Canada met in Ontario to review the programme and its budget.\n", "Ontario"),
    # a subdivision of a country the document does not name
    ("Communique\n\nOntario Ministers met to review the programme and its budget.\n", "Ontario"),
    # a sentence about the place, no verb of what it did
    ("Communique\n\nThe ministers of Canada met. Manitoba is a large province with many lakes.\n", "Manitoba"),
])
def test_a_subdivision_that_is_no_government(text, name):
    assert name not in organisations(text)
