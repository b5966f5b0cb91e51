"""A bracketed acronym after a body's name that runs on into its organisation's names the
organisation whose initials it spells ("la Junta de la Federación Andina de Contadores (FAC)"),
so the posts an acta gives "Vicepresidenta FAC" are held in the federation, not its board; the
board is PART_OF the organisation. Every quote must be the text at its span."""
from tests.loaders.batches import named, pairs, persons, read


def test_the_acronym_is_the_federations_and_the_post_stops_before_the_second_one():
    text = ("ACTA DE LA SESIÓN\n\nEn Quito, el 5 de junio de 2016, se reúne la Junta de la Federación Andina "
            "de Contadores (FAC). Asisten Lucía Ejemplo, Vicepresidenta FAC y Directora por Chile (CCCH); "
            "Pedro Muestra, Tesorero FAC y Director por Bolivia (CAUB).\n")
    b = read(text, "acta-sesion-federacion")
    orgs, bodies = named(b, "Organization"), named(b, "Body")
    fac = orgs["Federación Andina de Contadores"]
    assert fac.properties["acronym"] == "FAC"
    board = bodies["Junta de la Federación Andina de Contadores"]
    assert not board.properties.get("acronym")
    assert (board.id, fac.id) in pairs(b, "PART_OF")
    assert {("person:lucia-ejemplo", fac.id), ("person:pedro-muestra", fac.id)} <= pairs(b, "HOLDS_POST")
    people = persons(b)
    assert "Directora" not in people["person:lucia-ejemplo"].properties["post"]
    assert ("person:lucia-ejemplo", "country:cl") in pairs(b, "REPRESENTS")


def test_a_board_of_a_committee_with_its_own_acronym_belongs_to_an_organisation():
    text = ("ACTA Nº 2\n\nEn Montevideo, el 9 de abril de 2010, se reúne la Junta de Directores del COMITÉ "
            "de COOPERACIÓN CONTABLE SUDAMERICANA (CCCS) con la asistencia de: Ana M. PRUEBA, Presidenta "
            "CCCS y Directora por Uruguay (CCU); Luis BORRADOR, Vicepresidente CCCS y Director por Chile (CCC).\n")
    b = read(text, "acta-junta-directores")
    orgs, bodies = named(b, "Organization"), named(b, "Body")
    [owner] = [o for o in orgs.values() if o.properties.get("acronym") == "CCCS" and "COMITÉ" in o.name]
    [board] = [x for x in bodies.values() if x.name.startswith("Junta de Directores")]
    assert (board.id, owner.id) in pairs(b, "PART_OF")
    assert not board.properties.get("acronym")


def test_an_english_board_and_its_association():
    text = ("MINUTES\n\nThe Board of the Pacific Audit Association (PAA) met in Suva on 3 May 2017. "
            "The PAA will publish the audit guide by December 2017.\n")
    b = read(text, "minutes-board-association")
    orgs, bodies = named(b, "Organization"), named(b, "Body")
    assert orgs["Pacific Audit Association"].properties["acronym"] == "PAA"
    assert not any(x.properties.get("acronym") == "PAA" for x in bodies.values())


def test_an_acronym_of_the_whole_name_stays_with_it():
    text = ("ACTA\n\nSe reúne la Junta de Fomento Agrícola (JFA) en Cusco el 2 de marzo de 2012.\n")
    b = read(text, "acta-junta-fomento")
    bodies = named(b, "Body")
    assert bodies["Junta de Fomento Agrícola"].properties["acronym"] == "JFA"


def test_an_acronym_closing_a_name_and_post_entry_is_where_the_post_is_held():
    text = ("Readout of the Secretary's meeting\n\n"
            "Secretary of State Jane Q. Example met Mexican Foreign Secretary Ana Prueba in Mexico City on "
            "4 May 2023. Also present were Tomás Modelo, Undersecretary for Migration, SEGOB; and Luis "
            "Muestra, Legal Counselor, SRE.\n")
    b = read(text, "readout-acronym-posts")
    orgs = named(b, "Organization")
    assert orgs["SEGOB"].properties["acronym"] == "SEGOB"
    holds = pairs(b, "HOLDS_POST")
    assert ("person:tomas-modelo", "organization:segob") in holds
    assert ("person:luis-muestra", "organization:sre") in holds
    assert persons(b)["person:luis-muestra"].properties["post"] == "Legal Counselor"
    # the acronym is no body the person speaks for
    assert ("person:luis-muestra", "organization:sre") not in pairs(b, "REPRESENTS")


def test_an_acronym_in_the_middle_of_a_sentence_is_not_read_so():
    text = ("Minutes\n\nThe meeting was held in Lima on 2 June 2019. Ana Example, Director of Planning, "
            "FAO staff and partners attended.\n")
    b = read(text, "minutes-acronym-mid")
    assert ("person:ana-example", "organization:fao") not in pairs(b, "HOLDS_POST")


def test_an_acronym_opening_a_post_before_a_name_is_the_posts_organisation():
    text = ("Readout of the Deputy Secretary's meeting\n\n"
            "Deputy Secretary of State Mark Example met in Guatemala City with RCMX Regional Director "
            "Carla Sample and OAS Assistant Secretary General Pedro Trial on 3 June 2022.\n")
    b = read(text, "readout-acronym-post")
    holds = pairs(b, "HOLDS_POST")
    assert ("person:carla-sample", "organization:rcmx") in holds
    # where the post is held, not whom she speaks for
    assert ("person:carla-sample", "organization:rcmx") not in pairs(b, "REPRESENTS")
    assert persons(b)["person:carla-sample"].properties["post"] == "RCMX Regional Director"
