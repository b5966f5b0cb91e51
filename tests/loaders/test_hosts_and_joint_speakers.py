"""Hosts who receive the others ("A and B welcomed the representatives of ...", "A y B dieron la
bienvenida a las delegaciones ...") organise the meeting and take part; two persons joined before
a speech verb ("During the session, Ms. A and Dr. B reiterated that ...") both say it."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, read

HOSTS_EN = """Readout of the regional migration meeting

Ottawa, 3 April 2015

On Friday, April 3, 2015, Foreign Minister Helen Example and Immigration Minister Tom Sample
welcomed the senior representatives of twelve countries to Ottawa to review the regional plan.

During the working session, Ms. Example and Mr. Sample reiterated that regular pathways remain
the best answer to irregular movements across the region.
"""

HOSTS_ES = """Nota informativa

Lima, 3 de abril de 2015

El canciller Pedro Prueba Soto y la ministra del Interior Ana Ejemplo Vera dieron la bienvenida a
las delegaciones de doce países para examinar el plan regional.
"""


@pytest.mark.parametrize("text, doc, hosts", [
    (HOSTS_EN, "ott", ("person:helen-example", "person:tom-sample")),
    (HOSTS_ES, "lim", ("person:pedro-prueba-soto", "person:ana-ejemplo-vera")),
])
def test_persons_who_welcome_the_others_host_the_meeting(text, doc, hosts):
    b = read(text, doc)
    meeting = f"event:{doc}:meeting"
    for person in hosts:
        assert (person, meeting) in pairs(b, "ORGANISES")
        assert (person, meeting) in pairs(b, "PARTICIPATES_IN")


def test_welcoming_a_proposal_hosts_nothing():
    text = ("Press release\n\nOttawa, 3 April 2015\n\nForeign Minister Helen Example welcomed the "
            "proposal of the working group on data.\n")
    assert pairs(read(text, "ott"), "ORGANISES") == set()


def test_two_titled_persons_joined_before_the_verb_both_say_it():
    b = read(HOSTS_EN, "ott")
    said = [e for e in b.edges.values() if e.type == "SAID"]
    speakers = {e.source for e in said}
    assert speakers == {"person:helen-example", "person:tom-sample"}
    statement = b.nodes[said[0].target]
    assert "regular pathways remain" in statement.properties["text"]
