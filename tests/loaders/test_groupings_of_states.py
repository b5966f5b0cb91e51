"""A grouping of states the text names in capitals and no one tags, its states in brackets after
it (Spanish and English): "los países del Triángulo Norte (A, B y C)", "the countries of the
Northern Triangle (A, B and C)" is a Body of its own, each state MEMBER_OF it; words in lower case
("los países de la región (A, B y C)") name no grouping. Quotes slice the text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, read

STATES = {"country:sv", "country:hn", "country:gt"}


@pytest.mark.parametrize("text, body, name", [
    ("Reunión de cancilleres\n\nLos cancilleres de los países del Triángulo Norte (El Salvador, "
     "Honduras y Guatemala) se reunieron en México el 12 de julio de 2018.\n",
     "body:triangulo-norte", "Triángulo Norte"),
    ("Foreign ministers meet\n\nThe foreign ministers of the countries of the Northern Triangle "
     "(El Salvador, Honduras and Guatemala) met in Mexico City on 12 July 2018.\n",
     "body:northern-triangle", "Northern Triangle"),
])
def test_states_in_brackets_after_a_named_grouping_are_its_members(text, body, name):
    b = read(text, "grouping")
    assert b.nodes[body].kind == "Body" and b.nodes[body].name == name
    assert {s for s, _ in pairs(b, "MEMBER_OF", dst=body)} == STATES


@pytest.mark.parametrize("text", [
    "Reunión de cancilleres\n\nLos cancilleres de los países de la región (El Salvador, Honduras y "
    "Guatemala) se reunieron en México el 12 de julio de 2018.\n",
    "Foreign ministers meet\n\nThe foreign ministers of the countries of the region (El Salvador, "
    "Honduras and Guatemala) met in Mexico City on 12 July 2018.\n",
])
def test_words_in_lower_case_name_no_grouping(text):
    b = read(text, "grouping")
    assert not [t for s, t in pairs(b, "MEMBER_OF") if s in STATES]
