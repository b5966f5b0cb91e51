"""Persons the general extractor reads: attendance lists (items, inline, tables), persons named
before their post, persons introduced by whom they speak for, and first names that stand for a
listed participant. Every quote must be the text at its span."""
from loaders.pipeline import extract
from tests.loaders.batches import check_spans, pairs, persons, read
from tests.shared_documents import corpus_batch


def _persons(batch) -> dict:
    """{id: node} of the batch's persons (tests.loaders.batches.persons; other test files import
    this name)."""
    return persons(batch)


def _rel(batch, etype) -> set:
    """{(source, target)} of the batch's `etype` edges (tests.loaders.batches.pairs)."""
    return pairs(batch, etype)


ITEM_LIST = """Minutes of the steering group call

Attendees:

- NO: Ingrid Halvorsen (work package lead)
- Tomasz Zielinski (Example Research Institute)
- Helmut Brandner, Alpine Data Foundation
- Lucia Ferraro – Coastal Shipping Company

Ingrid opened the call. Tomasz said that the draft budget was ready for review.
"""


def test_attendance_items_give_persons_posts_and_whom_they_represent():
    b = read(ITEM_LIST, "steering-call")
    people = persons(b)
    assert {"person:ingrid-halvorsen", "person:tomasz-zielinski", "person:helmut-brandner",
            "person:lucia-ferraro"} <= set(people)
    assert people["person:ingrid-halvorsen"].properties["post"] == "work package lead"
    reps = pairs(b, "REPRESENTS")
    assert ("person:ingrid-halvorsen", "country:no") in reps
    assert ("person:tomasz-zielinski", "organization:example-research-institute") in reps
    assert ("person:helmut-brandner", "organization:alpine-data-foundation") in reps
    assert ("person:lucia-ferraro", "organization:coastal-shipping-company") in reps
    # a heading, a month or the cue itself is never a person
    assert not any("attendees" in p or "minutes" in p for p in people)
    quote = next(e.sources[0].quote for e in b.edges.values()
                 if e.type == "REPRESENTS" and e.source == "person:ingrid-halvorsen")
    assert "Ingrid Halvorsen" in quote


def test_first_name_of_a_listed_participant_is_that_participant():
    b = extract(ITEM_LIST, "steering-call", curation=False)
    said = {(e.source, b.nodes[e.target].properties["text"]) for e in b.edges.values() if e.type == "SAID"}
    assert any(who == "person:tomasz-zielinski" and "draft budget" in quote for who, quote in said)
    assert "person:tomasz" not in persons(b)


SPANISH_TABLE = """Acta de la reunión del comité técnico

Asistentes

Organización | Nombre | Cargo

Fundación Río Claro | Marta Quintanilla | Tesorera

Particular | Andrés Villalobos | Vocal

Cooperativa Los Robles | Rosa Echeverría | Secretaria

Orden del día

1. Aprobación del acta anterior.
"""


def test_attendance_table_in_spanish():
    b = read(SPANISH_TABLE, "comite-tecnico")
    people = persons(b)
    assert {"person:marta-quintanilla", "person:andres-villalobos", "person:rosa-echeverria"} <= set(people)
    assert people["person:rosa-echeverria"].properties["post"] == "Secretaria"
    reps = pairs(b, "REPRESENTS")
    assert ("person:marta-quintanilla", "organization:fundacion-rio-claro") in reps
    assert ("person:rosa-echeverria", "organization:cooperativa-los-robles") in reps
    # "Particular" names no organisation
    assert not any(src == "person:andres-villalobos" for src, _ in reps)
    assert not any(n.kind == "Organization" and n.name == "Particular" for n in b.nodes.values())


INLINE = "Presentes: Carolina Méndez (Uruguay), Joaquín Salazar y Elena Ruiz Tagle.\n"


def test_inline_attendance_line():
    b = read(INLINE, "breve")
    people = persons(b)
    assert {"person:carolina-mendez", "person:joaquin-salazar", "person:elena-ruiz-tagle"} <= set(people)
    assert ("person:carolina-mendez", "country:uy") in pairs(b, "REPRESENTS")


APPOSITION_ES = """Intervenciones

Según Gregorio Almanza, Director General de la Asociación Regional de Productores (ARP), la
propuesta requiere más consultas con las comunidades.

En nombre de la Federación Andina de Cooperativas, Teresa Villamil señaló que el plazo es corto.
"""

APPOSITION_EN = """Statements

Margaret Holloway, Executive Secretary of the Pacific Fisheries Commission, said that the
survey would be published in June.
"""


def test_person_named_before_the_post_in_spanish():
    b = read(APPOSITION_ES, "intervenciones")
    people = persons(b)
    assert people["person:gregorio-almanza"].properties["post"].startswith("Director General de la Asociación")
    assert "person:teresa-villamil" in people
    assert not any(p.startswith("person:segun") or "asociacion" in p for p in people)


def test_speaker_named_before_the_post_says_the_statement_in_english():
    b = read(APPOSITION_EN, "statements")
    people = persons(b)
    assert people["person:margaret-holloway"].properties["post"] == \
        "Executive Secretary of the Pacific Fisheries Commission"
    said = [e for e in b.edges.values() if e.type == "SAID"]
    assert [e.source for e in said] == ["person:margaret-holloway"]
    assert "survey would be published" in b.nodes[said[0].target].properties["text"]


def test_corpus_minutes_list_of_participants():
    """A real management committee's minutes: a country-coded list of participants."""
    b = corpus_batch("22-cost-europroofnet-mc-minutes-2022-10-24.pdf")
    check_spans(b)
    people = persons(b)
    assert len([p for p in people if p != "person:cezary-kaliszyk"]) >= 28
    reps = pairs(b, "REPRESENTS")
    assert ("person:andrej-bauer", "country:si") in reps
    assert ("person:benedikt-ahrens", "country:gb") in reps      # "UK:" in the list
    assert people["person:alicia-villanueva"].properties["post"] == "WG3 leader"
    said = {e.source for e in b.edges.values() if e.type == "SAID"}
    assert {"person:milena-stoyanova", "person:ralph-stubner", "person:frederic-blanqui"} <= said


LINES_ES = """Acta de la sesión ordinaria

Asistentes:
Mtra. Lorena Castañeda Ibarra, Presidenta, Colegio de Ingenieros del Valle
Lic. Ramiro Estrada Solís (Universidad del Altiplano)
Dra. Paula Benítez Ochoa, Secretaria Técnica

Se declaró abierta la sesión.
"""


def test_attendance_lines_in_one_passage_with_titles_and_posts():
    b = read(LINES_ES, "sesion-ordinaria")
    people = persons(b)
    assert {"person:lorena-castaneda-ibarra", "person:ramiro-estrada-solis",
            "person:paula-benitez-ochoa"} <= set(people)
    assert not any(p.startswith(("person:mtra", "person:lic", "person:dra")) for p in people)
    assert people["person:lorena-castaneda-ibarra"].properties["post"] == "Presidenta"
    reps = pairs(b, "REPRESENTS")
    assert ("person:lorena-castaneda-ibarra", "organization:colegio-de-ingenieros-del-valle") in reps
    assert ("person:lorena-castaneda-ibarra", "organization:colegio-de-ingenieros-del-valle") in pairs(b, "HOLDS_POST")
    assert ("person:ramiro-estrada-solis", "organization:universidad-del-altiplano") in reps


DEMONYM_EN = """Joint readout

The talks were opened by the Canadian Minister of Labour, the Hon. Gerald Fairbanks, and the
Chilean Minister of Foreign Affairs, Ms. Valentina Orrego.

Minister Fairbanks said that the pilot scheme would start in spring.
"""

DELEGATIONS = """Annex

Peruvian Delegation

H.E. Rodrigo Salas Quispe, Vice Minister of Foreign Affairs (Co-Chair)

Delegación de Uruguay

Sra. Inés Martirena, Directora de Asuntos Consulares
"""


def test_demonym_before_the_post_and_surname_after_a_title():
    b = read(DEMONYM_EN, "readout")
    reps = pairs(b, "REPRESENTS")
    assert ("person:gerald-fairbanks", "country:ca") in reps
    assert ("person:valentina-orrego", "country:cl") in reps
    said = [e for e in b.edges.values() if e.type == "SAID"]
    assert [e.source for e in said] == ["person:gerald-fairbanks"]
    assert "pilot scheme" in b.nodes[said[0].target].properties["text"]


def test_persons_under_a_delegation_heading_represent_its_country():
    b = read(DELEGATIONS, "annex")
    reps = pairs(b, "REPRESENTS")
    assert ("person:rodrigo-salas-quispe", "country:pe") in reps
    assert ("person:ines-martirena", "country:uy") in reps
    assert ("person:ines-martirena", "country:pe") not in reps
