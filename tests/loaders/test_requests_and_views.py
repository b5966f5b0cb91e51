"""What a declaration's writers ask for in the first person plural ("Las organizaciones
integrantes de la Red X solicitamos: * ... * ...", "We, the members of ..., call on ..."), a
delegation's view of what should be done ("the X delegation felt that ... should ..."), and what
an agreement produces when its words carry no article or a deadline follows the meeting it calls
for (loaders.statements collective_requests and clause_positions, loaders.commitments)."""
from tests.loaders.conftest import edges
from tests.loaders.batches import read
from tests.shared_documents import corpus_batch

PETICIONES = """Pronunciamiento de la sociedad civil sobre la ley de archivos

Bogotá, 2 de mayo de 2024

Las organizaciones integrantes de la Red Colombiana de Archivos Abiertos (RCAA) solicitamos:

* La publicación del calendario de audiencias públicas del proyecto.
* Una mesa técnica con el Ministerio de Cultura antes de la segunda lectura.

Esperamos una respuesta oportuna.
"""


def _proposed(b):
    return {(e.source, b.nodes[e.target].properties["text"]) for e in edges(b, "PROPOSED")}


def test_peticiones_en_lista_de_quien_las_firma_en_primera_persona():
    b = read(PETICIONES, "pronunciamiento-ley-archivos")
    got = _proposed(b)
    makers = {who for who, _ in got}
    assert len(makers) == 1
    (maker,) = makers
    assert b.nodes[maker].name == "Red Colombiana de Archivos Abiertos"
    assert {text for _, text in got} == {
        "La publicación del calendario de audiencias públicas del proyecto.",
        "Una mesa técnica con el Ministerio de Cultura antes de la segunda lectura."}
    for e in edges(b, "PROPOSED"):
        assert e.sources[0].quote.startswith("Las organizaciones integrantes") and \
            e.sources[0].quote.endswith("solicitamos")


CALL_ON = """Statement of the Coastal Fisheries Network

Suva, 18 July 2024

We, the member organisations of the Pacific Coastal Fisheries Network, call on the ministers to publish the catch data of every licensed vessel.

The Network thanks the hosts.
"""


def test_we_the_members_call_on_one_sentence_proposal():
    b = read(CALL_ON, "statement-coastal-fisheries")
    got = _proposed(b)
    assert len(got) == 1
    ((maker, text),) = got
    assert "Pacific Coastal Fisheries Network" in b.nodes[maker].name
    assert text.startswith("We, the member organisations") and text.endswith("licensed vessel.")


REPORT_1950 = """Report of the Committee on Fisheries

The Committee met in Wellington on 3 May 1950.

On paragraph 9 the New Zealand delegation felt that the question of joint patrols should be considered by the Conference.

The Australian view is that the survey should be extended to the Coral Sea.
"""

INFORME = """Informe de la Comisión de Límites

La Comisión se reunió en Lima el 3 de mayo de 1950.

En cuanto al párrafo 4 la delegación de Chile consideró que el trazado debería revisarse en la próxima sesión.
"""


def test_a_delegations_view_of_what_should_be_done_is_a_proposal():
    b = read(REPORT_1950, "report-fisheries-1950")
    got = _proposed(b)
    assert ("country:nz", "New Zealand delegation felt that the question of joint patrols should be "
            "considered by the Conference.") in {(w, t[t.index("New Zealand"):]) for w, t in got if w == "country:nz"}
    b2 = read(INFORME, "informe-limites-1950")
    got2 = _proposed(b2)
    assert {w for w, _ in got2} == {"country:cl"}
    assert any("el trazado debería revisarse" in t for _, t in got2)


ACUERDOS = """Acta de la II Reunión del Grupo Técnico de Empleo

Quito, 4 de abril de 2024

Participaron las delegaciones de Perú, Chile y Ecuador.

Acuerdos:

1. Encomendar a la Secretaría Técnica la preparación de unos términos de referencia antes del 15 de junio de 2024.
2. Chile se encargará de convocar un taller regional dentro de seis meses.
"""

AGREED = """Joint Communiqué of the Second Senior Officials Meeting on Labour Mobility

Wellington, 3 March 2025

The delegations of New Zealand, Samoa and Tonga met in Wellington on 3 March 2025.

The meeting agreed the following:

1. To prepare draft terms of reference for a regional labour mobility working group by 30 June 2025.
2. To hold a technical workshop within six months.
"""


def _delivered(b):
    return {b.nodes[e.target].kind: b.nodes[e.target].name for e in edges(b, "DELIVERABLE")}


def test_terms_of_reference_and_a_workshop_named_without_its_deadline():
    b = read(ACUERDOS, "acta-grupo-empleo")
    assert _delivered(b) == {"Instrument": "Términos de referencia", "Event": "Taller regional"}
    b = read(AGREED, "communique-labour-mobility")
    assert _delivered(b) == {
        "Instrument": "Draft terms of reference for a regional labour mobility working group",
        "Event": "Technical workshop"}
    (due,) = [e for e in edges(b, "DUE") if b.nodes[e.target].kind == "Date"
              and e.sources[0].quote == "within six months"]
    assert due.target == "date:2025-09-03"


def test_corpus_petitions_of_an_open_state_committee():
    b = corpus_batch("15-comunicado-osc-comite-estado-abierto-colombia-2021.md")
    got = _proposed(b)
    # "del Comité de Estado Abierto de la Alianza para el Gobierno Abierto solicitamos": the
    # alliance only says whose committee it is
    assert {w for w, _ in got} == {"body:comite-de-estado-abierto"}
    assert any(t.startswith("Abstenerse de aprobar el Conpes") for _, t in got)
    assert len(got) == 5


DIA = """Acta de la reunión de la Junta Directiva del Club de Lectura Alisios

Fecha: 10 de octubre de 2023

Asistentes: Lucía Ferrer Gil, Tomás Ibáñez Ruiz y Nuria Salas Vidal.

Acuerdos:

- Se acuerda que la presentación del libro se lleve a cabo el día 18 de noviembre en la Biblioteca Municipal.
- Publicar un aviso el día 2 de noviembre con el programa y anunciar que la inscripción se abrirá el día 5 de noviembre.
- Recordar en el boletín la sesión celebrada el 3 de octubre.
"""


def _due(b):
    return {b.nodes[e.source].properties["text"]: (e.target, e.sources[0].quote) for e in edges(b, "DUE")}


def _of(due, start):
    (got,) = [v for k, v in due.items() if k.startswith(start)]
    return got


def test_el_dia_tras_la_reunion_fija_la_accion_no_el_de_otra_clausula():
    b = read(DIA, "acta-club-lectura")
    due = _due(b)
    assert _of(due, "Se acuerda que la presentación") == ("date:2023-11-18", "el día 18 de noviembre")
    # the day of the notice, not the day the relative clause gives to the registration
    assert _of(due, "Publicar un aviso") == ("date:2023-11-02", "el día 2 de noviembre")
    # a day before the meeting is no deadline
    assert not any(k.startswith("Recordar en el boletín") for k in due)


SIGN_ON = """Joint Communiqué of the Fourth Meeting of the Maritime Boundary Commission

Apia, 12 May 2025

The delegations of Samoa and Tonga met in Apia on 12 May 2025.

The meeting agreed the following:

1. To sign the maritime boundary treaty on 30 June 2025 in Nuku'alofa.
2. To recall the survey completed on 2 March 2025.
"""


def test_sign_on_a_day_after_the_meeting_is_due_then():
    b = read(SIGN_ON, "communique-maritime-boundary")
    due = _due(b)
    assert _of(due, "To sign the maritime boundary") == ("date:2025-06-30", "on 30 June 2025")
    assert not any(k.startswith("To recall the survey") for k in due)


ASKED = """Joint Statement of the Pacific Ministers of Labour

Honiara, 14 August 2024

The Ministers of Labour of Fiji, Samoa and Tonga met in Honiara on 14 August 2024.

Fiji called for a regional review of seasonal worker schemes.

Samoa sought additional training places for nurses.
"""

PIDIO = """Comunicado de la reunión de ministros de trabajo

Lima, 14 de agosto de 2024

Los ministros de trabajo de Perú, Chile y Ecuador se reunieron en Lima el 14 de agosto de 2024.

Perú pidió una revisión regional de los programas de trabajo temporal.
"""


def test_asking_for_something_is_proposing_it():
    b = read(ASKED, "statement-pacific-labour")
    got = _proposed(b)
    assert ("country:fj", "Fiji called for a regional review of seasonal worker schemes.") in got
    assert ("country:ws", "Samoa sought additional training places for nurses.") in got
    quotes = {e.sources[0].quote for e in edges(b, "PROPOSED")}
    assert {"Fiji called for", "Samoa sought"} <= quotes
    b = read(PIDIO, "comunicado-ministros-trabajo")
    assert ("country:pe", "Perú pidió una revisión regional de los programas de trabajo temporal.") in _proposed(b)
