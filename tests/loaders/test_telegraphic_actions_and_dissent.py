"""Action points written telegraphically, without an "ACTION:" label ("WFP to draft the terms of
reference by 3 June", "La Secretaría Pro Tempore a convocar ..."), bind the actor that opens
them; a headline restating the document's title binds no one a second time; and an actor that
stays out of what the others agree ("did not join the consensus", "no acompañó la declaración",
"no se sumó al consenso") objects (loaders.commitments, loaders.statements)."""
from tests.loaders.batches import bound, commitments, pairs, read

ACTION_POINTS_EN = """Meeting of the Partners on Refugee Protection

Rome, 3 May 2025

The partners met in Rome on 3 May 2025. Representatives of UNHCR, IOM and the Government of Kenya attended.

UNHCR to draft the terms of reference for the joint assessment by 3 June 2025.

IOM and UNHCR to share their field data with the Government of Kenya.

Kenya to the Horn of Africa corridor remains the main supply route.
"""

ACCIONES_ES = """Reunión de seguimiento del Plan Regional

Lima, 8 de julio de 2025

Los representantes de la OIM, el ACNUR y la Secretaría Pro Tempore se reunieron en Lima el 8 de julio de 2025.

La Secretaría Pro Tempore a convocar la próxima reunión técnica antes del 30 de septiembre de 2025.

ACNUR a sistematizarlo en un informe breve.

OIM a la vanguardia del trabajo de retorno.
"""

HEADLINE = """---
title: "Fiji and Samoa to open a joint visa office in Suva"
---

Fiji and Samoa to open a joint visa office in Suva  Media release of the Ministers for Immigration

Suva, 2 February 2025

The Ministers for Immigration of Fiji and Samoa met in Suva on 2 February 2025 and agreed to open a joint visa office in Suva.
"""

DISSENT_EN = """Joint Communiqué of the Ministers of the Andean Region

Quito, 4 April 2025

The Ministers of Ecuador, Peru and Bolivia met in Quito on 4 April 2025.

The Ministers adopted a declaration on regional labour mobility, but Bolivia did not join the consensus on the declaration.

Peru could not support the proposal on a common visa.
"""

DISSENT_ES = """Comunicado conjunto de los Ministros de la Región Andina

Quito, 4 de abril de 2025

Los Ministros de Ecuador, Perú y Bolivia se reunieron en Quito el 4 de abril de 2025.

La delegación de Bolivia no acompañó la declaración sobre movilidad laboral.

Los Ministros aprobaron el plan de trabajo, pero el Perú no se sumó al consenso sobre el anexo.
"""


def _one(c: dict, opening: str) -> str:
    found = [i for t, i in c.items() if t.startswith(opening)]
    assert len(found) == 1, (opening, list(c))
    return found[0]


def test_english_action_points_bind_the_actor_that_opens_them():
    b = read(ACTION_POINTS_EN, "partners-refugee-protection")
    c = commitments(b)
    draft = _one(c, "UNHCR to draft the terms of reference")
    share = _one(c, "IOM and UNHCR to share")
    assert bound(b, draft) == {"organization:acnur"}
    assert bound(b, share) == {"organization:oim", "organization:acnur"}
    assert {t for _, t in pairs(b, "DUE", src=draft)} == {"date:2025-06-03"}
    # a route from one place to another is no action point
    assert not any(t.startswith("Kenya to the Horn") for t in c)


def test_spanish_action_points_bind_the_actor_that_opens_them():
    b = read(ACCIONES_ES, "seguimiento-plan-regional")
    c = commitments(b)
    meeting = _one(c, "La Secretaría Pro Tempore a convocar")
    report = _one(c, "ACNUR a sistematizarlo")
    assert len(bound(b, meeting)) == 1 and next(iter(bound(b, meeting))).startswith("body:")
    assert bound(b, report) == {"organization:acnur"}
    assert {t for _, t in pairs(b, "DUE", src=meeting)} == {"date:2025-09-30"}
    # "a la vanguardia" is where OIM stands, not something it will do
    assert not any(t.startswith("OIM a la vanguardia") for t in c)


def test_a_headline_restating_the_title_is_not_a_second_commitment():
    b = read(HEADLINE, "fiji-samoa-visa-office")
    c = commitments(b)
    assert not any(t.startswith("Fiji and Samoa to open") for t in c), list(c)
    # the sentence that records the agreement is still one
    _one(c, "The Ministers for Immigration of Fiji and Samoa met")


def _objected(b) -> set:
    return {s for s, _ in pairs(b, "OBJECTED")}


def test_staying_out_of_the_consensus_is_an_objection_in_english():
    b = read(DISSENT_EN, "andean-communique-en")
    assert _objected(b) == {"country:bo", "country:pe"}
    quotes = {e.sources[0].quote for e in b.edges.values() if e.type == "OBJECTED"}
    assert "Bolivia did not join the consensus" in quotes


def test_no_acompanar_y_no_sumarse_al_consenso_son_objeciones():
    b = read(DISSENT_ES, "comunicado-andino-es")
    assert _objected(b) == {"country:bo", "country:pe"}
    quotes = {e.sources[0].quote for e in b.edges.values() if e.type == "OBJECTED"}
    assert "Bolivia no acompañó" in quotes
    assert any(q.endswith("no se sumó al consenso") for q in quotes), quotes


PARAGRAPH_DISSENT_EN = """Joint Statement of the Ministers of the Southern Cone

Montevideo, 9 May 2025

The Ministers of Uruguay, Paraguay and Chile met in Montevideo on 9 May 2025 and adopted the joint statement.

Paraguay did not join paragraph 7 of the statement on circular migration.

The Ministers will join the next meeting of the Regional Conference in Lima.
"""

PARAGRAPH_DISSENT_ES = """Declaración conjunta de los Ministros del Cono Sur

Montevideo, 9 de mayo de 2025

Los Ministros de Uruguay, Paraguay y Chile se reunieron en Montevideo el 9 de mayo de 2025 y aprobaron la declaración conjunta.

La delegación del Paraguay no se adhiere al párrafo 7 de la declaración, sobre migración circular.

Chile se adhiere al punto 3 de la declaración.
"""


def test_staying_out_of_one_paragraph_is_an_objection_in_english():
    b = read(PARAGRAPH_DISSENT_EN, "southern-cone-statement-en")
    assert _objected(b) == {"country:py"}
    quotes = {e.sources[0].quote for e in b.edges.values() if e.type == "OBJECTED"}
    assert any("did not join paragraph" in q for q in quotes), quotes


def test_no_adherirse_a_un_parrafo_es_una_objecion():
    b = read(PARAGRAPH_DISSENT_ES, "declaracion-cono-sur-es")
    assert _objected(b) == {"country:py"}
    quotes = {e.sources[0].quote for e in b.edges.values() if e.type == "OBJECTED"}
    assert any("no se adhiere al párrafo" in q for q in quotes), quotes
