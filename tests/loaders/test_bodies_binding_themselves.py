"""A body named at the head of a sentence that binds itself is responsible for what it will do,
as an organisation already was: minutes' "The Health Working Group will map the clinics", "El
Grupo de Trabajo de Salud se compromete a ...". Texts written for the test."""
from __future__ import annotations

import pytest

from tests.loaders.batches import bound, commitments, named, read

MINUTES_EN = """Shelter Working Group - monthly coordination

12 March 2019

Agenda item

Action points

The Health Working Group will map the clinics that take referrals from the border. The Legal Aid Network will share its list of lawyers before the next meeting. The Legal Aid Network has been busy this month.
"""

MINUTES_ES = """Mesa de Coordinación de Albergues - reunión mensual

12 de marzo de 2019

Puntos de acción

El Grupo de Trabajo de Salud se compromete a mapear las clínicas que reciben casos de la frontera. La Red de Asistencia Legal ha tenido un mes de mucho trabajo.
"""


@pytest.mark.parametrize("text,body,task", [
    (MINUTES_EN, "Health Working Group", "The Health Working Group will map the clinics"),
    (MINUTES_EN, "Legal Aid Network", "The Legal Aid Network will share its list of lawyers"),
    (MINUTES_ES, "Grupo de Trabajo de Salud", "El Grupo de Trabajo de Salud se compromete a mapear"),
])
def test_a_body_at_the_head_of_a_sentence_binds_itself(text, body, task):
    batch = read(text)
    bodies = named(batch, "Body")
    assert body in bodies, bodies.keys()
    found = {t: i for t, i in commitments(batch).items() if t.startswith(task)}
    assert len(found) == 1, commitments(batch)
    (cid,) = found.values()
    assert bound(batch, cid) == {bodies[body].id}


@pytest.mark.parametrize("text,words", [(MINUTES_EN, "has been busy"), (MINUTES_ES, "ha tenido un mes")])
def test_a_body_that_only_reports_commits_to_nothing(text, words):
    assert not any(words in t for t in commitments(read(text)))
