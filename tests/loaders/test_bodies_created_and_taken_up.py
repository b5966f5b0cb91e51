"""A body the text creates under a generic name, then takes up by its capitalised head noun
(Spanish and English): "crear un grupo de trabajo ad hoc sobre riego ... El Grupo presentará",
"set up an ad hoc working group on irrigation ... The Group will report" is one Body of the
document, quoted at both places; never a known forum's body of that generic name when the text
names none of that forum's parts, but that body where it names its forum ("la CRM y la CSM
acordaron crear un grupo ad-hoc"). A head noun that opens another name ("el Grupo de Lima") is
no reference. Quotes slice the text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import read


def bodies(b) -> dict[str, list[str]]:
    """{id: quotes} of the batch's Body nodes."""
    return {i: [s.quote for s in n.sources] for i, n in b.nodes.items() if n.kind == "Body"}


@pytest.mark.parametrize("text, ident, first, again", [
    ("Acta de la reunión\n\nLos ministros se reunieron en Lima el 3 de mayo de 2019 y acordaron "
     "crear un grupo de trabajo ad hoc sobre riego. El Grupo presentará su informe en junio.\n",
     "body:created:grupo-de-trabajo-ad-hoc-sobre-riego", "grupo de trabajo ad hoc sobre riego", "Grupo"),
    ("Minutes of the meeting\n\nMinisters met in Lima on 3 May 2019 and agreed to set up an ad hoc "
     "working group on irrigation. The Group will report in June.\n",
     "body:created:ad-hoc-working-group-on-irrigation", "ad hoc working group on irrigation", "Group"),
])
def test_a_created_body_taken_up_by_its_head_noun_is_one_body(text, ident, first, again):
    b = read(text, "created")
    found = bodies(b)
    assert set(found) == {ident}, found
    assert found[ident] == [first, again]


def test_a_head_noun_opening_another_name_is_no_reference():
    b = read("Acta de la reunión\n\nLos ministros se reunieron en Lima el 3 de mayo de 2019 y "
             "acordaron crear un grupo de trabajo ad hoc sobre riego. El Grupo de Lima saludó la "
             "decisión.\n", "created")
    assert bodies(b)["body:created:grupo-de-trabajo-ad-hoc-sobre-riego"] == \
        ["grupo de trabajo ad hoc sobre riego"]


def test_the_known_body_stays_where_its_forums_are_named():
    b = read("Acta de la reunión de las Troikas\n\nLas Troikas de la CRM y de la CSM se reunieron "
             "en Panamá el 30 de marzo de 2017 y acordaron crear un grupo ad-hoc sobre el Pacto "
             "Mundial.\n", "created")
    assert "body:adhoc-crm-csm-pmm" in bodies(b)
