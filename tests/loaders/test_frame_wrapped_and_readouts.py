"""The meeting frame in layouts exported from PDF and e-mail and in readouts: a heading in
capitals right over hard-wrapped lines, a title line over its first paragraph, who chaired and
co-chaired with a long post before the name, who opened the session, who hosted whom, who
joined whom for the meeting, the countries whose delegations or officials acted there, and the
Document's place as the name of the place entity. Every text is written for these tests."""
from __future__ import annotations

from loaders.pipeline import extract
from loaders.structure import parse_document
from tests.loaders.test_cases import edges, meeting, participants, place_of, span_of
from tests.loaders.batches import check_spans, quote_of


def run(text: str, doc: str = "marco"):
    b = extract(text, doc, curation=False)
    check_spans(b)
    return b


def person(b, name: str) -> str:
    found = [n.id for n in b.nodes.values() if n.kind == "Person" and n.name == name]
    assert len(found) == 1, sorted(n.name for n in b.nodes.values() if n.kind == "Person")
    return found[0]


def presides(b) -> dict[str, str | None]:
    return {e.source: e.properties.get("role") for e in edges(b, "PRESIDES", dst=meeting(b))}


# -- a heading in capitals over hard-wrapped lines ------------------------------------------------

ACTA_WRAPPED = (
    "ACTA DE LA REUNIÓN\n"
    "En la ciudad de Mendoza, a los 14 días del mes de abril de 2015, se celebró la III REUNIÓN DEL\n"
    "COMITÉ DE FRONTERA \"CRISTO REDENTOR\", bajo la presidencia del Cónsul General de la República\n"
    "de Chile en Mendoza, Embajador D. Pedro Ejemplo Soto; copresidida por el Director de Asuntos\n"
    "Fronterizos de la Provincia (i), D. Juan Modelo Ruiz.\n"
    "Las delegaciones revisaron el estado de los pasos fronterizos.\n")


def test_heading_in_capitals_over_wrapped_lines_is_its_own_block():
    doc = parse_document(ACTA_WRAPPED, "marco")
    assert [b.text for b in doc.blocks[:1]] == ["ACTA DE LA REUNIÓN"]
    assert doc.blocks[1].text.startswith("En la ciudad de Mendoza") and \
        doc.blocks[1].text.endswith("D. Juan Modelo Ruiz.")


def test_wrapped_acta_gives_the_meeting_its_place_day_body_and_chairs():
    b = run(ACTA_WRAPPED)
    ev = meeting(b)
    assert place_of(b, ev) == {"Mendoza"}
    assert span_of(b, ev) == {("2015-04-14", "2015-04-14", "day")}
    [part] = edges(b, "PART_OF", ev)
    body = b.nodes[part.target]
    assert body.kind == "Body" and body.name == 'Comité de Frontera "Cristo Redentor"'
    assert part.sources[0].quote.startswith("REUNIÓN DEL\nCOMITÉ DE FRONTERA")
    assert presides(b) == {person(b, "Pedro Ejemplo Soto"): None,
                           person(b, "Juan Modelo Ruiz"): "co_chair"}
    assert b.nodes[b.document].properties["place"] == "Mendoza"


def test_heading_under_a_rule_of_noise_and_english_minutes():
    text = ("______\n0:::1\n"
            "MINUTES OF THE SECOND MEETING\n"
            "The second meeting of the JOINT BORDER COMMISSION \"ANDES\" was held in the city of Arica on\n"
            "5 June 2019, under the chairmanship of the Consul General of Peru in Arica, Mr. Luis Prueba\n"
            "Vega, who welcomed the delegations.\n")
    b = run(text)
    ev = meeting(b)
    assert place_of(b, ev) == {"Arica"}
    assert span_of(b, ev) == {("2019-06-05", "2019-06-05", "day")}
    assert {b.nodes[e.target].name for e in edges(b, "PART_OF", ev)} == {'Joint Border Commission "Andes"'}
    assert presides(b) == {person(b, "Luis Prueba Vega"): None}


def test_short_line_under_a_name_in_capitals_stays_with_it():
    """A signatory's name in capitals and the post under it are one block, as before."""
    doc = parse_document("Acta de la reunión\n\nSe aprobó el plan.\n\nPEDRO EJEMPLO SOTO\nCónsul General de Chile\n",
                         "marco")
    assert doc.blocks[-1].text == "PEDRO EJEMPLO SOTO\nCónsul General de Chile"


# -- a title line right over its first paragraph -----------------------------------------------------

def test_title_line_over_a_wrapped_paragraph():
    text = ("Regional Consultation Meeting on Labour Mobility, Quito, 4 and 5 March 2021\n"
            "The delegations of Colombia, Ecuador and Peru met in Quito on 4 and 5 March 2021 to review\n"
            "the regional plan on labour mobility.\n")
    doc = parse_document(text, "marco")
    assert doc.title == "Regional Consultation Meeting on Labour Mobility, Quito, 4 and 5 March 2021"
    assert doc.blocks[0].kind == "title" and doc.blocks[1].text.startswith("The delegations of")
    b = run(text)
    assert {"country:co", "country:ec", "country:pe"} <= participants(b)


def test_first_sentence_is_no_title():
    text = ("The delegations of Colombia and Peru met in Lima on 4 March 2021 to review the plan.\n"
            "They agreed to meet again in Bogotá before the end of the year, as the meeting decided.\n")
    assert parse_document(text, "marco").title is None


# -- who chaired, opened, hosted ------------------------------------------------------------------

def test_president_opens_the_session_in_the_present():
    text = ("Acta de la sesión ordinaria de la Junta Directiva\n\n"
            "En Montevideo, el 2 de septiembre de 2019, a las 10.00 horas, el Presidente Carlos Modelo "
            "abre la sesión y da la bienvenida a los directores.\n")
    b = run(text)
    assert presides(b) == {person(b, "Carlos Modelo"): None}


def test_chair_opens_the_meeting_in_english():
    text = ("Minutes of the Steering Committee\n\n"
            "On 12 March 2020 in Geneva, Chair Anna Example opens the meeting and welcomes the members.\n")
    b = run(text)
    assert presides(b) == {person(b, "Anna Example"): None}


def test_person_who_hosted_organises_and_the_guest_takes_part():
    text = ("Foreign Minister Carla Ejemplo hosted Interior Minister Pedro Modelo yesterday in "
            "Santiago to review the border plan agreed on 3 May 2022.\n"
            "Vice Minister Ana Prueba and Director Luis Vega joined Minister Ejemplo for the meeting.\n")
    b = run(text)
    carla, pedro = person(b, "Carla Ejemplo"), person(b, "Pedro Modelo")
    assert [e.source for e in edges(b, "ORGANISES", dst=meeting(b))] == [carla]
    assert {carla, pedro, person(b, "Ana Prueba"), person(b, "Luis Vega")} <= participants(b)


def test_joined_by_a_list_of_officials():
    text = ("Readout of the bilateral meeting\n\n"
            "Minister Carla Ejemplo met with Minister Pedro Modelo in Lima on 4 April 2023.\n"
            "Minister Modelo was joined by Vice Minister Ana Prueba; Director Luis Vega; and "
            "Ambassador Rosa Blanco.\n")
    b = run(text)
    who = {person(b, n) for n in ("Carla Ejemplo", "Pedro Modelo", "Ana Prueba", "Luis Vega", "Rosa Blanco")}
    assert who <= participants(b)


# -- countries by their delegations and officials ------------------------------------------------

def test_countries_of_delegations_and_officials_take_part():
    text = ("Readout of the bilateral meeting\n\n"
            "Minister Carla Ejemplo met with Minister Pedro Modelo in Lima on 4 April 2023.\n"
            "During the meeting, the Chilean delegation highlighted the progress of the joint plan.\n"
            "Peruvian and Bolivian officials also discussed border controls.\n"
            "Officials of the Ministry noted the figures.\n")
    b = run(text)
    assert {"country:cl", "country:pe", "country:bo"} <= participants(b)
    assert quote_of(b, "PARTICIPATES_IN", "country:cl", meeting(b)) == "Chilean delegation highlighted"


def test_spanish_delegation_named_after_its_word():
    text = ("Reunión bilateral\n\n"
            "Los ministros se reunieron en Quito el 8 de mayo de 2018.\n"
            "La delegación colombiana destacó los avances del plan. Los funcionarios de Ecuador y "
            "Perú acordaron un calendario. Los funcionarios del Ministerio revisaron las cifras.\n")
    b = run(text)
    assert {"country:co", "country:ec", "country:pe"} <= participants(b)


def test_meeting_brought_together_countries_and_organisations():
    text = ("Senior officials meeting, Dakar, 10 October 2019\n"
            "The meeting held in Dakar on 10 October 2019 brought together Senegal, Mali and the "
            "European Union to review the regional programme.\n")
    b = run(text)
    assert {"country:sn", "country:ml"} <= participants(b)


# -- another meeting's place, the host state, countries inside longer names -------------------------

def test_other_meeting_held_on_a_date_in_a_place():
    text = ("Senior officials meeting, Dakar, 10 October 2019\n"
            "The partners met in Dakar on 10 October 2019 to review the conclusions of the Niamey "
            "Ministerial Meeting, held on 3 and 4 May 2018 in Bamako.\n")
    b = run(text)
    other = [n.id for n in b.nodes.values() if n.kind == "Event" and n.name == "Niamey Ministerial Meeting"]
    assert len(other) == 1
    assert {b.nodes[e.target].name for e in edges(b, "HELD_IN", other[0])} == {"Bamako"}
    assert place_of(b, meeting(b)) == {"Dakar"}


def test_host_state_with_its_delegation_takes_part():
    text = ("Informe de la reunión técnica\n\n"
            "Las delegaciones de Chile y Bolivia se reunieron en Lima el 3 de mayo de 2022. "
            "El Perú, en su calidad de anfitrión, acreditó una amplia delegación.\n")
    b = run(text)
    assert [e.source for e in edges(b, "ORGANISES", dst=meeting(b))] == ["country:pe"]
    assert {"country:cl", "country:bo", "country:pe"} <= participants(b)
    [pe] = edges(b, "PARTICIPATES_IN", "country:pe", meeting(b))
    assert pe.sources[0].quote == "Perú, en su calidad de anfitrión, acreditó una amplia delegación"


def test_host_state_alone_is_not_said_to_take_part():
    text = ("Minutes\n\nThe delegations of Chile and Bolivia met in Lima on 3 May 2022. "
            "Peru, as host country, offered a reception.\n")
    b = run(text)
    assert [e.source for e in edges(b, "ORGANISES", dst=meeting(b))] == ["country:pe"]
    assert "country:pe" not in participants(b)


def test_country_inside_a_longer_proper_name_is_not_the_state():
    text = ("Joint Statement of the Ministers\n\n"
            "The Ministers of Chile and Peru met in Lima on 3 March 2005. They looked forward to the "
            "Panama Ministerial Meeting and recalled the refugees from the Netherlands East Indies.\n")
    b = run(text)
    countries = {n.id for n in b.nodes.values() if n.kind == "Country"}
    assert countries == {"country:cl", "country:pe"}


# -- names and places the documents table shows --------------------------------------------------

def test_english_document_shows_english_names_with_the_same_ids():
    text = ("Joint Statement of the Ministers\n\n"
            "The Ministers of New Zealand and the Philippines met in Manila on 3 March 2005 with the "
            "International Organization for Migration.\n")
    b = run(text)
    assert b.nodes["country:nz"].name == "New Zealand"
    assert b.nodes["country:ph"].name == "Philippines"
    assert "Filipinas" in b.nodes["country:ph"].properties["aliases"]


def test_spanish_document_keeps_spanish_names():
    text = ("Declaración conjunta\n\n"
            "Los ministros de Nueva Zelanda y Filipinas se reunieron en Manila el 3 de marzo de 2005.\n")
    b = run(text)
    assert b.nodes["country:nz"].name == "Nueva Zelanda"
    assert b.nodes["country:ph"].name == "Filipinas"


def test_document_place_is_the_place_entity_name():
    text = ("Acta de la reunión técnica\n\n"
            "En la ciudad de Tegucigalpa, el 8 de mayo de 2018, se reunieron las delegaciones de "
            "Honduras y Guatemala.\n")
    b = run(text)
    assert place_of(b, meeting(b)) == {"Tegucigalpa"}
    assert b.nodes[b.document].properties["place"] == "Tegucigalpa"


def test_corpus_names_holding_a_country_name_are_not_states():
    """"the Hong Kong Ministerial Meeting" (2005) and "the Netherlands East Indies" (1944) name no
    state; the countries the documents do name stay, in English."""
    from loaders.pipeline import load_file
    from tests.shared_documents import corpus_file
    b = load_file(corpus_file("07-australia-indonesia-ministerial-forum-2005.txt"), curation=False)
    assert "country:hk" not in b.nodes and b.nodes["country:id"].name == "Indonesia"
    b = load_file(corpus_file("12-australia-nz-ministers-conference-committee-report-1944.md"), curation=False)
    assert "country:nl" not in b.nodes and b.nodes["country:nz"].name == "New Zealand"


def test_delegations_sent_to_the_conference_and_what_they_felt():
    text = ("Report of the Committee of the Conference\n\n"
            "A committee nominated by the Chilean and Argentine delegations to the conference met on "
            "17 January 1950 in Santiago. The Uruguayan delegation felt that the item should be deferred.\n")
    b = run(text)
    assert {"country:cl", "country:ar", "country:uy"} <= participants(b)
    assert quote_of(b, "PARTICIPATES_IN", "country:uy", meeting(b)) == "Uruguayan delegation felt"
