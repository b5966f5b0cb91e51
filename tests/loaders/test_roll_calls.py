"""Roll calls of actas and minutes (loaders/roll_calls.py): the prose that names the members who
met ("se reunieron ... los señores Alcaldes y Regidores Don A ...", "Estuvieron presentes los
consejeros A, B y C, así como ...") and labelled lines ("Present:", "Also in attendance:",
"Apologies:"). Documents written for these tests, in the layouts of the field."""
import pytest

from loaders.roll_calls import label_kind
from tests.loaders.batches import check_spans, pairs, read

CABILDO = """ACTA DEL CABILDO DE VILLANUEVA

En la ciudad de Villanueva, a los doce días del mes de marzo de mil ochocientos doce, se reunieron en la sala capitular los señores Alcalde ordinario de primer voto Don Tomás Arriaga, Alcalde de segundo voto Don Pedro Lizarzaburu, y Regidores Don Manuel Ibarra, Don Joaquín Salcedo y Don Francisco Elizalde, con asistencia del Síndico Procurador General Don Ramón Ugarte, para tratar asuntos del común.

Se acordó reparar el puente del río antes del mes de junio.
"""

CONSEJO = """ACTA DE LA TERCERA SESIÓN ORDINARIA DEL CONSEJO CONSULTIVO DEL INSTITUTO ESTATAL DE TRANSPARENCIA

En la ciudad de Morelia, siendo las 10:00 horas del 14 de mayo de 2021, se reunieron los integrantes del Consejo Consultivo.

Estuvieron presentes los consejeros Ana Lucía Herrera Soto, Jorge Medina Vela, Rosa María Cortés y Luis Fernando Arce, así como la Secretaria Técnica, Mtra. Carmen Ortiz Ruelas.

Justificaron su inasistencia la consejera Beatriz Lomelí Paz y el consejero Óscar Trujillo.

Se aprobó por unanimidad el orden del día.
"""

COUNCIL = """MINUTES OF THE MEETING OF THE ADVISORY COUNCIL

Held on 3 February 2022 at the Town Hall, Northfield.

Present: Councillor Jane Whitfield (Chair), Councillor Peter Okafor, Councillor Mary Lindqvist, Dr Samuel Reyes

Apologies: Councillor Hannah Brooks, Mr David Cole

Also in attendance: Ms Laura Fenwick (Clerk), Mr Tom Hargreaves (Northfield Housing Trust)

1. The minutes of the previous meeting were approved.
"""

BOARD = """Minutes of the Board of Trustees meeting

Members present:
Dr Helen Marsh
Mr Ravi Chandran
Ms Agnes Obi

Apologies:
Mr Colin Weir

1. The Board approved the budget for 2023.
"""


def _edges(batch, etype):
    return {(e.source, e.target) for e in batch.edges.values() if e.type == etype}


def _run(text, doc):
    return read(text, doc)


def test_a_colonial_acta_names_its_members_in_prose():
    b = _run(CABILDO, "cabildo")
    meeting = "event:cabildo:meeting"
    took_part = {s for s, t in _edges(b, "PARTICIPATES_IN") if t == meeting}
    assert {"person:tomas-arriaga", "person:pedro-lizarzaburu", "person:manuel-ibarra",
            "person:joaquin-salcedo", "person:francisco-elizalde", "person:ramon-ugarte"} <= took_part
    members = {s for s, t in _edges(b, "MEMBER_OF") if t == "body:cabildo"}
    # the alcaldes and regidores sit in the cabildo; the síndico attends ("con asistencia del")
    assert members == {"person:tomas-arriaga", "person:pedro-lizarzaburu", "person:manuel-ibarra",
                       "person:joaquin-salcedo", "person:francisco-elizalde"}
    assert b.nodes["person:tomas-arriaga"].properties["post"] == "Alcalde ordinario de primer voto"
    assert b.nodes["person:pedro-lizarzaburu"].properties["post"] == "Alcalde de segundo voto"
    assert "person:don-joaquin-salcedo" not in b.nodes      # the honorific is no part of the name


def test_councillors_present_are_members_and_the_absent_take_no_part():
    b = _run(CONSEJO, "consejo")
    meeting = "event:consejo:meeting"
    took_part = {s for s, t in _edges(b, "PARTICIPATES_IN") if t == meeting}
    councillors = {"person:ana-lucia-herrera-soto", "person:jorge-medina-vela",
                   "person:rosa-maria-cortes", "person:luis-fernando-arce"}
    assert councillors | {"person:carmen-ortiz-ruelas"} <= took_part
    assert not {"person:beatriz-lomeli-paz", "person:oscar-trujillo"} & took_part
    members = {s for s, t in _edges(b, "MEMBER_OF") if t == "body:consejo-consultivo"}
    assert members == councillors       # "así como la Secretaria Técnica": not a councillor
    edge = next(e for e in b.edges.values() if e.type == "MEMBER_OF"
                and e.source == "person:rosa-maria-cortes")
    assert edge.sources[0].quote.startswith("Estuvieron presentes los consejeros")


def test_labelled_lines_of_minutes():
    b = _run(COUNCIL, "council")
    meeting = "event:council:meeting"
    took_part = {s for s, t in _edges(b, "PARTICIPATES_IN") if t == meeting}
    assert {"person:jane-whitfield", "person:peter-okafor", "person:mary-lindqvist",
            "person:samuel-reyes", "person:laura-fenwick", "person:tom-hargreaves"} <= took_part
    assert not {"person:hannah-brooks", "person:david-cole"} & took_part
    assert b.nodes["person:laura-fenwick"].properties["post"] == "Clerk"
    assert "organization:clerk" not in b.nodes
    assert ("person:tom-hargreaves", "organization:northfield-housing-trust") in _edges(b, "REPRESENTS")
    # "Councillor Mary Lindqvist" is a person, not the post of the person before her
    assert b.nodes["person:peter-okafor"].properties["post"] == "Councillor"
    assert not _edges(b, "MEMBER_OF")       # "Present:" alone does not say who is a member


def test_members_present_one_a_line():
    b = _run(BOARD, "board")
    meeting = "event:board:meeting"
    took_part = {s for s, t in _edges(b, "PARTICIPATES_IN") if t == meeting}
    assert {"person:helen-marsh", "person:ravi-chandran", "person:agnes-obi"} <= took_part
    assert "person:colin-weir" not in took_part
    members = {s for s, t in _edges(b, "MEMBER_OF")}
    assert {"person:helen-marsh", "person:ravi-chandran", "person:agnes-obi"} <= members
    assert "person:colin-weir" not in members


def test_label_kinds():
    assert label_kind("Integrantes presentes") == "member"
    assert label_kind("Asistentes") == "present"
    assert label_kind("Ausentes") == "absent"
    assert label_kind("Apologies for absence") == "absent"
    assert label_kind("También asistieron") == "guest"
    assert label_kind("Orden del día") is None


HEADED_ES = """Acta de reunión

Comisión Directiva

Asociación Vecinal Los Pinos

María Fernanda López de Haro Andrés Villalobos Tapia 12 de marzo de 2021

Por videoconferencia, siendo las 19:00 horas de la fecha arriba indicada, se reúnen los miembros de la Comisión Directiva arriba indicados, a fin de tratar el siguiente orden del día.

1. Se aprueba el acta anterior.
"""

HEADED_EN = """Minutes

Steering Group

Harriet Vance Oliver Pembroke

The above-named members of the Steering Group met online on 2 May 2022 to review the work plan.

1. The work plan was approved.
"""


def test_names_in_the_heading_that_the_prose_points_back_to_es():
    b = _run(HEADED_ES, "headed-es")
    meeting = "event:headed-es:meeting"
    people = {"person:maria-fernanda-lopez-de-haro", "person:andres-villalobos-tapia"}
    assert people <= {n.id for n in b.nodes.values() if n.kind == "Person"}
    assert people <= {s for s, t in _edges(b, "PARTICIPATES_IN") if t == meeting}
    assert people <= {s for s, t in _edges(b, "MEMBER_OF") if t == "body:comision-directiva"}
    edge = next(e for e in b.edges.values() if e.type == "PARTICIPATES_IN"
                and e.source == "person:andres-villalobos-tapia")
    assert [s.quote for s in edge.sources] == [
        "Andrés Villalobos Tapia", "se reúnen los miembros de la Comisión Directiva arriba indicados"]


def test_names_in_the_heading_that_the_prose_points_back_to_en():
    b = _run(HEADED_EN, "headed-en")
    people = {"person:harriet-vance", "person:oliver-pembroke"}
    assert people <= {s for s, t in _edges(b, "PARTICIPATES_IN") if t == "event:headed-en:meeting"}


def test_heading_names_need_a_back_reference():
    b = _run(HEADED_EN.replace("The above-named members", "Members"), "no-back-reference")
    assert not [n for n in b.nodes.values() if n.kind == "Person"]


def test_board_acta_names_its_members_in_the_heading():
    """A real board acta (shared corpus, when present): the two names of its heading are the
    members of the Junta Directiva the prose points back to ("arriba indicados")."""
    from tests.shared_documents import corpus_batch
    b = corpus_batch("20-pythoncanarias-acta-junta-directiva-2019-10-24.pdf")
    check_spans(b)
    members = {s for s, t in _edges(b, "MEMBER_OF") if t == "body:junta-directiva"}
    assert {"person:juan-ignacio-rodriguez-de-leon", "person:sergio-delgado-quintero"} <= members


AYUNTAMIENTO = """ACTA DEL AYUNTAMIENTO DE SANTA ROSA

En la ciudad de Santa Rosa, a los veinte días del mes de agosto de mil ochocientos catorce, reunidos en la sala capitular los Sres. del M. I. Ayuntamiento, a saber: el Sr. Alcalde de primer voto D. Miguel Antonio Zeballos, el Sr. Alcalde de segundo voto D. Fermín Olazábal, los Sres. Regidores D. Lorenzo Garaicoa, D. Juan Bautista Elizondo y D. Ignacio Carbo, y el Procurador General D. Nicolás Benítez, con el objeto de tratar sobre el abasto de la ciudad.

Se acordó nombrar una comisión para el abasto.
"""


def test_an_acta_with_abbreviated_titles_and_ranks():
    """"D." for Don, "Sres." for señores, "M. I." (muy ilustre) inside the roll's sentence."""
    b = _run(AYUNTAMIENTO, "ayuntamiento")
    people = {"person:miguel-antonio-zeballos", "person:fermin-olazabal", "person:lorenzo-garaicoa",
              "person:juan-bautista-elizondo", "person:ignacio-carbo", "person:nicolas-benitez"}
    assert {n.id for n in b.nodes.values() if n.kind == "Person"} == people
    assert people <= {s for s, t in _edges(b, "PARTICIPATES_IN") if t == "event:ayuntamiento:meeting"}
    assert b.nodes["person:miguel-antonio-zeballos"].properties["post"] == "Alcalde de primer voto"
    assert b.nodes["person:lorenzo-garaicoa"].properties["post"] == "Regidor"


def test_a_person_a_delegate_stands_in_for_is_not_there():
    text = ("Joint communiqué of the Conference of Ministers\n\nPerth, 20 April 1979\n\nConference Delegates\n\n"
            "Tasmania Mr A. Example Deputy Secretary (representing the Hon. D.A. Sample, Premier of Tasmania)\n")
    b = _run(text, "stands-in")
    took = {s for s, t in _edges(b, "PARTICIPATES_IN")}
    assert not [p for p in took if "sample" in p]
    assert not [n for n in b.nodes.values() if n.kind == "Person" and n.name.startswith("A. Sample")]


OLD_ES = """Acta de la sesión del Ayuntamiento

En la villa de Ejemplo, á doce días del mes de Marzo de mil ochocientos treinta, reunidos los SS. que lo componen, á saber, los SS. alcaldes dn. Pablo Muestra Ruiz y d. Andrés Prueba Gil, y SS. Regidores dr.don. Julián Borrador Paz, Dr. Dn. Ramón Ensayo Luna, dn. J. Tomás Modelo Sanz y d. Félix Tanteo Ríos, con el S Síndico d. Luis Boceto Vera, acordaron lo siguiente.
"""

OLD_EN = """Minutes of the Board

On the 3rd of May 1850 there were present Dr. J. Sample Moore, Mr. K. Model Grant, Rev. Dr. L. Trial Brown and Mrs. A. Draft Hill, to consider the accounts.
"""


@pytest.mark.parametrize("text, names", [
    (OLD_ES, ["Pablo Muestra Ruiz", "Andrés Prueba Gil", "Ramón Ensayo Luna",
              "Tomás Modelo Sanz", "Félix Tanteo Ríos", "Luis Boceto Vera"]),
    (OLD_EN, ["Sample Moore", "Model Grant", "Trial Brown", "Draft Hill"]),
])
def test_titles_run_together_or_before_an_initial_do_not_end_the_roll(text, names):
    b = read(text, "old")
    present = {b.nodes[s].name for s, _ in pairs(b, "PARTICIPATES_IN", dst="event:old:meeting")
               if b.nodes[s].kind == "Person"}
    for name in names:
        assert any(name in p for p in present), (name, present)
