"""A topical heading is never the meeting's name: "Strategic Cooperation and Dialogue", "Diálogo y
Cooperación Estratégica" give way to the sentence saying the meeting was held ("The 23rd Meeting
of ... was held", ordinal in figures) or to a title "Joint Media Statement of the ..."; a heading
that names a meeting ("Reunión de Ministros y Viceministros ...", "Regional Dialogue on ...")
still names it."""
from tests.loaders.batches import read


def meeting(text: str, doc: str):
    """The node of the meeting document `doc` records."""
    return read(text, doc).nodes[f"event:{doc}:meeting"]


def test_a_topical_heading_gives_way_to_the_sentence_that_names_the_meeting():
    m = meeting("Strategic Cooperation and Dialogue\n\nThe 23rd Meeting of the Island Energy Ministers "
                "was held in Apia on 3 May 2024.\n\nThe ministers agreed to share data.\n", "energy-notes")
    assert m.name == "23rd Meeting of the Island Energy Ministers"
    assert [s.quote for s in m.sources] == ["23rd Meeting of the Island Energy Ministers"]


def test_a_joint_media_statement_title_names_the_meeting_over_a_heading():
    m = meeting("Joint Media Statement of the 23rd Meeting of Energy Ministers\n\n"
                "Strategic Cooperation and Dialogue\n\nThe ministers agreed to share data.\n", "x1")
    assert m.name == "23rd Meeting of Energy Ministers"


def test_un_encabezado_tematico_cede_a_la_oracion_que_nombra_la_reunion():
    m = meeting("Diálogo y Cooperación Estratégica\n\nLa XXIII Reunión de Ministros de Energía se "
                "realizó en Lima el 3 de mayo de 2024.\n", "notas-energia")
    assert m.name == "XXIII Reunión de Ministros de Energía"


def test_headings_that_name_a_meeting_still_name_it():
    assert meeting("Reunión de Ministros y Viceministros de Energía\n\nLos ministros acordaron "
                   "compartir datos.\n", "y5").name == "Reunión de Ministros y Viceministros de Energía"
    assert meeting("Reunión y Taller Regional sobre Energía\n\nLos ministros acordaron compartir "
                   "datos.\n", "y4").name == "Reunión y Taller Regional sobre Energía"
    assert meeting("Regional Dialogue on Energy\n\nThe ministers agreed to share data.\n",
                   "y6").name == "Regional Dialogue on Energy"
