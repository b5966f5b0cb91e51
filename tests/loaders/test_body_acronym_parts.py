"""A body whose name the organisation's acronym opens, joined by a hyphen ("CEI-Executive
Secretariat", "the DPI-Executive Committee"), in communiqués written here: PART_OF the
organisation the text writes that acronym for, quoted on the body's name; an acronym the text
never writes for an organisation makes no such edge. Quotes slice the text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, read


@pytest.mark.parametrize("text, body, org", [
    ("Joint Communiqué\n\nThe Ministers of the Central Alpine Initiative (CAI) met in Innsbruck on "
     "4 May 2019. The CAI-Executive Secretariat presented its annual report.\n",
     "CAI-Executive Secretariat", "Central Alpine Initiative"),
    ("Joint Statement\n\nThe Danube Ports Initiative (DPI) held its annual meeting in Vienna on "
     "12 June 2021. The DPI-Executive Committee approved the work plan for 2022.\n",
     "DPI-Executive Committee", "Danube Ports Initiative"),
])
def test_acronym_opens_body_name(text, body, org):
    b = read(text, "acr")
    bodies = {n.name: i for i, n in b.nodes.items() if n.kind == "Body"}
    orgs = {n.name: i for i, n in b.nodes.items() if n.kind == "Organization"}
    assert body in bodies and org in orgs, (sorted(bodies), sorted(orgs))
    assert pairs(b, "PART_OF", bodies[body]) == {(bodies[body], orgs[org])}
    edge = next(e for e in b.edges.values() if e.type == "PART_OF" and e.source == bodies[body])
    assert [s.quote for s in edge.sources] == [body]


def test_acronym_not_written_for_an_organisation():
    b = read("Joint Communiqué\n\nThe Ministers met in Innsbruck on 4 May 2019. The "
             "CAI-Executive Secretariat presented its annual report.\n", "acr")
    bodies = [i for i, n in b.nodes.items() if n.kind == "Body" and "Executive" in n.name]
    assert bodies
    assert not pairs(b, "PART_OF", bodies[0])
