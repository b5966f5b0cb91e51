"""Three or more decisions in one clause, one after another after commas and a last "and"/"y"
("agreed to open an office, to share data every month and to train staff", "acordaron abrir
una oficina, compartir datos cada mes y capacitar al personal"), are a commitment each, every one
bound as the first; a comma that lists an object, a charge that goes on, or links too short to
stand alone keep the clause whole (my own wording; loaders.commitments decision_series)."""
import pytest

from tests.loaders.batches import bound, commitments, pairs, read

SPANISH = """Comunicado de la reunión de Chile y Perú

Santiago, 3 de mayo de 2031

Las delegaciones de Chile y del Perú se reunieron en Santiago.

Las delegaciones acordaron abrir una oficina fronteriza conjunta, compartir los datos migratorios cada mes y capacitar al personal consular antes del 30 de junio de 2031.
"""

ENGLISH = """Joint communiqué of the meeting of Chile and Peru

Santiago, 3 May 2031

The delegations of Chile and Peru met in Santiago.

The delegations agreed to open a joint border office, to share migration data every month and to train consular staff by June 2031.
"""

STATES = {"country:cl", "country:pe"}


def _one(batch, opening: str) -> str:
    found = [i for t, i in commitments(batch).items() if t.startswith(opening)]
    assert len(found) == 1, commitments(batch)
    return found[0]


@pytest.mark.parametrize("text, links, due", [
    (SPANISH, ["Las delegaciones acordaron abrir una oficina fronteriza conjunta",
               "compartir los datos migratorios cada mes", "capacitar al personal consular"],
     "date:2031-06-30"),
    (ENGLISH, ["The delegations agreed to open a joint border office",
               "share migration data every month", "train consular staff"], "date:2031-06"),
])
def test_a_clause_of_three_decisions_is_three_commitments_bound_alike(text, links, due):
    b = read(text, "series")
    ids = [_one(b, link) for link in links]
    assert len(commitments(b)) == 3
    first = bound(b, ids[0])
    assert all(bound(b, i) == first for i in ids[1:])
    assert {d for _, d in pairs(b, "DUE", ids[2])} == {due}
    assert all({d for _, d in pairs(b, "DUE", i)} == set() for i in ids[:2])


@pytest.mark.parametrize("text, old, new", [
    # a comma that lists an object, not a decision
    (SPANISH, "abrir una oficina fronteriza conjunta, compartir los datos migratorios cada mes y capacitar al personal consular",
     "fortalecer la cooperación migratoria, consular y policial en la frontera común"),
    (ENGLISH, "to open a joint border office, to share migration data every month and to train consular staff",
     "to strengthen cooperation on health, education and trade across the common border"),
    # a charge that goes on: the later links may be the Secretariat's
    (SPANISH, "abrir una oficina fronteriza conjunta, compartir los datos migratorios cada mes y capacitar al personal consular",
     "solicitar a la Secretaría que prepare un informe, circularlo entre los países y presentarlo"),
    (ENGLISH, "to open a joint border office, to share migration data every month and to train consular staff",
     "to ask the Secretariat to prepare a report, to circulate it among members and to present it"),
])
def test_a_listed_object_or_a_charge_that_goes_on_is_no_series(text, old, new):
    b = read(text.replace(old, new), "whole")
    assert len(commitments(b)) == 1, commitments(b)
