"""Persons and the posts they hold, as the general extractor reads them: a post in an attendance
list that names a numbered unit ("TF2 coordinator"), a post qualified before its complement ("el
ministro interino de ..."), honorifics such as "Doctora" and "S.E.", names and posts wrapped over
a line of prose, and the country a national office belongs to. Every quote must be the text at
its span."""
import pytest

from loaders.pipeline import extract
from tests.loaders.batches import check_spans, pairs, persons, posts, read
from tests.shared_documents import corpus_batch


UNIT_LIST = """Minutes of the plenary call of the network

Present:

- NO: Ingrid Halvorsen (TF2 coordinator)
- FR: Marc Dufresne (TF2 deputy coordinator)
- PL: Ewa Nowicka (SG1 chair)
- Tomasz Zielinski (Example Research Institute)

Ingrid opened the call.
"""


def test_a_post_naming_a_numbered_unit_is_held_in_that_unit():
    b = read(UNIT_LIST, "plenary-call")
    holds = pairs(b, "HOLDS_POST")
    assert ("person:ingrid-halvorsen", "body:tf2") in holds
    assert ("person:marc-dufresne", "body:tf2") in holds
    assert ("person:ewa-nowicka", "body:sg1") in holds
    assert b.nodes["body:tf2"].kind == "Body" and b.nodes["body:tf2"].name == "TF2"
    # the unit is where the post is held, not whom the person speaks for
    assert ("person:ingrid-halvorsen", "body:tf2") not in pairs(b, "REPRESENTS")
    assert ("person:ingrid-halvorsen", "country:no") in pairs(b, "REPRESENTS")
    # an organisation in brackets is no post: nothing held there
    assert not {h for h in holds if h[0] == "person:tomasz-zielinski"}
    [edge] = [e for e in b.edges.values() if e.type == "HOLDS_POST" and e.source == "person:ewa-nowicka"]
    assert "Ewa Nowicka (SG1 chair)" in edge.sources[0].quote


@pytest.mark.parametrize("text, person, post, country", [
    ("El ministro interino de Comercio Exterior de Chile, Andrés Valdivia Soto, abrió la sesión.",
     "person:andres-valdivia-soto", "Ministro interino de Comercio Exterior de Chile", "country:cl"),
    ("La viceministra encargada de Asuntos Migratorios del Perú, Rosa Quispe Huamán, presentó el informe.",
     "person:rosa-quispe-huaman", "Viceministra encargada de Asuntos Migratorios del Perú", "country:pe"),
])
def test_a_qualified_post_before_its_complement(text, person, post, country):
    b = read(text, "sesion")
    assert persons(b)[person].properties["post"] == post
    assert (person, country) in pairs(b, "REPRESENTS")


WRAPPED = """Las delegaciones se reunieron durante dos días en la sede del organismo regional. La
Doctora Elena Marín Duarte, Directora de Asuntos Jurídicos, actuó como testigo de las sesiones.
La Delegación del Ecuador estuvo encabezada por S.E. Tomás Ibarra
Cevallos, Embajador con rango de Ministro y la Delegación del Perú la encabezó S.E. Julio Paredes, Ministro de
Relaciones Exteriores.
"""


def test_honorifics_and_names_and_posts_wrapped_over_a_line():
    b = read(WRAPPED, "comunicado")
    people = persons(b)
    expected = {
        "person:elena-marin-duarte": "Directora de Asuntos Jurídicos",
        "person:tomas-ibarra-cevallos": "Embajador con rango de Ministro",
        "person:julio-paredes": "Ministro de Relaciones Exteriores"}
    assert posts(b, *expected) == expected
    assert not [p for p in people if "doctora" in p or "delegacion" in p]


SHORT_LINES = """Asistentes
Laura Gómez
Pedro Salas
"""


def test_a_line_break_between_short_lines_is_no_name():
    b = read("Firmado por la señora Laura Gómez\nPedro Salas asistió también.", "firma")
    assert "person:laura-gomez" in persons(b)
    assert not [p for p in persons(b) if "salas" in p and "gomez" in p]


@pytest.mark.parametrize("text, person, office, country", [
    ("La directora general del Instituto Nacional de Migración de Honduras, Carmen Lagos Reyes, "
     "presentó el balance del año.", "person:carmen-lagos-reyes",
     "organization:instituto-nacional-de-migracion-de-honduras", "country:hn"),
    ("The Director General of the National Immigration Service of Jamaica, Paul Brantley, opened the workshop.",
     "person:paul-brantley", "organization:national-immigration-service-of-jamaica", "country:jm"),
])
def test_an_official_of_a_national_office_speaks_for_its_country(text, person, office, country):
    b = read(text, "balance")
    assert (person, office) in pairs(b, "HOLDS_POST")
    reps = pairs(b, "REPRESENTS")
    assert (person, country) in reps and (person, office) not in reps


def test_corpus_minutes_give_work_group_leaders():
    b = corpus_batch("22-cost-europroofnet-mc-minutes-2022-10-24.pdf")
    check_spans(b)
    holds = pairs(b, "HOLDS_POST")
    assert ("person:cezary-kaliszyk", "body:wg5") in holds
    assert ("person:catherine-dubois", "body:wg1") in holds
    assert ("person:ralph-stubner", "organization:cost") in holds


OFFICERS = """Steering Committee meeting on 3 March 2021

Present:

- Harriet Lindqvist (chair)
- Owen Mallory (treasurer)
- Priya Ramaswamy (fundraising lead)

Harriet opened the meeting.
"""


def test_listed_officers_hold_their_post_in_the_body_that_meets():
    b = read(OFFICERS, "trustees")
    [body] = {e.target for e in b.edges.values() if e.type == "PART_OF" and e.source.endswith(":meeting")}
    assert b.nodes[body].name == "Steering Committee"
    assert ("person:harriet-lindqvist", body) in pairs(b, "PRESIDES")
    assert ("person:owen-mallory", body) in pairs(b, "HOLDS_POST")
    # a post that is not one of the body's officers says nothing of the body
    assert ("person:priya-ramaswamy", body) not in pairs(b, "HOLDS_POST")
    assert ("person:harriet-lindqvist", body) not in pairs(b, "HOLDS_POST")
    [edge] = [e for e in b.edges.values() if e.type == "HOLDS_POST" and e.source == "person:owen-mallory"]
    assert edge.sources[0].quote == "Owen Mallory (treasurer)"


def test_no_body_that_meets_no_officer_post():
    b = extract(OFFICERS.replace("Steering Committee meeting", "Notes of the call"), "call", curation=False)
    assert not {h for h in pairs(b, "HOLDS_POST") if h[0] == "person:owen-mallory"}


@pytest.mark.parametrize("sentence, chaired", [
    ("Minister Ruth Example of Chile and Minister Omar Sample of Peru co-chaired the opening "
     "session of the dialogue.", False),
    ("Minister Ruth Example of Chile and Minister Omar Sample of Peru co-chaired the dialogue.", True),
    ("La Ministra Ruth Example de Chile presidió la mesa de trabajo sobre retorno.", False),
])
def test_who_chairs_one_session_does_not_preside_the_meeting(sentence, chaired):
    text = "Readout of the Regional Dialogue on Labour Mobility\n\nLima, 5 May 2024\n\n" + sentence + "\n"
    b = read(text, "dialogue")
    meeting = "event:dialogue:meeting"
    presides = {s for s, t in pairs(b, "PRESIDES") if t == meeting}
    assert bool(presides & {"person:ruth-example"}) is chaired
    assert ("country:cl", meeting) in pairs(b, "PARTICIPATES_IN")
