"""Two layouts of positions: a declaration that names itself ("las organizaciones firmantes de la
presente declaración", "we endorse this statement") and lists its signing organisations under a
heading, each of which SUPPORTED it (loaders.signed_documents); and, in committee reports, an
agreement held back by a 'but' (OBJECTED) and something acceptable to a delegation on a
condition (PROPOSED, loaders.statements clause_positions; data/lang/*/statements.yaml
own_document, clause_objected, proposed_if, proposed_if_condition)."""
from tests.loaders.batches import read
from tests.loaders.conftest import edges
from tests.shared_documents import corpus_file

DECLARACION = """# Declaración por el agua en la cuenca del río Lempa

Las organizaciones firmantes de la presente declaración pedimos a los gobiernos de la cuenca que publiquen los datos de calidad del agua cada trimestre.

## Organizaciones firmantes

Red Ciudadana del Lempa\\
Fundación Agua Limpia\\
Colectivo Ríos Vivos

San Salvador, 3 de marzo de 2024.
"""

STATEMENT = """Open data for coastal towns

We, the undersigned, endorse this statement and ask every coastal council to publish its flood maps.

Signatory organisations:
Harbour Watch Trust
Coastal Data Collective
Friends of the Estuary
"""

NO_SELF_NAME = """# Reunión de la red

Las organizaciones conversaron sobre el calendario de trabajo.

## Organizaciones firmantes

Red Ciudadana del Lempa\\
Fundación Agua Limpia
"""


def _supporters(b, iid):
    return {b.nodes[e.source].name for e in edges(b, "SUPPORTED", dst=iid)}


def test_each_listed_organisation_supports_the_declaration_that_names_itself():
    b = read(DECLARACION, "decl")
    iid = "instrument:decl:own-document"
    node = b.nodes[iid]
    assert node.kind == "Instrument" and node.name == "Declaración"
    assert node.sources[0].quote == "declaración"
    assert _supporters(b, iid) == {"Red Ciudadana del Lempa", "Fundación Agua Limpia", "Colectivo Ríos Vivos"}
    (e,) = [e for e in edges(b, "SUPPORTED", dst=iid) if b.nodes[e.source].name == "Fundación Agua Limpia"]
    assert [s.quote for s in e.sources] == ["Fundación Agua Limpia", "## Organizaciones firmantes"]


def test_an_english_statement_with_a_signatory_line_is_supported_by_each_organisation():
    b = read(STATEMENT, "stmt")
    iid = "instrument:stmt:own-document"
    assert b.nodes[iid].name == "Statement"
    assert _supporters(b, iid) == {"Harbour Watch Trust", "Coastal Data Collective", "Friends of the Estuary"}


def test_a_signing_list_without_a_document_that_names_itself_adds_nothing():
    b = read(NO_SELF_NAME, "red")
    assert not [n for n in b.nodes.values() if n.kind == "Instrument"]
    assert not edges(b, "SUPPORTED")


REPORT = """REPORT OF THE DRAFTING COMMITTEE

Paragraphs 1 to 4. The delegation of Fiji is in agreement with the aims of the fisheries programme, but holds the view that the joint patrols would need a treaty of their own.

Paragraph 5 would be acceptable to the delegation of Tonga if the words 'within twelve months' were removed.

On paragraph 6 the delegation of Samoa supported the principle of a shared register but felt that it could not staff the register this year.

Paragraph 7 was agreed to.
"""

INFORME = """INFORME DE LA COMISIÓN DE REDACCIÓN

Sobre el párrafo 3 la delegación de Uruguay estuvo de acuerdo con el objetivo general, pero consideró que el plazo de un año es demasiado corto.

El párrafo 4 sería aceptable para la delegación de Paraguay si se suprime la referencia al fondo común.
"""


def _position(b, etype, country, snippet):
    got = [e for e in edges(b, etype, src=country) if snippet in b.nodes[e.target].properties.get("text", "")]
    assert len(got) == 1, (etype, country, snippet, edges(b, etype))
    return got[0]


def test_agreement_held_back_by_but_is_an_objection_and_a_condition_is_a_proposal():
    b = read(REPORT, "drafting")
    _position(b, "OBJECTED", "country:fj", "joint patrols would need a treaty")
    _position(b, "OBJECTED", "country:ws", "could not staff the register")
    e = _position(b, "PROPOSED", "country:to", "'within twelve months' were removed")
    assert e.sources[0].quote == "would be acceptable to the delegation of Tonga if"
    # an agreement without a 'but' is no objection, and a plain agreement no proposal
    assert not edges(b, "OBJECTED", src="country:to")
    assert not [e for e in edges(b, "PROPOSED") if "Paragraph 7" in b.nodes[e.target].properties.get("text", "")]


def test_spanish_reservation_after_agreement_and_conditional_acceptance():
    b = read(INFORME, "redaccion")
    _position(b, "OBJECTED", "country:uy", "plazo de un año es demasiado corto")
    e = _position(b, "PROPOSED", "country:py", "se suprime la referencia al fondo común")
    assert e.sources[0].quote == "sería aceptable para la delegación de Paraguay si"


def test_signatories_of_the_colombian_communique_support_it():
    path = corpus_file("16-accesoalainformacionya-osc-colombia-2022.md")
    from loaders.pipeline import extract
    b = extract(path.read_text(encoding="utf-8"), path.stem)
    iid = f"instrument:{path.stem}:own-document"
    assert b.nodes[iid].name == "Comunicado"
    names = _supporters(b, iid)
    assert {"Datasketch", "Fundación Karisma", "Cuestión Pública"} <= names and len(names) == 13
