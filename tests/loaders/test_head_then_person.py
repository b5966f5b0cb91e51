"""A name written before its head noun ("National Migration Institute") ends at the head when a
person's name follows it ("... Institute Francisco Garduño Yaez"); a name that opens with its
head keeps a person's name inside it ("Fundación Carlos Slim", "Instituto Tomás Moro")."""
from __future__ import annotations

import pytest

from loaders.pipeline import extract


def _names(text: str, kinds=("Organization", "Body")) -> set[str]:
    batch = extract("Acta de la reunión\n\n" + text + "\n", "head-then-person")
    doc = batch.nodes[batch.document].properties["text"]
    for thing in [*batch.nodes.values(), *batch.edges.values()]:
        for s in thing.sources:
            assert doc[s.start:s.end] == s.quote
    return {n.name for n in batch.nodes.values() if n.kind in kinds}


@pytest.mark.parametrize("text, name", [
    ("Commissioner of the National Migration Institute Francisco Garduño Yaez joined the meeting.",
     "National Migration Institute"),
    ("The Regional Protection Office Maria Lopez Vega presented the report.", "Regional Protection Office"),
])
def test_a_head_that_closes_a_name_is_not_followed_by_a_person(text, name):
    names = _names(text)
    assert name in names and not any("Garduño" in n or "Maria" in n for n in names)


def test_a_name_opened_by_its_head_keeps_a_person_s_name():
    names = _names("Participaron el Instituto Tomás Moro de Estudios Sociales y la Fundación Carlos Slim.")
    assert {"Instituto Tomás Moro de Estudios Sociales", "Fundación Carlos Slim"} <= names
