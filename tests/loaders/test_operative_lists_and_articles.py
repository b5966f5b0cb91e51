"""Decisions listed under a bare operative heading ("APPROVED", "ACUERDAN:", "The Vice-Ministers
agreed to:") whose items open with an infinitive, the body such an item charges ("to request
that the Pro-Tempore Presidency ...", "solicitar a la Secretaría Técnica que ..."), and the
binding clauses of an agreement's articles ("Artículo 2 / Chile se compromete a ...", "... de
mutuo acuerdo entre ...", "Article 1 / Peru shall provide ..."): loaders.commitments,
data/lang/*/commitments.yaml operative_heading, operative_item, article_binds,
article_continued, mutual_agreement, article_establishes."""
from loaders.commitments import operative_heading, operative_item
from tests.loaders.batches import bound, commitments, read
from tests.loaders.conftest import edges


COMMUNIQUE = """XV REGIONAL CONFERENCE ON MIGRATION
JOINT COMMUNIQUE

The XV Regional Conference on Migration (RCM) took place in Tegucigalpa, Honduras, on 12 and 13 May 2010, with the participation of Canada, Mexico, Honduras and Panama.

APPROVED

GENERAL MATTERS

  1. To welcome the progress report on the return of migrants presented by the working group.
  2. To request that the Pro-Tempore Presidency convene a workshop on labour migration before the next meeting.

The Vice-Ministers thanked the Government of Honduras for its hospitality.
"""


def test_items_under_a_bare_english_heading_are_decisions_and_the_requested_body_is_responsible():
    b = read(COMMUNIQUE, "rcm-communique")
    c = commitments(b)
    welcome = next(i for t, i in c.items() if t.startswith("To welcome the progress report"))
    workshop = next(i for t, i in c.items() if t.startswith("To request that the Pro-Tempore"))
    assert not any("thanked" in t for t in c)
    assert not any(t.strip() in ("APPROVED", "GENERAL MATTERS") for t in c)
    (resp,) = edges(b, "RESPONSIBLE_FOR", dst=workshop)
    assert b.nodes[resp.source].kind == "Body" and "Pro-Tempore" in b.nodes[resp.source].name
    # the item that states the charge is the quote
    assert resp.sources[0].quote.startswith("To request that the Pro-Tempore Presidency convene")
    # the body is named by the text: its node quotes where
    assert any(s.quote == "Pro-Tempore Presidency" for s in b.nodes[resp.source].sources)
    # a decision with no subject at a meeting of the Conference is the Conference's
    assert bound(b, welcome) == {"conference:crm"}


AGREED_TO = """Joint Communique of the Ministerial Meeting of Chile and Peru

Lima, 3 March 2011

The Ministers of Chile and Peru met in Lima on 3 March 2011.

The Vice-Ministers agreed to:

1. To establish a joint committee on border crossings.
2. To exchange statistics on seasonal workers every six months.

The meeting closed at noon.
"""


def test_items_after_a_line_saying_the_ministers_agreed_to_are_decisions():
    b = read(AGREED_TO, "cl-pe")
    c = commitments(b)
    assert any(t.startswith("To establish a joint committee on border crossings") for t in c)
    assert any(t.startswith("To exchange statistics on seasonal workers") for t in c)
    assert not any(t.startswith("The Vice-Ministers agreed to") for t in c)
    assert not any(t.startswith("The meeting closed") for t in c)


ACUERDAN = """COMUNICADO CONJUNTO DE LA XVI CONFERENCIA REGIONAL SOBRE MIGRACIÓN

La XVI Conferencia Regional sobre Migración (CRM) se celebró en San José, Costa Rica, el 9 de junio de 2011, con la participación de Guatemala, Honduras y Costa Rica.

ACUERDAN:

1. Reconocer el trabajo de la Red de Funcionarios de Enlace en la protección de la niñez migrante.
2. Solicitar a la Secretaría Técnica que elabore un informe sobre las caravanas de migrantes.
"""


def test_spanish_items_under_acuerdan_are_decisions_and_the_secretariat_asked_is_responsible():
    b = read(ACUERDAN, "crm-comunicado")
    c = commitments(b)
    assert any(t.startswith("Reconocer el trabajo de la Red") for t in c)
    informe = next(i for t, i in c.items() if t.startswith("Solicitar a la Secretaría Técnica"))
    owners = {e.source for e in edges(b, "RESPONSIBLE_FOR", dst=informe)}
    assert owners and all(b.nodes[o].kind == "Body" and b.nodes[o].properties.get("subtype") == "secretariat"
                          for o in owners)


CONVENIO = """CONVENIO ENTRE LA REPÚBLICA DE CHILE Y LA ORGANIZACIÓN INTERNACIONAL PARA LAS MIGRACIONES SOBRE UNA OFICINA EN SANTIAGO

La República de Chile y la Organización Internacional para las Migraciones (en adelante las Partes),

Han convenido lo siguiente:

Artículo 1

Chile reconoce la capacidad jurídica de la Organización Internacional para las Migraciones para celebrar contratos.

Artículo 2

La Oficina de la Organización se establece en Santiago.

Artículo 3
  1. Chile se compromete a facilitar a la Organización un local adecuado. Se compromete asimismo a proteger dicho local.

  2. Las condiciones de uso del local se fijarán de mutuo acuerdo entre el Gobierno chileno y la Organización.
"""


def test_each_binding_clause_of_a_spanish_agreement_is_a_commitment_of_its_party():
    b = read(CONVENIO, "convenio-cl-oim")
    c = commitments(b)
    capacidad = next(i for t, i in c.items() if t.startswith("Chile reconoce la capacidad"))
    oficina = next(i for t, i in c.items() if t.startswith("La Oficina de la Organización se establece"))
    local = next(i for t, i in c.items() if t.startswith("Chile se compromete a facilitar"))
    proteger = next(i for t, i in c.items() if t.startswith("Se compromete asimismo a proteger"))
    mutuo = next(i for t, i in c.items() if "de mutuo acuerdo" in t)
    assert bound(b, capacidad) == {"country:cl"}
    assert bound(b, local) == {"country:cl"}
    assert bound(b, proteger) == {"country:cl"}       # the subject of the sentence before
    assert bound(b, oficina) == set()                  # the article establishes it; no one named
    assert bound(b, mutuo) == {"country:cl", "organization:oim"}
    # an article is never a statement someone said
    assert not any(n.kind == "Statement" for n in b.nodes.values())


AGREEMENT = """AGREEMENT BETWEEN THE REPUBLIC OF PERU AND THE INTERNATIONAL ORGANIZATION FOR MIGRATION

The Republic of Peru and the International Organization for Migration have agreed as follows:

Article 1

Peru shall provide suitable premises for the office of the International Organization for Migration in Lima.

Article 2

The terms of use of the premises shall be determined by mutual agreement between the two Parties.
"""


def test_each_binding_clause_of_an_english_agreement_is_a_commitment_of_its_party():
    b = read(AGREEMENT, "agreement-pe-iom")
    c = commitments(b)
    premises = next(i for t, i in c.items() if t.startswith("Peru shall provide suitable premises"))
    terms = next(i for t, i in c.items() if "by mutual agreement" in t)
    assert bound(b, premises) == {"country:pe"}
    assert bound(b, terms) == {"country:pe", "organization:oim"}
    assert not any(n.kind == "Statement" for n in b.nodes.values())


def test_a_country_that_thanked_in_a_communique_said_it():
    b = read(COMMUNIQUE.replace("The Vice-Ministers thanked the Government of Honduras",
                                "For its part, the Government of Canada thanked Honduras"), "rcm-thanks")
    (said,) = [e for e in edges(b, "SAID") if e.source == "country:ca"]
    assert b.nodes[said.target].properties["text"].startswith("For its part, the Government of Canada thanked")


def test_operative_heading_and_item_words():
    assert operative_heading("AGREED") and operative_heading("RESUELVEN:")
    assert operative_heading("The Vice-Ministers of the member countries agreed to:")
    assert not operative_heading("The Ministers agreed to meet again in Lima in 2012.")
    assert not operative_heading("The Ministers expressed their satisfaction.")
    assert operative_item("To instruct the Technical Secretariat to ...")
    assert operative_item("Encomendar a la Secretaría Técnica ...")
    assert not operative_item("To the Secretariat, the Ministers ...")
    assert not operative_item("Canada and Mexico ...")


def test_a_proposal_accepted_under_its_quoted_title_is_an_instrument():
    b = read(COMMUNIQUE.replace("  2. To request",
                                "  2. To accept the proposal entitled “Labour Mobility in Central America” "
                                "as a reference document.\n  3. To request"), "rcm-proposal")
    (ins,) = [n for n in b.nodes.values() if n.kind == "Instrument" and "Labour Mobility" in n.name]
    assert ins.name == "Labour Mobility in Central America"
    assert ins.sources[0].quote == "Labour Mobility in Central America"
    assert any(t.startswith("To accept the proposal entitled") for t in commitments(b))
