"""Two layouts of who sat at a meeting (documents written for these tests):
  - states, provinces and territories whose ministers or delegations were there, or that open a
    sentence with what they did ("Western Australia and Queensland Ministers said", "Ontario
    proposed", "la delegación de Chiapas"), take part in the meeting (loaders/taking_part.py);
  - "A, ..., en representación del Dr. B, Secretario General de X": A acts for B and speaks for
    X; B holds his post and is not there (loaders/persons.py)."""
from tests.loaders.batches import read

FEDERAL = """Joint statement of the Conference of Commonwealth and State Ministers for Housing

Canberra, 4 June 1981

Ministers reviewed the national housing programme for Australia. Western Australia and Queensland Ministers said that regional needs must be met. Tasmania sought a special allocation for rural towns.

The Conference noted that rainfall in Victoria had been low.
"""

CANADA = """Communiqué of the Federal-Provincial Meeting of Ministers of Labour

Ottawa, 12 March 1998

Ministers of Canada met to review training programmes. Ontario proposed a pilot on apprenticeships, and the Manitoba delegation supported it.
"""

MEXICO = """Reunión regional de seguridad en México

Tuxtla Gutiérrez, 3 de mayo de 2022

Participó la delegación de Chiapas en la reunión. Se acordó reforzar la coordinación.
"""

DEPUTY_ES = """Comunicado de prensa

Las delegaciones de Belice y Guatemala se reunieron en Washington el 17 de julio de 2000. El Doctor Mario Ejemplo Sosa, Subsecretario de Asuntos Jurídicos, asistió como testigo, en representación del Dr. Pablo Modelo Ruiz, Secretario General de la OEA.
"""


def _took_part(b, doc):
    return {e.source for e in b.edges.values() if e.type == "PARTICIPATES_IN"
            and e.target == f"event:{doc}:meeting"}


def test_states_whose_ministers_spoke_take_part_en():
    b = read(FEDERAL, "federal")
    took = _took_part(b, "federal")
    assert {"organization:western-australia", "organization:queensland", "organization:tasmania"} <= took
    assert "organization:victoria" not in took       # named as a place, not as a government
    edge = next(e for e in b.edges.values() if e.type == "PARTICIPATES_IN"
                and e.source == "organization:western-australia")
    assert edge.sources[0].quote == "Western Australia and Queensland Ministers"


def test_provinces_that_propose_and_delegations_take_part_en():
    b = read(CANADA, "canada")
    assert {"organization:ontario", "organization:manitoba"} <= _took_part(b, "canada")


def test_a_state_delegation_takes_part_es():
    b = read(MEXICO, "mexico")
    assert "organization:chiapas" in _took_part(b, "mexico")


def test_who_acts_for_an_absent_head_speaks_for_the_organisation_es():
    b = read(DEPUTY_ES, "deputy")
    rep = {(e.source, e.target) for e in b.edges.values() if e.type == "REPRESENTS"}
    posts = {(e.source, e.target) for e in b.edges.values() if e.type == "HOLDS_POST"}
    assert ("person:mario-ejemplo-sosa", "organization:oea") in rep
    assert ("person:pablo-modelo-ruiz", "organization:oea") in posts
    assert ("person:pablo-modelo-ruiz", "organization:oea") not in rep
