"""The meeting frame and memberships in layouts the field uses everywhere, written here in words of
our own (Spanish and English): the place said before the verb, an acta's dateline wherever the acta
starts, a labelled date line, minutes titled by their committee, and members listed after the body
that has them. Every added fact is quoted: text[start:end] == quote (check_spans)."""
from __future__ import annotations

from tests.loaders.test_cases import edges, meeting, place_of, span_of
from tests.loaders.batches import read


def run(text: str, doc: str = "marco"):
    return read(text, doc)


def members_of(b, body: str) -> set[str]:
    return {b.nodes[e.source].name for e in edges(b, "MEMBER_OF", dst=body)}


def one_body(b, name: str) -> str:
    found = [n.id for n in b.nodes.values() if n.kind == "Body" and n.name == name]
    assert len(found) == 1, [n.name for n in b.nodes.values() if n.kind == "Body"]
    return found[0]


# -- where: the place said before the verb --------------------------------------------------------

def test_place_in_the_clause_before_the_verb_es():
    b = run("Comunicado conjunto\n\nLos días 12 y 13 de agosto de 2004, en la ciudad de Cusco, Perú, "
            "se reunieron los ministros de Bolivia y Perú.\n")
    assert place_of(b, meeting(b)) == {"Cusco"}
    assert span_of(b, meeting(b)) == {("2004-08-12", "2004-08-13", "day")}


def test_place_in_the_clause_before_the_verb_en():
    b = run("Joint Statement\n\nOn 6 May 2016, in Apia, Samoa, the ministers of Fiji and Tonga met to "
            "review the fisheries arrangement.\n")
    assert place_of(b, meeting(b)) == {"Apia"}
    assert span_of(b, meeting(b)) == {("2016-05-06", "2016-05-06", "day")}


# -- an acta's dateline ---------------------------------------------------------------------------

def test_acta_dateline_with_days_in_words_and_year_in_figures():
    b = run("Acta de la sesión ordinaria del Consejo Técnico\n\nEn la ciudad de Toluca, a los "
            "veinticuatro días del mes de octubre de 2019, reunidos en la sala de juntas, los "
            "integrantes del Consejo Técnico acordaron lo siguiente.\n")
    assert place_of(b, meeting(b)) == {"Toluca"}
    assert span_of(b, meeting(b)) == {("2019-10-24", "2019-10-24", "day")}


def test_old_acta_dateline_names_the_town_not_the_hall():
    """"En la muy noble y leal villa de X ..., reunidos en la Sala Capitular": the town is where
    the council sat; the hall is not a place of the meeting."""
    b = run("Acta del cabildo\n\nEn la muy noble y leal villa de San Felipe, a los catorce días del "
            "mes de abril de mil ochocientos once, reunidos en la Sala Capitular los señores del "
            "Ayuntamiento, se trató de lo siguiente.\n")
    assert place_of(b, meeting(b)) == {"San Felipe"}
    assert span_of(b, meeting(b)) == {("1811-04-14", "1811-04-14", "day")}
    assert not [n for n in b.nodes.values() if n.kind == "Place" and "Sala" in n.name]


def test_acta_dateline_after_an_editors_header():
    """A transcription opens with notes of its editor: the acta's dateline still dates and
    places the meeting."""
    notes = "\n\n".join(f"Nota {n} del editor sobre la copia." for n in range(1, 11))
    b = run("Acta de la junta\n\n" + notes + "\n\nEn la ciudad de Cartago, a los tres días del mes "
            "de junio de mil setecientos noventa, juntos los señores regidores, acordaron lo "
            "siguiente.\n")
    assert place_of(b, meeting(b)) == {"Cartago"}
    assert span_of(b, meeting(b)) == {("1790-06-03", "1790-06-03", "day")}


# -- when: a labelled date line, a dated title; a time is not a date -----------------------------

def test_labelled_date_line_es():
    b = run("Acta de la reunión del Comité de Enlace\n\nFecha: 14 de mayo de 2021\nHora: 9:00\n"
            "Lugar: Tegucigalpa\n\nSe aprobó el orden del día.\n")
    assert span_of(b, meeting(b)) == {("2021-05-14", "2021-05-14", "day")}


def test_labelled_date_line_en_and_time_is_not_a_date():
    b = run("Steering Group Meeting\n\nDate: 2 February 2022\nTime: 14:00 UTC\n\nThe minutes of the "
            "last meeting were approved.\n")
    assert span_of(b, meeting(b)) == {("2022-02-02", "2022-02-02", "day")}
    assert [n.properties["date"] for n in b.nodes.values() if n.kind == "Date"] == ["2022-02-02"]


def test_minutes_title_names_the_committee_and_the_day():
    b = run("SARIF TC - Meeting Minutes, 12 June 2019\n\nAttendees\n\n- Lars Holm (Example Corp)\n"
            "- Mia Tan (Sample Ltd)\n\nThe chair opened the call.\n")
    tc = one_body(b, "SARIF TC")
    assert [e.target for e in edges(b, "PART_OF", meeting(b))] == [tc]
    assert span_of(b, meeting(b)) == {("2019-06-12", "2019-06-12", "day")}
    # "Meeting Minutes" after the dash is no place
    assert not edges(b, "HELD_IN", meeting(b))
    assert members_of(b, tc) == {"Lars Holm", "Mia Tan"}


# -- members listed after the body --------------------------------------------------------------

def test_members_listed_after_the_council_es():
    b = run("Acta de la primera sesión\n\nEn Morelia, Michoacán, el día 24 de octubre de 2019, se "
            "reunieron los integrantes del Consejo Consultivo: Ana Lucía Ortega, Luis Mora y Marta "
            "Gil, en la sala de juntas.\n")
    council = one_body(b, "Consejo Consultivo")
    assert members_of(b, council) == {"Ana Lucía Ortega", "Luis Mora", "Marta Gil"}
    # the list ends where the names end: "en la sala de juntas" is no member
    assert len(edges(b, "MEMBER_OF", dst=council)) == 3


def test_members_listed_with_honorifics_and_posts_es():
    b = run("Informe\n\nLos integrantes del Comité de Vigilancia son: Dra. Rosa Elena Navarro, "
            "Presidenta; Mtro. Jorge Soto y Lic. Paula Ibarra.\n")
    committee = one_body(b, "Comité de Vigilancia")
    assert members_of(b, committee) == {"Rosa Elena Navarro", "Jorge Soto", "Paula Ibarra"}


def test_members_line_in_the_minutes_of_the_bodys_meeting_en():
    b = run("Minutes of the Audit Committee meeting\n\nThe Audit Committee met in Geneva on 3 March "
            "2020.\n\nMembers: Hannah Olsen, Pierre Dubois and Rafael Ortega\n\nThe accounts were "
            "approved.\n")
    committee = one_body(b, "Audit Committee")
    assert members_of(b, committee) == {"Hannah Olsen", "Pierre Dubois", "Rafael Ortega"}
    assert place_of(b, meeting(b)) == {"Geneva"}


def test_body_composed_of_countries_and_an_organisation_en():
    b = run("Communiqué\n\nThe Regional Advisory Group, composed of Kenya, Uganda and the East "
            "African Community, presented its report.\n")
    group = one_body(b, "Regional Advisory Group")
    assert {e.source for e in edges(b, "MEMBER_OF", dst=group)} == {
        "country:ke", "country:ug", "organization:east-african-community"}


def test_council_members_named_with_their_posts_es():
    """"los señores que componen el Ayuntamiento, a saber: el Alcalde Don X, el Regidor Don Y":
    each person named after a post is a member of the council."""
    b = run("Acta del cabildo\n\nEn la villa de San Felipe, a los catorce días del mes de abril de "
            "mil ochocientos once, reunidos los señores que componen el Ilustre Ayuntamiento, a "
            "saber: el Alcalde Ordinario Don Manuel Lastra, el Regidor Decano Don José Cuevas y el "
            "Procurador General Don Tomás Vidal; se trató de lo siguiente.\n")
    council = one_body(b, "Ilustre Ayuntamiento")
    assert members_of(b, council) == {"Manuel Lastra", "José Cuevas", "Tomás Vidal"}


# -- documents that record no meeting; names without a release's prefix ----------------------------

def test_statement_of_organisations_records_no_meeting():
    b = run("Pronunciamiento de organizaciones ciudadanas\n\nLas organizaciones firmantes exigimos al "
            "Congreso aprobar la ley de acceso a la información antes de diciembre.\n")
    assert meeting(b) not in b.nodes
    assert not [e for e in b.edges.values() if meeting(b) in (e.source, e.target)]


def test_acta_keeps_its_meeting_even_when_little_is_read():
    b = run("Acta\n\nSe dio lectura al orden del día.\n")
    assert meeting(b) in b.nodes


def test_meeting_name_drops_a_release_prefix():
    b = run("Chair's Statement: Fourth Ministerial Meeting of the Pacific Fisheries Dialogue\n\nThe "
            "Fourth Ministerial Meeting was held in Honiara on 9 July 2018.\n")
    assert b.nodes[meeting(b)].name == "Fourth Ministerial Meeting of the Pacific Fisheries Dialogue"
    b = run("Comunicado conjunto – XV Reunión de la Comisión Binacional\n\nLa reunión se celebró en "
            "Quito el 4 de abril de 2017.\n")
    assert b.nodes[meeting(b)].name == "XV Reunión de la Comisión Binacional"
    assert [b.nodes[e.target].name for e in edges(b, "PART_OF", meeting(b))] == ["Comisión Binacional"]


# -- minutes' rosters of members ------------------------------------------------------------------

def test_members_present_heading_over_name_and_company_lines():
    b = run("SARIF TC Monthly Meeting\n\nDate: 12 June 2019\n\nVoting members present:\nLars Holm, "
            "Example Corp\nMia Tan, Sample Ltd\n\nObservers:\nOle Berg, Individual\n\nThe chair "
            "opened the call.\n")
    tc = one_body(b, "SARIF TC")
    # the observers' list is no roster of members
    assert members_of(b, tc) == {"Lars Holm", "Mia Tan"}
    assert {e.sources[0].quote for e in edges(b, "MEMBER_OF", dst=tc)} == {
        "Lars Holm, Example Corp", "Mia Tan, Sample Ltd"}


def test_members_present_heading_in_markdown_list():
    b = run("# Minutes of the Finance Committee meeting\n\n## Members present\n\n- Dr. Amal Haddad, "
            "Treasury\n- Jonas Weber (Audit Office)\n\n## Agenda\n\n1. Budget review.\n")
    committee = one_body(b, "Finance Committee")
    assert members_of(b, committee) == {"Amal Haddad", "Jonas Weber"}


def test_committee_named_in_full_with_its_acronym_in_the_title():
    b = run("Open Data Standards (ODS) Technical Committee Meeting, 4 March 2021\n\nMembers present:\n"
            "Ines Duarte, Example Corp\nKarl Brandt, Sample Ltd\n\nThe minutes were approved.\n")
    tc = one_body(b, "ODS Technical Committee")
    assert b.nodes[tc].properties["aliases"] == ["Open Data Standards (ODS) Technical Committee"]
    assert [e.target for e in edges(b, "PART_OF", meeting(b))] == [tc]
    assert members_of(b, tc) == {"Ines Duarte", "Karl Brandt"}


# -- organisations named by a head noun at the start of a sentence ---------------------------------

def test_two_word_organisation_after_a_sentence_opening_article():
    b = run("Note\n\nThe Department of Fisheries agreed to share its data.\n\nLa Oficina de Migración "
            "informó a los ministros.\n")
    names = {n.name for n in b.nodes.values() if n.kind == "Organization"}
    assert {"Department of Fisheries", "Oficina de Migración"} <= names
    # a generic two-word body after the article is still no name
    b = run("Note\n\nThe Working Group agreed to meet again.\n")
    assert not [n for n in b.nodes.values() if n.kind in ("Organization", "Body")]


# -- one body named in two languages -------------------------------------------------------------

def test_body_named_in_two_languages_side_by_side_is_one_node():
    b = run("Informe\n\nLa Comisión Nacional de Refugiados (National Refugee Commission, CONARE) se "
            "reunió en Quito el 4 de mayo de 2019. La National Refugee Commission aprobó su plan.\n")
    bodies = [n for n in b.nodes.values() if n.kind == "Body"]
    assert [n.name for n in bodies] == ["Comisión Nacional de Refugiados"]
    assert "National Refugee Commission" in bodies[0].properties["aliases"]
    assert sorted(s.quote for s in bodies[0].sources) == [
        "Comisión Nacional de Refugiados", "National Refugee Commission", "National Refugee Commission"]


def test_body_named_in_english_then_spanish_is_one_node():
    b = run("Report\n\nThe Andean Committee of Migration Authorities (Comité Andino de Autoridades "
            "Migratorias) met in Lima on 2 June 2018.\n")
    assert [n.name for n in b.nodes.values() if n.kind == "Body"] == [
        "Andean Committee of Migration Authorities"]
    # two different bodies in a list stay two
    b = run("Report\n\nThe Regional Labour Committee and the Andean Health Commission (Lima) met.\n")
    assert len([n for n in b.nodes.values() if n.kind == "Body"]) == 2


def test_acta_datelines_without_the_word_city_or_with_this_city():
    b = run("Acta\n\nEn Santa Rosa, a los once días del mes de mayo de mil ochocientos once, juntos y "
            "congregados los señores capitulares, acordaron lo siguiente.\n")
    assert place_of(b, meeting(b)) == {"Santa Rosa"}
    assert span_of(b, meeting(b)) == {("1811-05-11", "1811-05-11", "day")}
    b = run("Acta\n\nEn esta ciudad de Cartago, a tres de junio de 1790, se juntaron los señores del "
            "Cabildo.\n")
    assert place_of(b, meeting(b)) == {"Cartago"}
    assert span_of(b, meeting(b)) == {("1790-06-03", "1790-06-03", "day")}
