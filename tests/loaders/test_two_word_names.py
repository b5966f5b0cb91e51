"""Names of two capitalised words with a head noun, read inside a sentence ("the Pacific Plan",
"el Panel de Conciliadores"), and the two-word names that are generic, partial or the start of a
longer name, which are not read."""
import pytest

from loaders.pipeline import extract


def general(text, doc="d"):
    """The batch of `text` read by general rules only (no per-document curation), after a title
    and a first paragraph, so that its last paragraph is read as running text."""
    body = text.split("\n\n", 1)[1] if text.startswith(("Note\n\n", "Nota\n\n")) else text
    return extract("Record of the meeting\n\nThe delegations met to review the programme and its "
                   f"progress.\n\n{body}", doc, curation=False)


def named(batch):
    """{name: kind} of the nodes the text names, every source checked against the text."""
    text = batch.nodes[batch.document].properties["text"]
    out = {}
    for n in batch.nodes.values():
        if n.sources and n.kind in ("Body", "Instrument", "Organization", "Conference"):
            for s in n.sources:
                assert text[s.start:s.end] == s.quote
            out[n.name] = n.kind
    return out


@pytest.mark.parametrize("sentence,name,kind", [
    ("Leaders reaffirmed their support for the Orchid Plan and its review.", "Orchid Plan", "Instrument"),
    ("Las partes pidieron al Panel de Mediadores un informe en junio sobre la situación de la frontera "
     "y los avances del proceso.", "Panel de Mediadores", "Body"),
    ("Both sides agreed to sign a Memorandum of Understanding on fisheries.", "Memorandum of Understanding",
     "Instrument"),
])
def test_two_word_names_inside_a_sentence(sentence, name, kind):
    assert named(general(f"Note\n\n{sentence}\n")).get(name) == kind


@pytest.mark.parametrize("sentence,not_a_name", [
    ("The ministers set up a Working Group to follow the matter.", "Working Group"),
    ("Orchid Plan reviewers met in June.", "Orchid Plan"),                         # opens the sentence
    ("La Red de Mujeres por la Transparencia pidió cambios.", "Red de Mujeres"),          # a longer name
    ("Se aplicó el Estatuto Anticorrupción de ese año.", "Estatuto Anticorrupción"),     # its year follows
    ("They welcomed the KPX Investment Protocol signed in May.", "Investment Protocol"),  # an acronym before
    ("Ministers noted the Orchid Plan on\n\nSettlement Policies, published in May.", "Orchid Plan"),  # cut by a break
])
def test_two_word_names_that_are_not_read(sentence, not_a_name):
    assert not_a_name not in named(general(f"Note\n\n{sentence}\n"))
