"""A text the parties decide to make ("acordaron presentar un informe sobre migración a más tardar
el 30 de junio", "agreed to prepare a joint study on remittances within 90 days") is the
decision's DELIVERABLE, its name ending before its deadline, and the deadline (a date, a period
counted from the meeting, the next meeting) is DUE; views presented are no deliverable
(data/patterns.yaml commitments new_deliverable, due)."""
from tests.loaders.batches import commitments, pairs, read

SPANISH = """Comunicado de la reunión de Chile y Perú

Santiago, 3 de mayo de 2024

Las delegaciones de Chile y del Perú se reunieron en Santiago.

Las delegaciones acordaron presentar un informe sobre migración a más tardar el 30 de junio de 2024.

Las delegaciones acordaron elaborar un estudio conjunto sobre remesas en un plazo de 90 días.

Ambos países acordaron informar sobre la salud en la frontera antes de la próxima reunión.
"""

ENGLISH = """Joint communiqué of the meeting of Chile and Peru

Santiago, 3 May 2024

The delegations of Chile and Peru met in Santiago.

The delegations agreed to prepare a joint study on remittances within 90 days.

The two countries agreed to report back on border health by the next meeting.

The delegations agreed to present their views on the border regime at the next meeting.
"""


def _of(batch, opening: str, etype: str) -> list[str]:
    c = next(i for t, i in commitments(batch).items() if t.startswith(opening))
    return sorted(batch.nodes[d].name for _, d in pairs(batch, etype, c))


def test_spanish_decided_texts_are_deliverables_ending_before_their_deadline():
    b = read(SPANISH, "deliv-es")
    assert _of(b, "Las delegaciones acordaron presentar", "DELIVERABLE") == ["Informe sobre migración"]
    assert _of(b, "Las delegaciones acordaron presentar", "DUE") == ["2024-06-30"]
    assert _of(b, "Las delegaciones acordaron elaborar", "DELIVERABLE") == ["Estudio conjunto sobre remesas"]
    # ninety days from the meeting of 3 May 2024
    assert _of(b, "Las delegaciones acordaron elaborar", "DUE") == ["2024-08-01"]
    assert _of(b, "Ambos países acordaron informar", "DUE") == ["Próxima reunión"]


def test_english_decided_texts_are_deliverables_ending_before_their_deadline():
    b = read(ENGLISH, "deliv-en")
    assert _of(b, "The delegations agreed to prepare", "DELIVERABLE") == ["Joint study on remittances"]
    assert _of(b, "The delegations agreed to prepare", "DUE") == ["2024-08-01"]
    assert _of(b, "The two countries agreed to report back", "DUE") == ["Next meeting"]


def test_views_presented_are_no_deliverable():
    b = read(ENGLISH, "deliv-en")
    assert _of(b, "The delegations agreed to present their views", "DELIVERABLE") == []


CHARGES_EN = """Joint Communique of the Ministerial Meeting of Chile and Peru

Lima, 3 March 2011

The Ministers of Chile and Peru met in Lima on 3 March 2011.

APPROVED

  1. To entrust the Secretariat with a report on border crossings.
  2. To entrust the Secretariat with the follow-up of these agreements.
"""

CHARGES_ES = """Comunicado conjunto de la Reunión Ministerial de Chile y Perú

Lima, 3 de marzo de 2011

Los Ministros de Chile y Perú se reunieron en Lima el 3 de marzo de 2011.

ACUERDAN:

  1. Encargar a la Secretaría Pro Tempore un estudio sobre remesas a más tardar el 30 de junio de 2011.
  2. Encomendar a la Secretaría el seguimiento de estos acuerdos.
"""


def test_the_text_a_decision_charges_someone_with_is_its_deliverable_in_both_languages():
    en, es = read(CHARGES_EN, "charge-en"), read(CHARGES_ES, "charge-es")
    assert _of(en, "To entrust the Secretariat with a report", "DELIVERABLE") == ["Report on border crossings"]
    assert _of(es, "Encargar a la Secretaría Pro Tempore", "DELIVERABLE") == ["Estudio sobre remesas"]
    assert _of(es, "Encargar a la Secretaría Pro Tempore", "DUE") == ["2011-06-30"]


def test_a_charge_to_follow_up_delivers_no_text():
    en, es = read(CHARGES_EN, "charge-en"), read(CHARGES_ES, "charge-es")
    assert _of(en, "To entrust the Secretariat with the follow-up", "DELIVERABLE") == []
    assert _of(es, "Encomendar a la Secretaría el seguimiento", "DELIVERABLE") == []
