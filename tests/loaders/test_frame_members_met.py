"""The meeting frame in layouts of communiqués written here (Spanish and English): the members'
ministers as subject that "held their annual meeting in X on D"; the organisation whose member
states met; "It was organised by X in cooperation with Y" right after that sentence; councils
and commonwealths of states defined with an acronym are organisations, not organs of a forum;
a country under its former name; parties named in a meeting the record is about ("sobre la I
Reunión de Ministros de A y B") are not its participants; page furniture and garbled headings
do not push the sentence saying the meeting met out of the opening. Quotes slice the text."""
from __future__ import annotations

import pytest

from tests.loaders.batches import pairs, read
from tests.loaders.test_cases import meeting, place_of, span_of


def kinds(b) -> dict[str, str]:
    return {n.name: n.kind for n in b.nodes.values()}


def ids_named(b, name: str) -> set[str]:
    return {i for i, n in b.nodes.items() if n.name == name}


@pytest.mark.parametrize("text, place, day", [
    ("Communiqué of the Foreign Ministers of the Danube Partnership\n\nThe Foreign Ministers of "
     "the Member States of the Danube Cooperation Initiative (DCI) held their annual meeting in "
     "Bratislava on 4 May 2016. The Ministers discussed river transport.\n",
     "Bratislava", "2016-05-04"),
    ("Comunicado conjunto\n\nLos Ministros de Agricultura de los Estados miembros de la Unión "
     "Regional de Semillas (URS) celebraron su reunión anual en la ciudad de Cuenca el 9 de marzo "
     "de 2015. Los Ministros revisaron el plan de trabajo.\n",
     "Cuenca", "2015-03-09"),
])
def test_members_held_their_meeting(text, place, day):
    b = read(text, "annual")
    assert place_of(b, meeting(b)) == {place}
    assert span_of(b, meeting(b)) == {(day, day, "day")}
    # the meeting is one of the organisation whose member states' ministers held it
    org = [i for i, n in b.nodes.items() if n.kind == "Organization" and
           ("Initiative" in n.name or "Semillas" in n.name)]
    assert len(org) == 1
    assert pairs(b, "PART_OF", meeting(b)) == {(meeting(b), org[0])}


def test_held_their_meeting_with_a_bare_article_is_not_read_as_own():
    # "held a meeting" names no meeting of the subject's own: only "their"/"its"/"su" does
    b = read("Press release\n\nThe delegations held a side meeting in Geneva on 2 May 2016 with "
             "civil society.\n", "side")
    assert place_of(b, meeting(b)) != {"Geneva"} or not b.nodes.get(meeting(b))


@pytest.mark.parametrize("text, organisers", [
    ("Communiqué\n\nThe Ministers of the Member States of the Central Asian Initiative (CAI) held "
     "their annual meeting in Almaty on 3 October 2018. It was organised by the Ministry of "
     "Foreign Affairs of the Republic of Kazakhstan in cooperation with the Permanent "
     "Secretariat of the CAI.\n",
     {"Ministry of Foreign Affairs of the Republic of Kazakhstan", "Permanent Secretariat of the CAI"}),
    ("Comunicado\n\nLos Cancilleres se reunieron en la ciudad de Asunción el 2 de junio de 2019. "
     "Fue organizada por el Ministerio de Relaciones Exteriores del Paraguay en cooperación con "
     "la Secretaría Técnica Regional.\n",
     {"Ministerio de Relaciones Exteriores del Paraguay", "Secretaría Técnica Regional"}),
])
def test_it_was_organised_by(text, organisers):
    b = read(text, "organised")
    got = {b.nodes[s].name for s, _ in pairs(b, "ORGANISES", dst=meeting(b))}
    assert got == organisers


def test_it_after_another_subject_organises_nothing():
    b = read("Communiqué\n\nThe Ministers met in Almaty on 3 October 2018. The Ministers "
             "welcomed the report on water use. It was prepared by the Ministry of Energy of "
             "Kazakhstan. It was organised by the Ministry of Energy of Kazakhstan.\n", "after")
    assert pairs(b, "ORGANISES", dst=meeting(b)) == set()


def test_councils_of_states_are_organisations():
    b = read("Communiqué\n\nThe Ministers met in Riga on 5 May 2019. Representatives of the "
             "Commonwealth of Independent States (CIS), the Council of the Baltic Sea States "
             "(CBSS), the Gulf Cooperation Council (GCC) and the Council of Europe were present "
             "at the meeting as guests. The Council of Ministers of the Forum (CMF) adopted its "
             "work plan.\n", "councils")
    k = kinds(b)
    assert k["Commonwealth of Independent States"] == "Organization"
    assert k["Council of the Baltic Sea States"] == "Organization"
    assert k["Gulf Cooperation Council"] == "Organization"
    got = {b.nodes[s].name for s, _ in pairs(b, "PARTICIPATES_IN", dst=meeting(b))}
    assert {"Commonwealth of Independent States", "Council of the Baltic Sea States",
            "Gulf Cooperation Council"} <= got
    # a council of a forum's ministers is still an organ, a Body
    assert all(n.kind == "Body" for n in b.nodes.values() if n.name.startswith("Council of Ministers"))


def test_consejo_de_cooperacion_es():
    b = read("Comunicado\n\nLos Ministros se reunieron en Lima el 5 de mayo de 2019. Asistieron "
             "representantes del Consejo de Cooperación Regional (CCR) y del Consejo de los Estados "
             "del Mar Negro (CEMN).\n", "consejo")
    k = kinds(b)
    assert k["Consejo de Cooperación Regional"] == "Organization"
    assert k["Consejo de los Estados del Mar Negro"] == "Organization"


@pytest.mark.parametrize("name", ["Republic of Macedonia", "the former Yugoslav Republic of Macedonia"])
def test_former_name_of_north_macedonia(name):
    b = read(f"Communiqué\n\nThe Ministers met in Vienna on 5 May 2015. High representatives of "
             f"Albania, {name} and Serbia also took part in the meeting.\n", "mk")
    got = {s for s, _ in pairs(b, "PARTICIPATES_IN", dst=meeting(b))}
    assert {"country:al", "country:mk", "country:rs"} <= got


@pytest.mark.parametrize("text", [
    "INFORME DE LA REUNIÓN DE COORDINACIÓN REGIONAL SOBRE LA II REUNIÓN DE MINISTROS DE "
    "RELACIONES EXTERIORES DE CHILE Y PERÚ\n\nLa Reunión de Coordinación Regional sobre la II "
    "Reunión de Ministros de Relaciones Exteriores de Chile y Perú, se llevó a cabo en la ciudad "
    "de Quito, Ecuador, el día 3 de mayo de 2004.\n\nLa reunión estuvo presidida por el señor "
    "Juan Pérez Soto, Viceministro de Ecuador.\n",
    "REPORT OF THE PREPARATORY MEETING FOR THE THIRD SUMMIT OF MINISTERS OF CHILE AND PERU\n\n"
    "The Coordination Meeting on the Third Summit of Ministers of Chile and Peru took place in "
    "Quito, Ecuador, on 3 May 2004.\n",
])
def test_parties_of_the_meeting_a_record_is_about(text):
    b = read(text, "about")
    got = {s for s, _ in pairs(b, "PARTICIPATES_IN", dst=meeting(b))}
    assert "country:cl" not in got and "country:pe" not in got
    assert place_of(b, meeting(b)) == {"Quito"}
    assert span_of(b, meeting(b)) == {("2004-05-03", "2004-05-03", "day")}


def test_ministers_of_the_record_s_own_meeting_still_take_part():
    b = read("Acta\n\nLa Reunión de Ministros de Relaciones Exteriores de Chile y Perú se llevó a "
             "cabo en la ciudad de Arica el día 3 de mayo de 2004.\n", "own")
    got = {s for s, _ in pairs(b, "PARTICIPATES_IN", dst=meeting(b))}
    assert {"country:cl", "country:pe"} <= got


def test_furniture_and_garbled_heading_do_not_hide_the_opening_sentence():
    furniture = "\n\n".join(["SG/inf 12", "2 DE MAYO DE 2004", "1.2.1", "ΙΝΦΟΡΜΕ", "ΔΕ Λ“ ΡΕΥΝΙΟΝ",
                             "ΧΟΜΥΝΙΔ“Δ", "ΡΕΛ“ΧΙΟΝΕΣ", "(Λ“ Π“Ζ − 2004)", "INFORME", "I"])
    b = read("INFORME DE LA REUNIÓN TÉCNICA\n\n" + furniture + "\n\nLa Reunión Técnica se llevó "
             "a cabo en la ciudad de Sucre, Bolivia, el día 30 de abril de 2004.\n", "garbled")
    assert place_of(b, meeting(b)) == {"Sucre"}
    assert span_of(b, meeting(b)) == {("2004-04-30", "2004-04-30", "day")}


@pytest.mark.parametrize("text, forum", [
    ("JOINT COMMUNIQUÉ\n\nThe IX Caribbean Conference on Fisheries (CCF) took place in Castries, "
     "Saint Lucia, April 2-3, 2009, with the participation of the member countries of Barbados, "
     "Grenada, Jamaica and Saint Lucia.\n", "Caribbean Conference on Fisheries"),
    ("COMUNICADO CONJUNTO\n\nLa XII Conferencia Andina de Pesca (CAP) se realizó en la ciudad de "
     "Guayaquil el 4 de junio de 2010, con la participación de los países miembros: Bolivia, "
     "El Salvador, Ecuador y Perú.\n", "Conferencia Andina de Pesca"),
])
def test_numbered_session_and_its_member_countries(text, forum):
    b = read(text, "session")
    conf = {i for i, n in b.nodes.items() if n.name == forum}
    assert len(conf) == 1
    (cid,) = conf
    assert pairs(b, "PART_OF", meeting(b)) == {(meeting(b), cid)}
    members = {s for s, _ in pairs(b, "MEMBER_OF", dst=cid)}
    expected = ({"country:bb", "country:gd", "country:jm", "country:lc"} if "Caribbean" in forum
                else {"country:bo", "country:sv", "country:ec", "country:pe"})
    assert members == expected
    # they also take part in this session
    assert expected <= {s for s, _ in pairs(b, "PARTICIPATES_IN", dst=meeting(b))}


def test_member_countries_of_a_forum_the_meeting_is_not_part_of():
    # no forum the meeting is a session of: the list gives no membership
    b = read("Press release\n\nThe ministers met in Lima on 4 June 2010 with the participation "
             "of the member countries of Bolivia, Colombia and Peru.\n", "noforum")
    assert pairs(b, "MEMBER_OF") == set()


@pytest.mark.parametrize("text, place, day", [
    ("Acuerdo de cooperación migratoria entre Chile y Perú\n\nArtículo 1\nLas Partes cooperarán en "
     "materia migratoria.\n\nHecho en Lima, el 3 de mayo de 2004, en dos ejemplares.\n",
     "Lima", "2004-05-03"),
    ("Provisional application of the Cooperation Agreement between Fiji and Tonga, done at Suva on "
     "3 May 2001.\n\nThe Parties agree as follows:\n\nArticle 1\nThe Parties shall cooperate.\n",
     "Suva", "2001-05-03"),
])
def test_signing_formula_places_the_signing(text, place, day):
    b = read(text, "signed")
    assert place_of(b, meeting(b)) == {place}
    assert span_of(b, meeting(b)) == {(day, day, "day")}


def test_another_instrument_signed_mid_text_places_nothing():
    b = read("Acta de la reunión\n\nLos delegados revisaron el Acuerdo Marco, firmado en Lima el 3 de "
             "mayo de 1990, y aprobaron el plan de trabajo.\n", "other")
    assert "Lima" not in place_of(b, meeting(b))


@pytest.mark.parametrize("text, parties", [
    ("Convenio de sede entre el Reino de Marruecos y la Organización Internacional para las "
     "Migraciones, hecho en Rabat el 2 de febrero de 2010.\n\nEl Reino de Marruecos y la "
     "Organización Internacional para las Migraciones (en adelante las Partes),\n\nHan convenido "
     "lo siguiente:\n\nArtículo 1\nLa OIM establece una oficina en Rabat.\n",
     {"country:ma", "organization:oim"}),
    ("Agreement between Fiji and Tonga on fisheries, done at Suva on 3 May 2001.\n\nFiji and Tonga "
     "(hereinafter referred to as the Parties),\n\nHave agreed as follows:\n\nArticle 1\nThe "
     "Parties shall cooperate.\n",
     {"country:fj", "country:to"}),
])
def test_parties_take_part_in_the_signing(text, parties):
    b = read(text, "parties")
    assert {s for s, _ in pairs(b, "PARTICIPATES_IN", dst=meeting(b))} == parties


def test_parties_without_a_signing_formula_take_no_part():
    b = read("Agreement between Fiji and Tonga on fisheries\n\nFiji and Tonga (hereinafter referred "
             "to as the Parties),\n\nHave agreed as follows:\n\nArticle 1\nThe Parties shall "
             "cooperate.\n", "noformula")
    assert pairs(b, "PARTICIPATES_IN", dst=meeting(b)) == set()


@pytest.mark.parametrize("text, place, day, body", [
    ("Ministers meet in Bishkek\n\nThe Council of Ministers of the Silk Road Organization held its "
     "14th meeting in Bishkek on 12 June 2019, the ministry said.\n",
     "Bishkek", "2019-06-12", "Council of Ministers"),
    ("Comunicado\n\nEl Consejo Directivo de la Red Andina de Aguas celebró su reunión ordinaria en "
     "la ciudad de Cuenca el 9 de marzo de 2015.\n",
     "Cuenca", "2015-03-09", "Consejo Directivo"),
])
def test_body_held_its_meeting(text, place, day, body):
    b = read(text, "held-its")
    assert place_of(b, meeting(b)) == {place}
    assert span_of(b, meeting(b)) == {(day, day, "day")}
    parts = [b.nodes[t] for _, t in pairs(b, "PART_OF", meeting(b))]
    assert len(parts) == 1 and parts[0].kind == "Body" and parts[0].name.startswith(body)
