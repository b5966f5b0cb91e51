"""A long name the text writes a little differently from a known organisation's, defined with
that organisation's acronym, is the known organisation: one node, not a second one beside it."""
import pytest

from tests.loaders.batches import read

CASES = [
    ("Nota\n\nAsistieron representantes del Sistema de Integración Centroamericana (SICA) y de la "
     "Organización Internacional para la Migración (OIM). El SICA presentó su informe.\n",
     {"organization:sica", "organization:oim"}),
    ("Note\n\nThe meeting was attended by the International Organisation for Migrations (IOM), "
     "which presented its report.\n",
     {"organization:oim"}),
    # under a title of its own: the English acronym the known organisation has among its aliases
    ("Minutes of the meeting\n\nThe meeting was attended by the International Organisation for "
     "Migrations (IOM), which presented its report.\n",
     {"organization:oim"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_known_organisation_defined_with_its_acronym_is_one_node(text, expected):
    batch = read(text)
    organisations = {n.id for n in batch.nodes.values() if n.kind == "Organization"}
    assert organisations == expected
    meeting = f"event:{batch.document}:meeting"
    taking_part = {e.source for e in batch.edges.values()
                   if e.type == "PARTICIPATES_IN" and e.target == meeting}
    assert expected <= taking_part
