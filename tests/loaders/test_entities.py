"""Entities read from documents the extractor was not written for: countries by any official
name, bodies defined by their acronym, persons with their posts, places, and what must NOT be
read (a forum's name as a place, one year's presidency in another year's document)."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from graph.batch import CURATED_DOC
from loaders.pipeline import extract
from loaders.read import read_text
from loaders.reference import reference_batch
from tests.loaders.conftest import edges
from tests.shared_documents import CASES
from tests.loaders.batches import check_spans as check_quotes, read as general


def case(name):
    return general(read_text(CASES / name), name.split(".")[0])


def named(batch, kind):
    """{id: node} of the entities of `kind` the text names (nodes with a source)."""
    return {i: n for i, n in batch.nodes.items() if n.kind == kind and n.sources}


# -- countries: every country and territory, by short, long and English names ----------------

@pytest.mark.parametrize("phrase,code", [
    ("los Estados Unidos Mexicanos", "mx"), ("la República Oriental del Uruguay", "uy"),
    ("la República Federativa del Brasil", "br"), ("Trinidad y Tabago", "tt"),
    ("Trinidad and Tobago", "tt"), ("Barbados", "bb"), ("la República de Haití", "ht"),
    ("Jamaica", "jm"), ("Australia", "au"), ("New Zealand", "nz"), ("Papua New Guinea", "pg"),
    ("Indonesia", "id"), ("Malaysia", "my"), ("el Estado Plurinacional de Bolivia", "bo"),
    ("los Estados Unidos de América", "us"), ("the United States", "us"), ("Nueva Zelanda", "nz"),
    ("la República Bolivariana de Venezuela", "ve"), ("Papúa Nueva Guinea", "pg"),
])
def test_country_by_any_official_name(phrase, code):
    b = general(f"Nota\n\nFirmaron la declaración {phrase} y otros.\n")
    assert set(named(b, "Country")) == {f"country:{code}"}
    check_quotes(b)


def test_long_forms_of_case_06_and_mexico_is_not_the_united_states():
    b = case("06-paises-formas-largas.txt")
    assert set(named(b, "Country")) == {f"country:{c}" for c in
                                        ("ar", "bb", "br", "ht", "jm", "us", "mx", "ve", "tt", "uy")}
    (mx,) = named(b, "Country")["country:mx"].sources
    assert mx.quote == "Estados Unidos Mexicanos"
    assert all(s.quote != "Estados Unidos Mexicanos" for s in named(b, "Country")["country:us"].sources)


def test_common_words_are_not_countries():
    b = general("Nota\n\nLa Reunión de la Comisión acordó una salsa de chile; Guadalupe Pérez asistió.\n")
    assert not named(b, "Country")


# -- bodies, forums, organisations and instruments the text defines -----------------------------

def test_case_07_bodies_from_acronym_definitions_and_acnur_its_own_organisation():
    b = case("07-siglas-y-reservas.txt")
    bodies = named(b, "Body")
    gcr = bodies["body:grupo-de-coordinacion-regional"]
    assert (gcr.name, gcr.properties["acronym"]) == ("Grupo de Coordinación Regional", "GCR")
    # "El GCR acordó ...": the bare acronym later names the same body
    assert any(s.quote == "GCR" and s.section != "0" for s in gcr.sources)
    assert len([s for s in gcr.sources if s.quote == "GCR"]) >= 2
    cmc = bodies["body:consejo-del-mercado-comun"]
    assert (cmc.properties["subtype"], cmc.properties["acronym"]) == ("council", "CMC")
    orgs = named(b, "Organization")
    assert "organization:acnur" in orgs and "organization:onu" not in orgs


@pytest.mark.parametrize("sentence,eid,kind,subtype", [
    ("La Red Regional de Protección (RRP) presentó su plan.", "body:red-regional-de-proteccion", "Body", "network"),
    ("la SEGIB (Secretaría General Iberoamericana) informó.", "body:secretaria-general-iberoamericana", "Body", "secretariat"),
    ("The Regional Consultative Process on Migration (RCPM) met in Geneva.", "conference:regional-consultative-process-on-migration", "Conference", None),
    ("The Andean Forum on Water Security (AFWS) met.", "conference:andean-forum-on-water-security", "Conference", None),
    ("Se adoptó el Protocolo Adicional de Cooperación Consular (PACC).", "instrument:protocolo-adicional-de-cooperacion-consular", "Instrument", "protocol"),
    ("The Economic and Social Council (ECOSOC) took note.", "body:economic-and-social-council", "Body", "council"),
    ("La Dirección General de Migración y Extranjería de Costa Rica informó.",
     "organization:direccion-general-de-migracion-y-extranjeria-de-costa-rica", "Organization", "agency"),
    ("The Department of Immigration and Border Protection said so.",
     "organization:department-of-immigration-and-border-protection", "Organization", "ministry"),
])
def test_defined_entities_typed_by_their_head_noun(sentence, eid, kind, subtype):
    b = general(f"Nota\n\n{sentence}\n")
    node = b.nodes[eid]
    assert (node.kind, node.properties.get("subtype")) == (kind, subtype)
    check_quotes(b)


def test_forum_name_is_not_a_place():
    b = case("06-paises-formas-largas.txt")
    assert "conference:proceso-de-quito" in named(b, "Conference")
    assert "place:quito" not in b.nodes
    assert named(b, "Place").keys() == {"place:montevideo"}
    mirps = next(n for n in b.nodes.values() if n.properties.get("acronym") == "MIRPS")
    assert mirps.name == "Marco Integral Regional para la Protección y Soluciones"
    # the same in English, and a real place next to it
    b = general("Note\n\nMinisters met in Quito to review the Quito Process and the Puebla Process.\n")
    assert {"conference:quito-process", "conference:puebla-process"} <= set(named(b, "Conference"))
    assert [s.quote for s in named(b, "Place")["place:quito"].sources] == ["Quito"]


# -- persons with their posts and whom they represent -------------------------------------------

def person_edges(batch, etype):
    return {(e.source, e.target) for e in edges(batch, etype) if e.source.startswith("person:")}


def test_case_04_person_with_post_represents_bolivia():
    b = case("04-membrete.txt")
    (p,) = named(b, "Person").values()
    assert (p.id, p.name) == ("person:tomas-modelo", "Tomás Modelo")
    assert p.properties["post"] == "Viceministro de Relaciones Exteriores del Estado Plurinacional de Bolivia"
    assert person_edges(b, "REPRESENTS") == {("person:tomas-modelo", "country:bo")}
    (e,) = edges(b, "REPRESENTS", src="person:tomas-modelo")
    assert e.sources[0].quote.endswith("señor Tomás Modelo")
    check_quotes(b)


def test_case_05_english_persons_posts_and_countries():
    b = case("05-personas-cargos-en.txt")
    posts = {n.name: n.properties["post"] for n in named(b, "Person").values()}
    assert posts == {"Jane Example": "Secretary of State", "Carlos Modelo": "Foreign Minister",
                     "Ana Prueba": "Vice Minister"}
    assert person_edges(b, "REPRESENTS") == {("person:jane-example", "country:us"),
                                             ("person:carlos-modelo", "country:gt"),
                                             ("person:ana-prueba", "country:cr")}


@pytest.mark.parametrize("sentence,person,post,represents", [
    ("Presidió la sesión la Directora General de Migración de Costa Rica, señora Laura Ejemplo.",
     "person:laura-ejemplo", "Directora General de Migración de Costa Rica", {"country:cr"}),
    ("Asistió el Sr. Pedro Muestra, Director Nacional de Migración de Panamá.",
     "person:pedro-muestra", "Director Nacional de Migración de Panamá", {"country:pa"}),
    ("Mr. John Sample, Minister of Labour of Jamaica, opened the session.",
     "person:john-sample", "Minister of Labour of Jamaica", {"country:jm"}),
    ("Prime Ministers Ana Test and Luis Probe of Belize met.", "person:luis-probe", "Prime Minister", set()),
    ("La Viceministra Rosa Modelo, de Honduras, intervino.", "person:rosa-modelo", "Viceministra", set()),
])
def test_person_variants(sentence, person, post, represents):
    b = general(f"Nota\n\n{sentence}\n")
    node = b.nodes[person]
    assert node.kind == "Person" and node.properties["post"] == post
    assert {t for s, t in person_edges(b, "REPRESENTS") if s == person} >= represents
    check_quotes(b)


def test_signature_block_person():
    text = ("Acta\n\n1. Acuerdos\n\nSe acordó intercambiar información.\n\n"
            "Firman:\n\nMarta Ejemplo\nDirectora General de Migración\nRepública de Panamá\n")
    b = general(text)
    assert "person:marta-ejemplo" in named(b, "Person")


def test_no_person_that_the_text_does_not_name():
    for name in ("01-aprobaron-sin-numeros.txt", "02-ppt-distinta.txt", "06-paises-formas-largas.txt",
                 "07-siglas-y-reservas.txt"):
        assert not named(case(name), "Person"), name


# -- places ----------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,place", [
    ("La reunión se realizó en la ciudad de Sucre, Bolivia.", "place:sucre"),
    ("Los ministros, reunidos en Tegucigalpa, acordaron.", "place:tegucigalpa"),
    ("The ministers met in Geneva last week.", "place:geneva"),
    ("La sede de la oficina en Ciudad de Guatemala abrirá.", "place:guatemala-city"),
    ("La sesión tendrá lugar en la ciudad de Paso Canoas.", "place:paso-canoas"),
])
def test_places_after_a_cue(sentence, place):
    b = general(f"Nota\n\n{sentence}\n")
    assert place in named(b, "Place")


def test_names_that_are_not_places():
    b = general("Nota\n\nEn Mayo hablaron de Antonio José de Sucre en relación con la Declaración de Lima.\n")
    assert not named(b, "Place")


def test_date_line_names_the_place():
    b = case("05-personas-cargos-en.txt")
    assert set(named(b, "Place")) == {"place:washington"}


# -- curated knowledge never leaks ----------------------------------------------------------

def test_case_02_no_presidency_from_another_year_and_no_crm_body():
    b = case("02-ppt-distinta.txt")
    assert ("country:py", "body:csm-ppt") not in {(e.source, e.target) for e in edges(b, "HOLDS_POST")}
    assert not [i for i in b.nodes if i.startswith("body:crm-") or i == "conference:crm"]
    assert not [e for e in b.edges.values() if e.properties.get("curated") or e.properties["doc"] != b.document]


def test_case_01_el_salvador_does_not_hold_the_crm_presidency():
    b = case("01-aprobaron-sin-numeros.txt")
    assert ("country:sv", "body:crm-ppt") not in {(e.source, e.target) for e in edges(b, "HOLDS_POST")}
    # the curated 2017 presidency is the reference layer's, with its validity
    ref = {(e.source, e.target): e for e in reference_batch().edges.values() if e.type == "HOLDS_POST"}
    assert ref[("country:sv", "body:crm-ppt")].properties["valid_until"] == "2017-12-31"
    assert ref[("country:sv", "body:crm-ppt")].properties["doc"] == CURATED_DOC


def test_document_curation_stays_with_its_document():
    """The report's own spellings and people are read for the report only."""
    text = "Nota\n\nLa Viceministra Margarín habló del encuentro entre Troikas.\n"
    assert "person:liduvina-magarin" not in extract(text, "otro").nodes
    assert "person:liduvina-magarin" in extract(text, "informe-troikas-crm-csm-2017-03-30", facts=()).nodes


# -- invisible characters --------------------------------------------------------------------

INVISIBLES = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u2066"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from([("Perú", "country:pe"), ("Panamá", "country:pa"), ("Guatemala", "country:gt"),
                        ("Trinidad y Tabago", "country:tt"), ("New Zealand", "country:nz")]),
       st.integers(min_value=1, max_value=4), st.sampled_from(INVISIBLES))
def test_invisible_characters_inside_names(name_id, at, mark):
    name, eid = name_id
    at = min(at, len(name) - 1)
    if name[at - 1] == " " or name[at] == " ":
        at = 1
    hidden = name[:at] + mark + name[at:]
    b = general(f"Nota\n\nLa delegación de {hidden} propone un plan.\n")
    node = b.nodes[eid]
    assert [s.quote for s in node.sources] == [hidden]
    check_quotes(b)


def test_invisible_characters_in_persons_places_and_bodies():
    text = ("Nota\n\nReunidos en la ciudad de Qui\u00adto, el Vice\u00administro de Relaciones Exteriores "
            "de Boli\u200bvia, señor To\u00admás Modelo, y el Grupo de Coordi\u00adnación Regional (GCR) acordaron.\n")
    b = general(text)
    assert {"place:quito", "person:tomas-modelo", "country:bo",
            "body:grupo-de-coordinacion-regional"} <= set(b.nodes)
    assert b.nodes["person:tomas-modelo"].name == "Tomás Modelo"
    assert ("person:tomas-modelo", "country:bo") in person_edges(b, "REPRESENTS")
    check_quotes(b)


def test_entities_the_text_names_are_not_marked_curated():
    """Only knowledge layers mark a node curated; a person or place read off the text is not."""
    from loaders.pipeline import extract
    text = ("Acta de la reunión bilateral\n\nEn Quito, el 3 de mayo de 2019, se reunieron Chile y "
            "Perú. Presidió la reunión el Viceministro de Relaciones Exteriores de Chile, señor "
            "Tomás Modelo.\n")
    batch = extract(text, "acta-quito")
    persons = [n for n in batch.nodes.values() if n.kind == "Person"]
    assert [p.name for p in persons] == ["Tomás Modelo"]
    assert not persons[0].properties.get("curated")
    assert batch.nodes["country:cl"].properties.get("curated") is True


@pytest.mark.parametrize("sentence,name", [
    # the number's sign as Spanish texts write it: "N.º", "Nº", "N°", "núm.", "Nro."
    ("La delegación de Paraguay presentó el proyecto de Decisión N.º 12/18 sobre residencia.",
     "Decisión N.º 12/18"),
    ("Uruguay presentó el proyecto de Resolución Nº 5/19 para su consideración.",
     "Resolución Nº 5/19"),
    ("Se tomó nota del Decreto núm. 491 y de su reglamento.", "Decreto núm. 491"),
    ("Las partes recordaron la Ley Nro. 1712 de transparencia.", "Ley Nro. 1712"),
])
def test_a_numbered_instrument_keeps_its_number_sign(sentence, name):
    from loaders.pipeline import extract
    batch = extract("Acta de la reunión del foro\n\nLas delegaciones se reunieron.\n\n" + sentence,
                    "d", curation=False)
    text = batch.nodes[batch.document].properties["text"]
    found = {n.name: n for n in batch.nodes.values() if n.kind == "Instrument"}
    assert name in found, sorted(found)
    assert not any(len(x.split()) == 2 and x.split()[1] in ("N", "Nro") for x in found), sorted(found)
    s = found[name].sources[0]
    assert text[s.start:s.end] == s.quote == name
