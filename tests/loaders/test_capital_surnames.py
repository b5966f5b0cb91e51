"""Rolls of actas and minutes that write each surname in capitals: "Ana María EJEMPLO, Presidenta
ABC y Directora por Chile (XYZ)". Each entry gives a person with a post, the organisation the post
names (HOLDS_POST), the country and the national body the person is there for (REPRESENTS: the
person takes part, the country and the body of a seat do not); a seat ("Directora por Chile") on
the body that meets makes the person its member; a person listed among the excused takes no part.
Every quote must be the text at its span."""
from loaders.capital_surnames import capital_surnames
from loaders.pipeline import extract
from tests.loaders.batches import check_spans, pairs, persons, posts, read


ACTA = """ACTA Nº 12: REUNIÓN DEL CONSEJO DE DIRECTORES

En la ciudad de Lima, el día 14 de mayo de 2018, se reúne el Consejo de Directores de la Asociación Andina de Auditores (AAA) con la asistencia de los delegados que se detallan a continuación: Marta L. QUISPE, Presidenta AAA y Directora por Perú (CPCP); Jorge ALVARADO-RÍOS, Vicepresidente AAA y Director por Ecuador (FNCE & CCQ); Lucía de la TORRE, Vicepresidenta AAA y Directora por Bolivia (CAUB). Participan asimismo Tomás ÑUFLO, Past President AAA (Chile, CCCH), y, en calidad de asesora, la señora Elena VARGAS (Director Ejecutivo FIA). Por compromisos previos ha excusado su asistencia el delegado Raúl PAREDES (Colombia, JCC). A las 10.00 horas, la Presidenta abre la sesión.
"""


def test_a_roll_with_capital_surnames_gives_persons_posts_and_whom_they_represent():
    b = read(ACTA, "acta-consejo-directores")
    expected = {
        "person:marta-l-quispe": "Presidenta",
        "person:jorge-alvarado-rios": "Vicepresidente",
        "person:lucia-de-la-torre": "Vicepresidenta",
        "person:tomas-nuflo": "Past President",
        "person:elena-vargas": "Director Ejecutivo",
        "person:raul-paredes": "Delegado"}
    assert posts(b, *expected) == expected
    reps = pairs(b, "REPRESENTS")
    assert {("person:marta-l-quispe", "country:pe"), ("person:marta-l-quispe", "organization:cpcp"),
            ("person:jorge-alvarado-rios", "country:ec"), ("person:jorge-alvarado-rios", "organization:fnce"),
            ("person:jorge-alvarado-rios", "organization:ccq"), ("person:lucia-de-la-torre", "country:bo"),
            ("person:tomas-nuflo", "country:cl"), ("person:raul-paredes", "country:co")} <= reps
    # the post names the association: a post held there, not whom the director speaks for
    holds = pairs(b, "HOLDS_POST")
    assert ("person:elena-vargas", "organization:fia") in holds
    assert not {r for r in reps if r[0] == "person:marta-l-quispe" and r[1] in ("organization:aaa",)}
    # an acronym only an entry's brackets name is an organisation of its own
    assert b.nodes["organization:cpcp"].kind == "Organization"
    [edge] = [e for e in b.edges.values() if e.type == "REPRESENTS"
              and (e.source, e.target) == ("person:marta-l-quispe", "country:pe")]
    assert edge.sources[0].quote == "Marta L. QUISPE, Presidenta AAA y Directora por Perú (CPCP)"


def test_those_present_take_part_the_seats_they_hold_do_not_and_the_excused_do_not():
    b = extract(ACTA, "acta-consejo-directores", curation=False)
    meeting = "event:acta-consejo-directores:meeting"
    part = {s for s, t in pairs(b, "PARTICIPATES_IN") if t == meeting}
    assert {"person:marta-l-quispe", "person:jorge-alvarado-rios", "person:lucia-de-la-torre",
            "person:tomas-nuflo", "person:elena-vargas"} <= part
    # "Directora por Perú (CPCP)": Peru and CPCP are whom she represents at the table, not
    # participants of their own
    assert not {"country:pe", "country:ec", "country:bo", "country:cl", "organization:cpcp",
                "organization:fnce"} & part
    # "ha excusado su asistencia el delegado Raúl PAREDES (Colombia, JCC)"
    assert "person:raul-paredes" not in part and "country:co" not in part


def test_a_seat_for_a_country_makes_the_director_a_member_of_the_body_that_meets():
    """"se reúne el Consejo de Directores de X con la asistencia de ...": each entry with a post
    for a country ("Directora por Perú") is a member of that Consejo; a past president and an
    adviser listed after them are not."""
    b = extract(ACTA, "acta-consejo-directores", curation=False)
    members = {s for s, t in pairs(b, "MEMBER_OF") if t.startswith("body:consejo-de-directores")}
    assert members == {"person:marta-l-quispe", "person:jorge-alvarado-rios", "person:lucia-de-la-torre"}


def test_advisers_listed_after_a_capacity_cue_take_part_as_advisers():
    text = ("ACTA Nº 3: REUNIÓN DEL CONSEJO\n\nEn Quito, el día 9 de agosto de 2017, se reúne el Consejo "
            "Directivo de la Liga Andina de Tasadores (LAT) con la asistencia de: Marta L. QUISPE, Presidenta LAT "
            "y Directora por Perú (CPCP). Participan asimismo, en calidad de asesores, los señores Pablo "
            "RIVERA (Chile, CCCH) y Sonia MÉNDEZ (Directora Ejecutiva FIA). A las 9.00 horas se abre la sesión.\n")
    b = extract(text, "acta-asesores", curation=False)
    meeting = "event:acta-asesores:meeting"
    roles = {e.source: e.properties.get("role") for e in b.edges.values()
             if e.type == "PARTICIPATES_IN" and e.target == meeting}
    assert roles["person:pablo-rivera"] == "asesor"
    assert roles["person:sonia-mendez"] == "asesor"      # her own post stays hers
    assert roles["person:marta-l-quispe"] is None
    assert b.nodes["person:sonia-mendez"].properties["post"] == "Directora Ejecutiva"


def test_capital_surnames_in_english_minutes_and_what_is_not_a_name():
    text = ("Minutes of the Board\n\nThe Board met in Geneva on 2 June 2021. Present: Helen K. MARSH, "
            "Chair ABA and Director for Ireland (IIA); Peter van DAM, Treasurer ABA and Director for the "
            "Netherlands (NBA). The REPORT OF THE TREASURER was adopted.\n")
    b = read(text, "board-minutes")
    people = persons(b)
    assert set(people) == {"person:helen-k-marsh", "person:peter-van-dam"}
    assert people["person:helen-k-marsh"].properties["post"] == "Chair"
    assert ("person:helen-k-marsh", "country:ie") in pairs(b, "REPRESENTS")
    assert ("person:peter-van-dam", "country:nl") in pairs(b, "REPRESENTS")
    assert ("person:peter-van-dam", "organization:nba") in pairs(b, "REPRESENTS")


def test_only_a_given_name_before_the_capitals_opens_a_name():
    text = "El COMITÉ de INTEGRACIÓN y la Sala CAPITULAR; Paso AGUA NEGRA; Luisa FERNÁNDEZ, Secretaria."
    found = capital_surnames(text, 0, len(text), [], [])
    assert [f.entity.name for f in found] == ["Luisa FERNÁNDEZ"]
    assert found[0].entity.post == "Secretaria"


def test_a_word_table_naming_its_columns_is_a_roll(tmp_path):
    """"Nombre | Cargo | País | Institución" with no cue above it: each row a person with a post,
    whom they represent, taking part in the meeting; the quote is the row."""
    from loaders.pipeline import load_file
    from tests.loaders.reading.make_documents import docx
    path = docx(tmp_path / "acta-consejo-tabla.docx",
                ["ACTA DE LA REUNIÓN DEL CONSEJO DE DIRECTORES",
                 "En la ciudad de Quito, el día 9 de agosto de 2017, se reúne el Consejo de Directores "
                 "con los delegados siguientes:"],
                table=[["Nombre", "Cargo", "País", "Institución"],
                       ["Marta Quispe Rojas", "Presidenta", "Perú", "CPCP"],
                       ["Jorge Alvarado", "Vicepresidente", "Ecuador", "FNCE"],
                       ["Inés Castro-Vidal Ruiz de Ensayo", "Tesorera", "Bolivia", "CAUB"]],
                after=["A las 9.00 horas, la Presidenta abre la sesión."])
    b = load_file(path, curation=False)
    check_spans(b)
    people = persons(b)
    expected = {
        "person:marta-quispe-rojas": "Presidenta",
        "person:jorge-alvarado": "Vicepresidente",
        # a particle between two surnames of a name that opens with a given name
        "person:ines-castro-vidal-ruiz-de-ensayo": "Tesorera"}
    assert posts(b, *expected) == expected
    reps = pairs(b, "REPRESENTS")
    assert {("person:marta-quispe-rojas", "country:pe"), ("person:jorge-alvarado", "country:ec"),
            ("person:marta-quispe-rojas", "organization:cpcp")} <= reps
    meeting = "event:acta-consejo-tabla:meeting"
    [edge] = [e for e in b.edges.values() if e.type == "PARTICIPATES_IN"
              and (e.source, e.target) == ("person:jorge-alvarado", meeting)]
    assert edge.sources[0].quote == "Jorge Alvarado | Vicepresidente | Ecuador | FNCE"
    # the header row names columns, not a person
    assert not any("Nombre" in p.name for p in people.values())


def test_a_sentence_of_apologies_inside_an_inline_roll_takes_its_persons_out():
    """"Present: A; B. Apologies were received from C and D. In attendance, as advisers, E and F":
    C and D take no part, E and F do (as advisers); a seat 'Director for Ireland' makes A a member
    of the Board, and neither Ireland nor its institute takes part through A's entry."""
    text = ("Minutes of the Board meeting\n\nThe Board met in Cork on 2 June 2021. Present: Helen K. MARSH, "
            "Chair ABA and Director for Ireland (IIA); Peter van DAM, Treasurer ABA. Apologies were received "
            "from Laura SMITH, Director for Spain (ICJCE), and Mark O. JONES. In attendance, as advisers, "
            "Ruth KLEIN (Malta, MIA) and Tom BRADY (Executive Director ABA).\n")
    b = extract(text, "board-minutes", curation=False)
    meeting = "event:board-minutes:meeting"
    roles = {e.source: e.properties.get("role") for e in b.edges.values()
             if e.type == "PARTICIPATES_IN" and e.target == meeting}
    assert {"person:helen-k-marsh", "person:peter-van-dam", "person:ruth-klein", "person:tom-brady"} <= set(roles)
    assert "person:laura-smith" not in roles and "person:mark-o-jones" not in roles
    assert roles["person:ruth-klein"] == roles["person:tom-brady"] == "adviser"
    assert "country:mt" not in roles and "organization:mia" not in roles
    assert ("person:laura-smith", "country:es") in pairs(b, "REPRESENTS")
