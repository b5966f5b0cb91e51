"""A sentence that only opens the list or table after it, or whose "agreed" is the agenda's, is
no commitment; the items it opens still are. Texts written for the test."""
import pytest

from loaders.commitments import lead_in
from loaders.pipeline import extract


def _commitments(text):
    b = extract(text, "d", curation=False)
    doc = b.nodes[b.document].properties["text"]
    out = []
    for n in b.nodes.values():
        if n.kind == "Commitment":
            for s in n.sources:
                assert doc[s.start:s.end] == s.quote
            out.append(n.properties["text"])
    return sorted(out)


@pytest.mark.parametrize("sentence", [
    "The Working Group agreed to the action items below.",
    "The delegations agreed on the following:",
    "The Committee decided the following steps:",
    "The members agreed as follows:",
    "Los participantes acordaron lo siguiente:",
    "Las delegaciones acordaron las acciones que se detallan a continuación.",
    "Se acuerda lo siguiente:",
    "the group discussed several issues agreed to in the attached agenda",
    "se conversó sobre los temas acordados en la agenda adjunta",
])
def test_a_sentence_that_opens_a_list_is_a_lead_in(sentence):
    assert lead_in(sentence)


@pytest.mark.parametrize("sentence", [
    "The Working Group agreed to hold its next meeting in Lima.",
    "The delegations agreed on the following date for the workshop: 3 May 2022.",
    "Los participantes acordaron lo siguiente: crear una red de puntos focales.",
    "Se acuerda aprobar la agenda.",
])
def test_a_decision_is_no_lead_in(sentence):
    assert not lead_in(sentence)


@pytest.mark.parametrize("text,expected", [
    ("Minutes of the Third Meeting of the Working Group on Labour Mobility\n\n12 April 2022\n\n"
     "Agreements\n\n1. The Working Group agreed to adopt its terms of reference.\n\n"
     "2. The Working Group agreed to the action items below.\n\n"
     "3. Peru will circulate a survey by 30 April 2022.\n",
     ["Peru will circulate a survey by 30 April 2022.",
      "The Working Group agreed to adopt its terms of reference."]),
    ("Report of the Meeting of the Working Group on Migration\n\n3 March 2003\n\n"
     "On this occasion, the Working Group had a long dialogue covering several issues agreed to in the "
     "attached agenda. The Working Group agreed to hold its next meeting in Lima.\n",
     ["The Working Group agreed to hold its next meeting in Lima."]),
    ("Acta de la Reunión del Grupo de Trabajo sobre Asuntos Consulares\n\n5 de abril de 2022\n\n"
     "Las delegaciones acordaron lo siguiente:\n\n"
     "1. La Secretaría Técnica enviará el informe final antes del 30 de junio de 2022.\n",
     ["La Secretaría Técnica enviará el informe final antes del 30 de junio de 2022."]),
])
def test_the_lead_in_is_no_commitment_and_its_items_are(text, expected):
    assert _commitments(text) == expected
