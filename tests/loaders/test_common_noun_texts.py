"""Texts a meeting adopts named by a common noun ("a joint communiqué", "una hoja de ruta") or
taken up by a bare head word ("the Declaration" after "the Apia Declaration on Oceans"), read as
the document's Instruments with ADOPTED from the meeting; topics and bare words adopt nothing."""
from tests.loaders.batches import named, pairs, read

EN = ("Report of the Second Meeting of Water Ministers\n\n"
      "The Second Meeting of Water Ministers was held in Apia on 4 June 2024.\n\n")
ES = ("Acta de la Segunda Reunión de Ministros del Agua\n\n"
      "La Segunda Reunión de Ministros del Agua se realizó en Quito el 4 de junio de 2024.\n\n")
MEETING = "event:d:meeting"


def adopted(batch) -> set[str]:
    """The names of the instruments the document's meeting adopted."""
    return {batch.nodes[t].name for _, t in pairs(batch, "ADOPTED", src=MEETING)}


def test_a_joint_press_statement_the_ministers_adopt_is_the_meetings_text():
    b = read(EN + "The ministers adopted a Joint Press Statement on shared rivers.\n")
    assert adopted(b) == {"Joint Press Statement"}
    assert named(b, "Instrument")["Joint Press Statement"].properties["subtype"] == "declaration"


def test_an_issued_communique_and_a_road_map_adopted_after_and_are_two_texts():
    b = read(EN + "The ministers issued a joint communiqué and adopted a road map for 2025.\n")
    assert adopted(b) == {"Joint communiqué", "Road map"}


def test_un_comunicado_firmado_y_una_hoja_de_ruta_aprobada_son_textos_de_la_reunion():
    b = read(ES + "Los ministros firmaron un comunicado conjunto y aprobaron una hoja de ruta para 2025.\n")
    assert adopted(b) == {"Comunicado conjunto", "Hoja de ruta"}
    assert named(b, "Instrument")["Hoja de ruta"].properties["subtype"] == "plan"


def test_the_declaration_takes_up_the_declaration_named_before():
    b = read(EN + "A draft Apia Declaration on Oceans was circulated. "
             "The ministers adopted the Declaration after a short debate.\n")
    assert adopted(b) == {"Apia Declaration on Oceans"}
    assert "Declaration" not in named(b, "Instrument")


def test_la_declaracion_retoma_la_declaracion_nombrada_antes():
    b = read(ES + "Se presentó el proyecto de Declaración de Quito sobre Océanos. "
             "Los ministros aprobaron la Declaración por consenso.\n")
    assert adopted(b) == {"Declaración de Quito sobre Océanos"}


def test_a_bare_plan_a_project_discussed_and_the_agenda_are_not_adopted_texts():
    b = read(EN + "The ministers adopted a plan to meet again. The Riverside Navigation Project "
             "was discussed. The delegates approved the agenda. The ministers discussed a joint "
             "statement proposed by Fiji.\n")
    assert adopted(b) == set()


def test_la_agenda_un_proyecto_y_una_hoja_de_ruta_discutida_no_son_textos_adoptados():
    b = read(ES + "Los ministros aprobaron la agenda y el proyecto de Navegación del Río. "
             "Se discutió una hoja de ruta.\n")
    assert adopted(b) == set()
