"""The meeting frame read from layouts and wordings of the field, in Spanish and English: a
dateline under or inside the meeting's heading, the place within a country, an organisation's
seat and its city, a "Place and time" heading in minutes, who presides (a "(Co-Chair)" in the
delegation list, the acting chair, the presidency pro tempore), and the forum or body a meeting
belongs to. Each case is written here in the project's own words."""
from __future__ import annotations

import pytest

from loaders.pipeline import extract
from tests.loaders.test_cases import edges, meeting, place_of, span_of
from tests.loaders.test_generality import check_spans
from tests.shared_documents import corpus_file


def run(text: str, doc: str = "marco"):
    b = extract(text, doc)
    check_spans(b)
    return b


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
    path = corpus_file("10-encuentro-chiapas-migracion-readout-2023.txt")
    from loaders.pipeline import load_file
    b = load_file(path, curation=False)
    check_spans(b)
    assert place_of(b, meeting(b)) == {"Chiapas"}


def test_corpus_minutes_place_and_time_heading():
    path = corpus_file("21-pythoncanarias-acta-reunion-core-2017-10-27.md")
    from loaders.pipeline import load_file
    b = load_file(path, curation=False)
    check_spans(b)
    assert place_of(b, meeting(b)) == {"Kreitek"}
    assert span_of(b, meeting(b)) == {("2017-10-27", "2017-10-27", "day")}
