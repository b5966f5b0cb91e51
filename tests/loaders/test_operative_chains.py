"""A run-on declaration whose operative part is a chain of infinitives after a colon, one a link
between semicolons ("Los Ministros ... acuerdan: Fortalecer ...; Impulsar ...; y Solicitar a
...", "The Ministers agreed: to expand ...; and to ask ..."), records one decision a link, each
bound like an item of a list of agreements (loaders.commitments operative_chain)."""
from tests.loaders.batches import bound, commitments, read

DECLARACION = """Declaración de Montevideo

Montevideo, 20 de octubre de 2025

Los Cancilleres de Uruguay y Argentina, reunidos en Montevideo el 20 de octubre de 2025, acuerdan: Fortalecer la inspección laboral conjunta en la frontera; Impulsar un registro binacional de trabajadores temporales; y Solicitar a la Secretaría Técnica un informe sobre movilidad laboral antes del 31 de marzo de 2026.
"""

STATEMENT = """Joint Statement of the Labour Ministers of Uruguay and Argentina

Montevideo, 20 October 2025

The Foreign Ministers of Uruguay and Argentina met in Montevideo on 20 October 2025.

The Ministers agreed: to strengthen joint labour inspections at the border; to set up a binational register of seasonal workers; and to meet again in Buenos Aires in 2026.

The Ministers noted: the value of the dialogue; the work of the technical teams.
"""


def test_una_cadena_de_infinitivos_tras_dos_puntos_es_una_decision_por_tramo():
    b = read(DECLARACION, "comunicado-montevideo")
    c = commitments(b)
    assert set(c) == {"Fortalecer la inspección laboral conjunta en la frontera",
                      "Impulsar un registro binacional de trabajadores temporales",
                      "Solicitar a la Secretaría Técnica un informe sobre movilidad laboral antes del "
                      "31 de marzo de 2026."}
    assert bound(b, c["Fortalecer la inspección laboral conjunta en la frontera"]) == {"country:uy", "country:ar"}
    report = c["Solicitar a la Secretaría Técnica un informe sobre movilidad laboral antes del 31 de marzo de 2026."]
    (who,) = bound(b, report)
    assert who.startswith("body:") and "secretar" in who


def test_a_chain_of_to_infinitives_after_agreed_is_one_decision_a_link():
    b = read(STATEMENT, "joint-statement-labour-ministers")
    c = commitments(b)
    assert set(c) == {"strengthen joint labour inspections at the border",
                      "set up a binational register of seasonal workers",
                      "meet again in Buenos Aires in 2026."}
    for i in c.values():
        assert bound(b, i) == {"country:uy", "country:ar"}
