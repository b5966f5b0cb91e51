"""Attendance lists and the actors of a meeting: who was present (PARTICIPATES_IN), for whom
(REPRESENTS), who belongs to the body that met (MEMBER_OF), and one node per organisation whatever
language or form names it. Texts are written for these tests; one check runs on a real document."""
import pytest

from tests.shared_documents import corpus_batch
from tests.loaders.batches import check_spans as check_quotes, read as general


def meeting(b):
    return f"event:{b.document}:meeting"


def rel(b, etype, src=None, dst=None):
    return {(e.source, e.target, e.properties.get("role")) for e in b.edges.values()
            if e.type == etype and (src is None or e.source == src)
            and (dst is None or e.target == dst)}


def present(b, role=None):
    return {s for s, _, r in rel(b, "PARTICIPATES_IN", dst=meeting(b)) if r == role}


EN_ITEMS = """Steering Board meeting of the Harbour Data Network, 3 May 2024

The meeting took place online.

List of participants

- FR: Louise Martel (vice chair)
- NO: Ola Nordmann
- SECRETARIAT: Petra Lind (programme officer)
- Tomas Berg (chair)
- invited: Greta Holm

The chair opened the meeting at 10:00.
"""


def test_items_with_country_codes_make_members_of_the_body_that_met():
    b = general(EN_ITEMS)
    check_quotes(b)
    board = "body:steering-board"
    assert b.nodes[board].kind == "Body" and b.nodes[board].name == "Steering Board"
    people = {"person:louise-martel", "person:ola-nordmann", "person:petra-lind",
              "person:tomas-berg", "person:greta-holm"}
    assert present(b) == people
    # a national delegate belongs to the board; the secretariat, the chair named without a
    # country and a guest take part without being listed as members
    assert {s for s, _, _ in rel(b, "MEMBER_OF", dst=board)} == {"person:louise-martel",
                                                                 "person:ola-nordmann"}
    assert ("person:louise-martel", "country:fr", None) in rel(b, "REPRESENTS")
    assert ("person:petra-lind", "organization:secretariat", None) in rel(b, "REPRESENTS")
    assert b.nodes["person:louise-martel"].properties["post"] == "vice chair"
    for e in b.edges.values():
        if e.type == "PARTICIPATES_IN" and e.source == "person:ola-nordmann":
            assert [s.quote for s in e.sources] == ["- NO: Ola Nordmann"]


EN_TABLE = """# Interoperability Technical Committee Meeting

## Attendees

| Organisation | Name | Status |
|---|---|---|
| Harbour Labs | Mira Quist | Voting Member |
| Individual | Jonas Wendt | Member |
| Fjord Systems Ltd | Anneli Sund | Observer |

## Agenda

- Approve the minutes.
"""


def test_a_table_of_attendees_gives_organisations_members_and_observers():
    b = general(EN_TABLE)
    check_quotes(b)
    tc = "body:interoperability-technical-committee"
    assert b.nodes[tc].kind == "Body"
    assert rel(b, "MEMBER_OF", dst=tc) == {("person:mira-quist", tc, "member"),
                                           ("person:jonas-wendt", tc, "member"),
                                           ("person:anneli-sund", tc, "observer")}
    assert present(b) == {"person:mira-quist", "person:jonas-wendt"}
    assert present(b, "observer") == {"person:anneli-sund"}
    assert ("person:mira-quist", "organization:harbour-labs", None) in rel(b, "REPRESENTS")
    assert b.nodes["organization:fjord-systems-ltd"].name == "Fjord Systems Ltd"
    # "Individual" names no organisation
    assert not any(n.kind == "Organization" and n.name == "Individual" for n in b.nodes.values())
    assert not rel(b, "REPRESENTS", src="person:jonas-wendt")


ES_ITEMS = """# Reunión del Comité Gestor de la Asociación Ribera Abierta

## Asistentes

- Lucía Ferrer (`@lferrer`)
- Andrés Ibarra
- Nuria Sanz

## Orden del día

1. Cuentas del año.
"""


def test_spanish_list_without_roles_makes_every_attendee_a_member():
    b = general(ES_ITEMS)
    check_quotes(b)
    body = "body:comite-gestor"
    assert b.nodes[body].name == "Comité Gestor"
    people = {"person:lucia-ferrer", "person:andres-ibarra", "person:nuria-sanz"}
    assert present(b) == people
    assert {s for s, _, _ in rel(b, "MEMBER_OF", dst=body)} == people


ES_COUNTRIES = """Reunión técnica sobre movilidad laboral

Participantes:

- Argentina
- Estado Plurinacional de Bolivia
- Organización Internacional para las Migraciones

Se aprobó el orden del día.
"""


def test_countries_and_organisations_listed_alone_take_part_themselves():
    b = general(ES_COUNTRIES)
    check_quotes(b)
    assert {"country:ar", "country:bo", "organization:oim"} <= present(b)
    assert not rel(b, "MEMBER_OF")


def test_a_list_under_another_heading_is_not_an_attendance_list():
    b = general(EN_ITEMS.replace("List of participants", "Topics raised"))
    assert not {i for i in present(b) if i.startswith("person:")}
    assert not rel(b, "MEMBER_OF")


# -- one node per organisation, whatever form or language names it -------------------------------

@pytest.mark.parametrize("text,org", [
    ("The ministers met the International Organization for Migration (IOM) in Geneva.", "organization:oim"),
    ("La Organización Internacional para las Migraciones (OIM) presentó su informe.", "organization:oim"),
    ("Officials briefed the United Nations High Commissioner for Refugees (UNHCR).", "organization:acnur"),
    ("Representatives of the World Trade Organization attended.", "organization:omc"),
])
def test_one_node_per_organisation_across_languages_and_forms(text, org):
    b = general(text)
    check_quotes(b)
    orgs = {i for i, n in b.nodes.items() if n.kind == "Organization" and n.sources}
    assert orgs == {org}


def test_a_lower_case_word_is_not_an_acronym():
    b = general("Australia supported New Zealand's bid for a seat; the can of worms stayed shut.")
    assert not {i for i, n in b.nodes.items() if n.kind == "Organization" and n.sources}


def test_real_minutes_list_the_management_committee_delegates():
    b = corpus_batch("22-cost-europroofnet-mc-minutes-2022-10-24.pdf")
    check_quotes(b)
    members = {s for s, t, _ in rel(b, "MEMBER_OF") if t == "body:management-committee"}
    assert {"person:chuangjie-xu", "person:sandra-alves", "person:benedikt-ahrens"} <= members
    assert "person:frederic-blanqui" not in members          # "(chair)", no country
    assert ("person:benedikt-ahrens", "country:gb", None) in rel(b, "REPRESENTS")


# -- instruments named by number; names typed by the noun that ends them in English --------------

@pytest.mark.parametrize("text,name", [
    ("Ministers recalled Security Council Resolution 2231 on the matter.", "Resolution 2231"),
    ("The committee adopted Resolution No. 7 unanimously.", "Resolution No. 7"),
    ("Las organizaciones exigieron cumplir la Ley 1581 de protección de datos.", "Ley 1581"),
    ("El Decreto 350 de 2021 reguló el procedimiento.", "Decreto 350"),
])
def test_an_instrument_named_by_its_number(text, name):
    b = general(text)
    check_quotes(b)
    inst = {n.name for n in b.nodes.values() if n.kind == "Instrument" and n.sources}
    assert inst == {name}


@pytest.mark.parametrize("text,kind,name", [
    ("Both sides welcomed progress under the Lisbon Regional Cooperation Framework this year.",
     "Instrument", "Lisbon Regional Cooperation Framework"),
    ("Officials will report to the Wellington Trade Partnership Forum next year.",
     "Conference", "Wellington Trade Partnership Forum"),
    ("Se presentó el Programa de Cooperación Técnica de Quito ante los ministros.",
     "Instrument", "Programa de Cooperación Técnica de Quito"),
])
def test_a_name_is_typed_by_its_head_noun(text, kind, name):
    b = general(text)
    check_quotes(b)
    got = {(n.kind, n.name) for n in b.nodes.values()
           if n.kind in ("Instrument", "Conference", "Body", "Organization") and n.sources}
    assert got == {(kind, name)}


# -- membership stated in the text --------------------------------------------------------------

@pytest.mark.parametrize("text,member,body", [
    ("Norway was invited and became a full member of the Nordic Fisheries Advisory Committee in 2019.",
     "country:no", "body:nordic-fisheries-advisory-committee"),
    ("Uruguay se convirtió en miembro pleno de la Comisión Regional de Pesca del Atlántico.",
     "country:uy", "body:comision-regional-de-pesca-del-atlantico"),
    ("Ecuador se incorporó a la Red Andina de Cooperación Aduanera de Lima el año pasado.",
     "country:ec", "body:red-andina-de-cooperacion-aduanera-de-lima"),
])
def test_a_country_that_becomes_a_member(text, member, body):
    b = general("Joint statement\n\n" + text)
    check_quotes(b)
    assert {(s, t) for s, t, _ in rel(b, "MEMBER_OF")} == {(member, body)}


def test_a_body_composed_of_countries():
    b = general("Comunicado conjunto\n\nSe creó la Comisión Binacional de Aguas de Quito, integrada por "
                "Colombia y Ecuador.")
    check_quotes(b)
    body = "body:comision-binacional-de-aguas-de-quito"
    assert {(s, t) for s, t, _ in rel(b, "MEMBER_OF")} == {("country:co", body), ("country:ec", body)}


def test_a_relative_clause_after_of_belongs_to_the_head_of_the_phrase():
    # "que conforman" speaks of the members, not of the commission named after "de la"
    b = general("Comunicado conjunto\n\nParticiparon los delegados de la Comisión Binacional de Aguas de Quito, que conforman "
                "Colombia y Ecuador.")
    assert b.nodes["body:comision-binacional-de-aguas-de-quito"].sources
    assert not rel(b, "MEMBER_OF")


# -- state institutions named generically: one node per document ----------------------------------

def test_state_institutions_are_organisations_of_the_document_only():
    text = ("Comunicado de las organizaciones\n\nPedimos al Senado y a la Corte Constitucional que "
            "revisen el proyecto; el Gobierno Nacional guardó silencio. El gobierno nacional no respondió.")
    b = general(text, "doc-a")
    check_quotes(b)
    orgs = {i: n for i, n in b.nodes.items() if n.kind == "Organization" and n.sources}
    assert set(orgs) == {"organization:doc-a:senado", "organization:doc-a:corte-constitucional",
                         "organization:doc-a:gobierno-nacional"}
    # written with a capital only: the lower-case phrase is not a second mention
    assert [s.quote for s in orgs["organization:doc-a:gobierno-nacional"].sources] == ["Gobierno Nacional"]
    other = general(text, "doc-b")
    assert "organization:doc-b:senado" in other.nodes and "organization:doc-a:senado" not in other.nodes
