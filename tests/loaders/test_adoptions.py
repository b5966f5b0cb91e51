"""Instruments a meeting, conference or body adopts (ADOPTED) and bodies an agreement creates
(DELIVERABLE to a Body), in Spanish and English layouts of the field (loaders.adoptions,
data/lang/*/adoptions.yaml)."""
from tests.loaders.batches import check_spans, commitments, read
from tests.loaders.conftest import edges


def adopted(b, src=None) -> dict[str, str]:
    """{instrument name: who adopted it} for every ADOPTED edge (from `src` when given)."""
    return {b.nodes[e.target].name: e.source for e in edges(b, "ADOPTED", src=src)}


CONFERENCIA = """Acta Final de la Quinta Conferencia Andina de Protección Consular

Cusco, 12 de mayo de 2022

La Conferencia adoptó la Declaración de Cusco sobre Protección Consular y encargó su difusión a la Presidencia Pro Tempore.

Los Viceministros aprobaron el Plan de Acción Andino contra el Tráfico de Migrantes 2022-2024.

La Conferencia adoptó un enfoque de trabajo por etapas.
"""


def test_a_spanish_conference_and_its_vice_ministers_adopt_named_instruments():
    b = read(CONFERENCIA, "conferencia-andina")
    check_spans(b)
    meeting = "event:conferencia-andina:meeting"
    got = adopted(b)
    assert got == {"Declaración de Cusco sobre Protección Consular": meeting,
                   "Plan de Acción Andino contra el Tráfico de Migrantes": meeting}
    quotes = {e.sources[0].quote for e in edges(b, "ADOPTED")}
    assert quotes == {"La Conferencia adoptó la Declaración de Cusco sobre Protección Consular",
                      "Los Viceministros aprobaron el Plan de Acción Andino contra el Tráfico de "
                      "Migrantes"}
    # "un enfoque" is no instrument
    assert not [n for n in b.nodes.values() if n.kind == "Instrument" and "enfoque" in n.name]


MINISTERS = """Chair's Summary of the Second Pacific Ministerial Dialogue on Labour Mobility

Suva, 3 March 2023

The Ministers adopted the Suva Declaration on Fair Recruitment.

The meeting endorsed the Regional Action Plan on Seasonal Work, and thanked the host.

The Joint Framework on Skills Recognition was approved by the Ministers.

The Ministers approved the agenda.
"""


def test_english_ministers_and_the_meeting_adopt_endorse_and_approve():
    b = read(MINISTERS, "pacific-dialogue")
    check_spans(b)
    meeting = "event:pacific-dialogue:meeting"
    assert adopted(b) == {"Suva Declaration on Fair Recruitment": meeting,
                          "Regional Action Plan on Seasonal Work": meeting,
                          "Joint Framework on Skills Recognition": meeting}
    assert {e.sources[0].quote for e in edges(b, "ADOPTED")} == {
        "The Ministers adopted the Suva Declaration on Fair Recruitment",
        "The meeting endorsed the Regional Action Plan on Seasonal Work",
        "The Joint Framework on Skills Recognition was approved by the Ministers"}


DECLARACION = """Declaración de Asunción

III Reunión de Ministros de Trabajo del Cono Sur

Los Ministros de Trabajo de Argentina, Brasil, Paraguay y Uruguay, reunidos en Asunción el 9 de agosto de 2018,

DECLARAN:

1. Su voluntad de profundizar la cooperación en materia de empleo.
"""


def test_a_declaration_titled_by_its_first_line_is_adopted_by_its_meeting():
    b = read(DECLARACION, "declaracion-asuncion")
    check_spans(b)
    (e,) = edges(b, "ADOPTED")
    assert e.source == "event:declaracion-asuncion:meeting"
    assert b.nodes[e.target].name == "Declaración de Asunción"
    assert [s.quote for s in e.sources] == ["Declaración de Asunción", "DECLARAN"]


NOT_DECLARING = """Declaración de Asunción

III Reunión de Ministros de Trabajo del Cono Sur

Los Ministros se reunieron en Asunción el 9 de agosto de 2018 y acordaron:

1. Elaborar un informe sobre empleo juvenil.
"""


def test_a_title_alone_adopts_nothing_without_a_declaring_word():
    b = read(NOT_DECLARING, "sin-declarar")
    assert not edges(b, "ADOPTED")


# -- a body an agreement creates ---------------------------------------------------------------

ACUERDOS = """Acta de la IV Reunión Binacional sobre Movilidad Laboral

Quito, 4 de abril de 2024

Las delegaciones de Ecuador y Colombia acordaron:

1. Crear un grupo de trabajo sobre reconocimiento de títulos profesionales, coordinado por Ecuador.

2. Establecer una red de oficinas de empleo fronterizas antes del 30 de junio de 2024.

3. Crear una comisión.
"""


def test_a_spanish_agreement_that_creates_a_body_delivers_it():
    b = read(ACUERDOS, "binacional")
    check_spans(b)
    (d1,) = edges(b, "DELIVERABLE", src=_by_start(b, "Crear un grupo"))
    body = b.nodes[d1.target]
    assert (body.kind, body.name, body.properties["subtype"]) == \
        ("Body", "Grupo de trabajo sobre reconocimiento de títulos profesionales", "ad_hoc_group")
    assert d1.sources[0].quote == "grupo de trabajo sobre reconocimiento de títulos profesionales"
    (d2,) = edges(b, "DELIVERABLE", src=_by_start(b, "Establecer una red"))
    assert b.nodes[d2.target].name == "Red de oficinas de empleo fronterizas"
    assert b.nodes[d2.target].properties["subtype"] == "network"
    # "Crear una comisión" names no body
    assert not edges(b, "DELIVERABLE", src=_by_start(b, "Crear una comisión"))


TASK_FORCE = """Joint Communiqué of the Eastern Africa Senior Officials' Meeting on Migration

Nairobi, 14 November 2023

The participating States agreed to:

1. Establish a task force on return and reintegration, chaired by Kenya, to report by June 2024.

2. Set up a regional network of migration observatories.
"""


def test_an_english_agreement_that_establishes_a_body_delivers_it():
    b = read(TASK_FORCE, "eastern-africa")
    check_spans(b)
    (d1,) = edges(b, "DELIVERABLE", src=_by_start(b, "Establish a task force"))
    assert b.nodes[d1.target].name == "Task force on return and reintegration"
    assert b.nodes[d1.target].kind == "Body"
    (d2,) = edges(b, "DELIVERABLE", src=_by_start(b, "Set up a regional network"))
    assert b.nodes[d2.target].name == "Regional network of migration observatories"


def _by_start(b, words: str) -> str:
    (cid,) = [cid for t, cid in commitments(b).items() if t.startswith(words)]
    return cid


# the layout of a co-chairs' statement (as in the Bali Process's of 2016): a lead-in clause
# before the collective subject, an indefinite article before the instrument
LEAD_IN = """Co-Chairs' Statement of the Third Regional Conference on Labour Migration

Colombo, 5 June 2019

1. Noting the growing number of migrant workers in the region, members adopted a Colombo Declaration on Ethical Recruitment (Annex 1) to guide their cooperation.

2. Tras un amplio debate, los Estados miembros aprobaron una Hoja de Ruta para la Protección de Trabajadores Migrantes.
"""


def test_a_lead_in_clause_before_the_members_who_adopt():
    b = read(LEAD_IN, "colombo")
    check_spans(b)
    meeting = "event:colombo:meeting"
    assert adopted(b) == {"Colombo Declaration on Ethical Recruitment": meeting,
                          "Hoja de Ruta para la Protección de Trabajadores Migrantes": meeting}
    assert {e.sources[0].quote for e in edges(b, "ADOPTED")} == {
        "members adopted a Colombo Declaration on Ethical Recruitment",
        "los Estados miembros aprobaron una Hoja de Ruta para la Protección de Trabajadores Migrantes"}
