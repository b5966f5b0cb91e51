"""Two decisions in one clause ("acordaron crear un grupo de trabajo y encomendar a la Secretaría
la redacción de un informe", "agreed to establish a register and to ask the Secretariat to report
by June") are two commitments, each with its own deliverable and deadline, the second bound as
the first when it names no one of its own; one decision with two verbs, or a charge that goes on
("to ask the Secretariat to prepare a report and to present it"), stays one (loaders.commitments
decision_pair, data/lang/*/commitments.yaml decision_pair, pair_nested)."""
from tests.loaders.batches import bound, commitments, pairs, read

SPANISH = """Comunicado de la reunión de Chile y Perú

Santiago, 3 de mayo de 2024

Las delegaciones de Chile y del Perú se reunieron en Santiago.

Las delegaciones acordaron crear un grupo de trabajo sobre movilidad y encomendar a la Secretaría la redacción de un informe, a más tardar el 30 de junio de 2024.
"""

ENGLISH = """Joint communiqué of the meeting of Chile and Peru

Santiago, 3 May 2024

The delegations of Chile and Peru met in Santiago.

The delegations agreed to establish a register of migrants and to ask the Secretariat to report by June 2024.
"""

STATES = {"country:cl", "country:pe"}


def _one(batch, opening: str) -> str:
    found = [i for t, i in commitments(batch).items() if t.startswith(opening)]
    assert len(found) == 1, commitments(batch)
    return found[0]


def test_a_spanish_clause_of_two_decisions_is_two_commitments_each_with_its_own_deadline():
    b = read(SPANISH, "pair-es")
    first = _one(b, "Las delegaciones acordaron crear un grupo de trabajo sobre movilidad")
    second = _one(b, "encomendar a la Secretaría la redacción de un informe")
    assert len(commitments(b)) == 2
    assert bound(b, first) == STATES and bound(b, second) == STATES
    assert {d for _, d in pairs(b, "DUE", first)} == set()
    assert {d for _, d in pairs(b, "DUE", second)} == {"date:2024-06-30"}
    assert [b.nodes[d].name for _, d in pairs(b, "DELIVERABLE", second)] == ["Informe"]
    assert not any(b.nodes[d].name == "Informe" for _, d in pairs(b, "DELIVERABLE", first))


def test_an_english_clause_of_two_decisions_is_two_commitments_each_with_its_own_deadline():
    b = read(ENGLISH, "pair-en")
    first = _one(b, "The delegations agreed to establish a register of migrants")
    second = _one(b, "ask the Secretariat to report by June 2024")
    assert len(commitments(b)) == 2
    assert bound(b, first) == STATES and bound(b, second) == STATES
    assert {d for _, d in pairs(b, "DUE", first)} == set()
    assert {d for _, d in pairs(b, "DUE", second)} == {"date:2024-06"}


def test_one_decision_with_two_verbs_stays_one_in_both_languages():
    es = read(SPANISH.replace(
        "acordaron crear un grupo de trabajo sobre movilidad y encomendar a la Secretaría la redacción de un informe",
        "acordaron crear y fortalecer un grupo de trabajo sobre movilidad"), "one-es")
    en = read(ENGLISH.replace(
        "agreed to establish a register of migrants and to ask the Secretariat to report",
        "agreed to strengthen cooperation on health and education, to be reviewed"), "one-en")
    assert len(commitments(es)) == 1 and len(commitments(en)) == 1


def test_a_charge_that_goes_on_stays_one_decision_in_both_languages():
    en = read(ENGLISH.replace(
        "agreed to establish a register of migrants and to ask the Secretariat to report by June 2024",
        "agreed to ask the Secretariat to prepare a report on migrants and to present it by June 2024"), "charge-en")
    es = read(SPANISH.replace(
        "acordaron crear un grupo de trabajo sobre movilidad y encomendar a la Secretaría",
        "acordaron solicitar a la Secretaría que convoque un taller sobre movilidad y presentar"), "charge-es")
    assert len(commitments(en)) == 1 and len(commitments(es)) == 1
