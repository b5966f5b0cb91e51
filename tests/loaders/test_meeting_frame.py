"""The meeting frame read from layouts and wordings of the field, in Spanish and English: a
dateline under or inside the meeting's heading, the place within a country, an organisation's
seat and its city, a "Place and time" heading in minutes, who presides (a "(Co-Chair)" in the
delegation list, the acting chair, the presidency pro tempore), and the forum or body a meeting
belongs to. Each case is written here in the project's own words."""
from __future__ import annotations

import pytest

from loaders.pipeline import extract
from tests.loaders.test_cases import cases, edges, meeting, place_of, span_of  # noqa: F401 (fixture)
from tests.loaders.batches import check_spans, read
from tests.shared_documents import corpus_batch


def run(text: str, doc: str = "marco"):
    return read(text, doc, curation=True)


def quotes(b, etype, src=None, dst=None) -> set[str]:
    return {" ".join(s.quote.split()) for e in edges(b, etype, src, dst) for s in e.sources}


# -- a dateline under or inside the meeting's heading ----------------------------------------------

@pytest.mark.parametrize("head,place,day", [
    ("Ministerial Forum\n\nSANTIAGO, CHILE, 14 JUNE 2011\n\n", "SANTIAGO", "2011-06-14"),
    ("Record of the Conference - Lima, 3 March 1998\n\n", "Lima", "1998-03-03"),
    ("Comunicado de la Reunión de Cancilleres - MONTEVIDEO - 21 DE AGOSTO DE 2006\n\n",
     "MONTEVIDEO", "2006-08-21"),
])
def test_heading_dateline_gives_place_and_day(head, place, day):
    b = run(head + "The delegations reviewed the work plan and the committee met on 2 May "
            "to prepare it.\n")
    assert place_of(b, meeting(b)) == {place}
    assert span_of(b, meeting(b)) == {(day, day, "day")}


def test_release_dateline_without_a_meeting_word_gives_way_to_the_meeting_day():
    b = run("Media release\n\nQuito, 23 October 2017\n\nThe ministers met in Guayaquil on "
            "20 October 2017 and adopted a plan.\n")
    assert span_of(b, meeting(b)) == {("2017-10-20", "2017-10-20", "day")}
    assert place_of(b, meeting(b)) == {"Quito"}


# -- the place within a country; an organisation's seat and its city -------------------------------

@pytest.mark.parametrize("text,place", [
    ("Informe\n\nLos viceministros se reunieron en Perú para revisar el plan. La reunión, que "
     "tuvo lugar en Arequipa, Perú, reunió a seis delegaciones.\n", "Arequipa"),
    ("Readout\n\nOfficials met in Mexico to review the plan. The meeting, which took place in "
     "Monterrey, Mexico, gathered six delegations.\n", "Monterrey"),
])
def test_city_said_after_the_country_is_the_place(text, place):
    b = run(text)
    assert place_of(b, meeting(b)) == {place}


@pytest.mark.parametrize("text,seat,city", [
    ("Comunicado\n\nLas delegaciones de Chile y Perú se reunieron en la sede de la Organización "
     "de los Estados Americanos (OEA), en la ciudad de Washington, del 3 al 5 de mayo de 2001.\n",
     "sede de la Organización de los Estados Americanos", "Washington"),
    ("Statement\n\nThe delegations of Chile and Peru met at the headquarters of the "
     "Organization of American States (OAS), in Washington, on 3 May 2001.\n",
     "headquarters of the Organization of American States", "Washington"),
])
def test_seat_of_an_organisation_and_its_city(text, seat, city):
    b = run(text)
    assert place_of(b, meeting(b)) == {seat, city}


# -- a "Place and time" heading in minutes ---------------------------------------------------------

@pytest.mark.parametrize("heading,place,day,iso", [
    ("Lugar y hora", "Sala Cívica del Puerto", "- 14 de marzo de 2019", "2019-03-14"),
    ("Date and venue", "Harbour Library Room 2", "- 5 November 2020", "2020-11-05"),
])
def test_place_and_time_heading_in_minutes(heading, place, day, iso):
    b = run(f"# Reunión de la junta\n\n## Asistentes\n\n- Ana\n- Luis\n\n## {heading}\n\n"
             f"- {place}\n{day}\n\n## Temas\n\nSe revisó el presupuesto.\n")
    assert place_of(b, meeting(b)) == {place}
    assert span_of(b, meeting(b)) == {(iso, iso, "day")}
    node = b.nodes[edges(b, "HELD_IN", meeting(b))[0].target]
    assert node.kind == "Place" and node.name == place


def test_online_meeting_place_via():
    b = run("Acta\n\nVía Jitsi Meet, siendo las 19:00 del 4 de junio de 2020, se reúnen los "
            "miembros de la junta para tratar el orden del día.\n")
    assert place_of(b, meeting(b)) == {"Jitsi Meet"}


# -- who presides --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,who", [
    ("Minutes\n\nThe Management Board met on 9 May 2022.\n\n- Dr. Ines Moreau moved to make "
     "Dr. Karl Lindqvist the \"acting chair\" for this meeting.\n", "Karl Lindqvist"),
    ("Minutes\n\nThe Board met on 9 May 2022.\n\nDr. Karl Lindqvist opened the meeting at 10:05 "
     "and asked for a note taker.\n", "Karl Lindqvist"),
    ("Acta\n\nLa junta se reunió el 9 de mayo de 2022.\n\nEl Sr. Karl Lindqvist abrió la reunión "
     "a las 10:05.\n", "Karl Lindqvist"),
])
def test_chair_of_the_meeting_in_minutes(text, who):
    b = run(text)
    chairs = {b.nodes[e.source].name for e in edges(b, "PRESIDES", dst=meeting(b))}
    assert chairs == {who}


@pytest.mark.parametrize("sentence,country", [
    ("El encuentro reunió a los gobiernos de la región y tuvo a Uruguay en la Presidencia Pro "
     "Tempore.", "country:uy"),
    ("La reunión se celebró en Asunción bajo la Presidencia Pro Tempore de Paraguay.",
     "country:py"),
    ("Bolivia, en su calidad de Presidencia Pro Tempore, dio la bienvenida a las delegaciones.",
     "country:bo"),
])
def test_presidency_pro_tempore_presides(sentence, country):
    b = run("Comunicado de la Conferencia Suramericana sobre Migraciones\n\n" + sentence + "\n")
    assert {e.source for e in edges(b, "PRESIDES", dst=meeting(b))} == {country}


def test_co_chair_in_the_delegation_list():
    b = run("Joint Statement\n\nThe Ministerial Forum met in Lima on 2 June 2010.\n\n"
            "Delegations\n\nThe Hon Alicia Ferrer, Minister for Trade (Co-Chair)\n\n"
            "Mr Tomas Ibarra, Minister for Energy\n")
    chairs = {b.nodes[e.source].name for e in edges(b, "PRESIDES", dst=meeting(b))}
    assert "Alicia Ferrer" in chairs and "Tomas Ibarra" not in chairs


# -- the forum or body a meeting belongs to ---------------------------------------------------------

@pytest.mark.parametrize("text,whole", [
    ("Informe\n\nLa Reunión del Grupo Regional de Consulta sobre Migración (GRCM), realizada en "
     "Panamá, revisó el plan.\n", "body:crm-grcm"),
    ("Nota\n\nDoce países firmaron una declaración en el marco de la XX Conferencia Suramericana "
     "sobre Migraciones, que se realizó en Lima.\n", "conference:csm"),
    ("Readout\n\nThe fifth meeting of the CRM was held in Tegucigalpa on 4 May 2004.\n",
     "conference:crm"),
])
def test_meeting_part_of_its_forum(text, whole):
    b = run(text)
    assert {e.target for e in edges(b, "PART_OF", meeting(b))} == {whole}


def test_corpus_readout_city_within_country():
    b = corpus_batch("10-encuentro-chiapas-migracion-readout-2023.txt")
    check_spans(b)
    assert place_of(b, meeting(b)) == {"Chiapas"}


def test_corpus_minutes_place_and_time_heading():
    b = corpus_batch("21-pythoncanarias-acta-reunion-core-2017-10-27.md")
    check_spans(b)
    assert place_of(b, meeting(b)) == {"Kreitek"}
    assert span_of(b, meeting(b)) == {("2017-10-27", "2017-10-27", "day")}


# -- other meetings the text names -----------------------------------------------------------------

def named_event(b, snippet):
    found = [n for n in b.nodes.values() if n.kind == "Event" and snippet in n.name]
    assert len(found) == 1, [n.name for n in b.nodes.values() if n.kind == "Event"]
    return found[0].id


@pytest.mark.parametrize("sentence,snippet,place,when", [
    ("They looked forward to the Andean Water Summit to be hosted in Quito in March 2019.",
     "Andean Water Summit", "Quito", ("2019-03-01", "2019-03-31", "month")),
    ("Ministers recalled the Lima Ministerial Conference held in Lima on 4 May 2017.",
     "Lima Ministerial Conference", "Lima", ("2017-05-04", "2017-05-04", "day")),
    ("Las delegaciones recordaron la Cumbre de Líderes de Asunción, celebrada en Asunción el "
     "3 de mayo de 2016.", "Cumbre de Líderes de Asunción", "Asunción",
     ("2016-05-03", "2016-05-03", "day")),
])
def test_other_meeting_named_with_place_and_date(sentence, snippet, place, when):
    b = run("Joint Statement\n\nThe ministers met in Santiago on 2 June 2018.\n\n" + sentence + "\n")
    ev = named_event(b, snippet)
    assert place_of(b, ev) == {place}
    assert span_of(b, ev) == {when}
    assert place_of(b, meeting(b)) == {"Santiago"}


def test_meeting_named_by_its_year_and_generic_names_left_out():
    b = run("Joint Statement\n\nThe leaders met in Lima on 9 February 2013 for their annual "
            "Leaders’ Meeting.\n\nThey asked officials to report before their 2014 Leaders’ "
            "Meeting. The Leaders’ Meeting discussed trade. They praised the Andean Energy "
            "Dialogue, established in 2012.\n")
    ev = named_event(b, "2014 Leaders")
    assert span_of(b, ev) == {("2014-01-01", "2014-12-31", "year")}
    names = {n.name for n in b.nodes.values() if n.kind == "Event"} - {b.nodes[meeting(b)].name}
    assert names == {"2014 Leaders’ Meeting"}


def test_session_of_a_known_forum_is_part_of_it():
    b = run("Joint Statement\n\nThe ministers met in Lima on 2 June 2011.\n\nThey recalled the "
            "Regional Cooperation Framework agreed at the Bali Process Ministerial Conference in "
            "Bali on 30 March 2011.\n")
    ev = named_event(b, "Bali Process Ministerial Conference")
    assert {b.nodes[e.target].name for e in edges(b, "PART_OF", ev)} == {"Bali Process"}
    assert span_of(b, ev) == {("2011-03-30", "2011-03-30", "day")}


def test_frame_of_the_own_meeting_is_not_another_event():
    b = run("Comunicado\n\nEn el marco de la Quinta Cumbre Nacional de Gobierno Abierto, las "
            "organizaciones se reunieron en Puebla el 3 de mayo de 2023.\n")
    assert [n.id for n in b.nodes.values() if n.kind == "Event"] == [meeting(b)]


# -- dates: a day without its year, a financial year, mid-year ---------------------------------------

@pytest.mark.parametrize("text,iso", [
    ("Acta de la reunión del 27 de octubre de 2017\n\nSe reúnen los miembros el 27 de octubre de "
     "2017.\n\n- Ana publicará el programa antes del 8 de enero.\n", "2018-01-08"),
    ("Minutes of the meeting of 20 January 2019\n\nThe board met on 20 January 2019.\n\n"
     "The board reviewed the audit it received on 12 December.\n", "2018-12-12"),
])
def test_day_without_year_is_the_nearest_to_the_document_date(text, iso):
    b = run(text)
    assert any(n.kind == "Date" and n.properties["date"] == iso and n.properties["precision"] == "day"
               for n in b.nodes.values())


def test_financial_year_is_not_a_year_and_a_span_of_years_is_one_date():
    from loaders.dates import find_dates
    assert [d.value.id for d in find_dates("the migrant intake in 1977/78 and in 1980")] == ["date:1980"]
    assert [d.value.id for d in find_dates("the earthquake of 2011, operational by mid 2016")] == \
        ["date:2011"]
    got = find_dates("su candidatura al Consejo para el periodo 2015-16")
    assert [(d.value.id, d.value.precision, d.text) for d in got] == \
        [("date:2015/2016", "year", "2015-16")]
    assert [d.value.id for d in find_dates("membership in 2019–2020")] == ["date:2019/2020"]


@pytest.mark.parametrize("title,body,subtype", [
    ("Budget Review Committee Working Meeting", "Budget Review Committee", "committee"),
    ("EU-LAC network Steering Group meeting on 3 March 2021", "Steering Group", "working_group"),
    ("Acta de la Reunión ordinaria de la Junta Directiva Regional", "Junta Directiva Regional",
     "council"),
])
def test_meeting_of_the_body_its_title_names(title, body, subtype):
    b = run(f"{title}\n\nThe members met on 3 March 2021 and approved the agenda.\n")
    got = [b.nodes[e.target] for e in edges(b, "PART_OF", meeting(b))]
    assert [(n.kind, n.name, n.properties["subtype"]) for n in got] == [("Body", body, subtype)]
    assert {s.quote for n in got for s in n.sources} == {body}


@pytest.mark.parametrize("sentence,name,when", [
    ("Perú y Chile propusieron otra reunión de alto nivel durante el segundo semestre de 2025.",
     "reunión de alto nivel", ("2025-07-01", "2025-12-31", "month")),
    ("Peru and Chile proposed a follow-up meeting in March 2025.", "follow-up meeting",
     ("2025-03-01", "2025-03-31", "month")),
])
def test_another_meeting_to_come_with_its_date(sentence, name, when):
    b = run("Informe\n\nLos viceministros se reunieron en Lima el 3 de junio de 2024.\n\n" + sentence + "\n")
    ev = named_event(b, name)
    assert ev != meeting(b)
    assert span_of(b, ev) == {when}


@pytest.mark.parametrize("text,place", [
    ("Nota\n\nLa Reunión de Viceministros, realizada desde ayer, concluyó hoy en la capital "
     "peruana con una declaración.\n", "capital peruana"),
    ("Readout\n\nThe meeting, held over two days, ended today in the Chilean capital with a "
     "declaration.\n", "Chilean capital"),
])
def test_capital_named_by_its_country_adjective(text, place):
    b = run(text)
    assert place_of(b, meeting(b)) == {place}


@pytest.mark.parametrize("sentence", [
    "Ministers welcomed the work of Chile and Peru as co-chairs of the Quito Process.",
    "Los ministros saludaron a Chile y Perú, en su calidad de copresidentes del Proceso de Quito.",
])
def test_countries_co_chairing_a_forum(sentence):
    b = run("Joint Statement\n\nThe ministers met in Lima on 2 June 2019.\n\n" + sentence + "\n")
    got = edges(b, "PRESIDES")
    assert {e.source for e in got} == {"country:cl", "country:pe"}
    assert {b.nodes[e.target].kind for e in got} == {"Conference"}
    assert all("Quito" in b.nodes[e.target].name for e in got)


@pytest.mark.parametrize("text,place,iso", [
    ("Acta\n\nEn la ciudad de Cuenca, a los doce días del mes de marzo de mil ochocientos "
     "veintidós, se reunieron los vecinos en la sala capitular.\n", "Cuenca", "1822-03-12"),
    ("Acta de sesión\n\nEn la ciudad de Morelia, siendo el 5 de junio de dos mil dieciocho, se "
     "reúnen los integrantes del consejo.\n", "Morelia", "2018-06-05"),
])
def test_acta_formula_with_the_date_in_words(text, place, iso):
    b = run(text)
    assert place_of(b, meeting(b)) == {place}
    assert span_of(b, meeting(b)) == {(iso, iso, "day")}


def test_one_meeting_named_like_a_forum_is_an_event_not_a_conference():
    b = run("Joint Statement of the Andean Ministerial Meeting\n\nThe ministers met in Lima on "
            "2 June 2005.\n\nThey recalled the World Conference on Disaster Reduction (WCDR), held "
            "in Kobe in January 2005, and its framework for action.\n")
    assert not [n for n in b.nodes.values() if n.kind == "Conference"]
    ev = named_event(b, "World Conference on Disaster Reduction")
    assert place_of(b, ev) == {"Kobe"}


# -- who presides: the person named after a post and its country, not the country ---------------

@pytest.mark.parametrize("text,person,country", [
    ("Acta de la reunión\n\nLa reunión se celebró en Lima el 3 de mayo de 2022 y fue presidida por "
     "la Ministra de Relaciones Exteriores del Perú, señora Ana Quispe Rojas. Participaron Chile y "
     "Ecuador.", "person:ana-quispe-rojas", "country:pe"),
    ("Joint Statement\n\nThe meeting was held in Guatemala City on 4 May 2022 and was chaired by "
     "the Foreign Minister of Guatemala, Mr. Carlos Example Ruiz. Delegations of Mexico and "
     "Honduras attended.", "person:carlos-example-ruiz", "country:gt"),
])
def test_the_person_after_a_post_presides_not_the_posts_country(text, person, country):
    b = read(text, "preside")
    presides = edges(b, "PRESIDES")
    assert [(e.source, e.target) for e in presides] == [(person, "event:preside:meeting")]
    assert presides[0].sources[0].quote.endswith(b.nodes[person].name)


def test_a_country_that_presides_without_a_person_still_does():
    b = extract("Informe\n\nLa sesión fue presidida por Chile y Perú. Participaron Bolivia y "
                "Ecuador.", "preside2", curation=False)
    assert {e.source for e in edges(b, "PRESIDES")} == {"country:cl", "country:pe"}


def test_case_04_presided_by_tomas_modelo(cases):
    b = cases("04-membrete.txt")
    assert {e.source for e in edges(b, "PRESIDES", dst="event:04-membrete:meeting")} == \
        {"person:tomas-modelo"}


# -- "del año 2001": the year after the word año ------------------------------------------------

@pytest.mark.parametrize("phrase,span", [
    ("los días 22 y 23 de marzo del año 2001", "date:2001-03-22/2001-03-23"),
    ("el 5 de mayo del año 2010", "date:2010-05-05"),
    ("el día 9 de octubre de el año 2015", "date:2015-10-09"),
])
def test_a_year_written_after_the_word_ano(phrase, span):
    text = (f"Comunicado Conjunto\n\nLos Viceministros se reunieron en San José, Costa Rica, {phrase}, "
            "con la participación de Belice, Canadá y Panamá.")
    b = read(text, "ano")
    assert [e.target for e in edges(b, "HELD_ON")] == [span]
    assert {e.source for e in edges(b, "PARTICIPATES_IN")} >= {"country:bz", "country:ca", "country:pa"}
