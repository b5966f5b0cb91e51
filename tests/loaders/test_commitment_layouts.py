"""Commitments in joint statements, communiqués, agreements and minutes: who is bound, by when,
to produce what (loaders.commitments, loaders.action_items)."""
from loaders.pipeline import load_file
from tests.loaders.conftest import edges
from tests.loaders.batches import bound, check_spans, commitments, read
from tests.shared_documents import corpus_batch

JOINT_STATEMENT = """Joint Statement of the Foreign Ministers of Chile and Argentina

Santiago, 12 May 2024

The Foreign Ministers of Chile and Argentina met in Santiago on 12 May 2024.

Both countries agreed to hold a joint border commission before the end of 2024.

To deepen trade, the two Governments will exchange customs data every quarter.

The Government of Chile undertakes to publish the commission's report.

The Ministers welcomed the progress of the energy interconnection.
"""


def test_joint_statement_parties_as_subject_and_a_government_alone():
    b = read(JOINT_STATEMENT, "declaracion-chile-argentina")
    c = commitments(b)
    assert set(c) == {
        "Both countries agreed to hold a joint border commission before the end of 2024.",
        "To deepen trade, the two Governments will exchange customs data every quarter.",
        "The Government of Chile undertakes to publish the commission's report."}
    border = c["Both countries agreed to hold a joint border commission before the end of 2024."]
    assert bound(b, border) == {"country:cl", "country:ar"}
    assert [e.sources[0].quote for e in edges(b, "RESPONSIBLE_FOR", dst=border)] == ["Both countries"] * 2
    assert {e.target for e in edges(b, "DUE", src=border)} == {"date:2024-12-31"}
    assert bound(b, c["To deepen trade, the two Governments will exchange customs data every quarter."]) \
        == {"country:cl", "country:ar"}
    assert bound(b, c["The Government of Chile undertakes to publish the commission's report."]) \
        == {"country:cl"}


COMUNICADO = """Comunicado conjunto de Perú y Bolivia

La Paz, 3 de marzo de 2023

Las Delegaciones de Perú y Bolivia se reunieron en La Paz el 3 de marzo de 2023.

Las delegaciones de ambos países acordaron los lineamientos de un plan binacional de gestión del agua. Para tal efecto realizarán una reunión técnica a más tardar el 30 de abril de 2023.

Las delegaciones agradecen la hospitalidad del Gobierno de Bolivia.
"""


def test_communique_both_countries_and_an_implicit_plural_future():
    b = read(COMUNICADO, "comunicado-peru-bolivia")
    c = commitments(b)
    plan = next(i for t, i in c.items() if t.startswith("Las delegaciones de ambos países acordaron"))
    meeting = next(i for t, i in c.items() if t.startswith("Para tal efecto realizarán"))
    assert not any(t.startswith("Las delegaciones agradecen") for t in c)
    assert bound(b, plan) == {"country:pe", "country:bo"}
    assert bound(b, meeting) == {"country:pe", "country:bo"}
    (due,) = edges(b, "DUE", src=meeting)
    assert due.target == "date:2023-04-30" and due.sources[0].quote == "a más tardar el 30 de abril de 2023"
    (made,) = edges(b, "DELIVERABLE", src=meeting)
    assert b.nodes[made.target].kind == "Event" and b.nodes[made.target].name == "Reunión técnica"


MINUTES = """Minutes of the Editorial Board

Present: the Secretary, Mr Tom Hale; the Treasurer, Ms Rosa Diaz.

Tom will circulate the revised style guide before the next meeting.

Rosa says she will prepare the budget for 2025.

Nadia will look at the printer quotes.

The printer was discussed at length.
"""


def test_action_items_owned_by_a_person_the_minutes_name():
    b = read(MINUTES, "editorial-board")
    c = commitments(b)
    guide = c["Tom will circulate the revised style guide before the next meeting."]
    budget = c["Rosa says she will prepare the budget for 2025."]
    (tom,) = bound(b, guide)
    assert "Tom Hale" in b.nodes[tom].name
    (rosa,) = bound(b, budget)
    assert "Rosa Diaz" in b.nodes[rosa].name
    assert {b.nodes[e.target].kind for e in edges(b, "DUE", src=guide)} == {"Event"}
    # nobody called Nadia is among those present: no action item, and no person made up
    assert not any(t.startswith("Nadia") for t in c)
    assert not any(n.kind == "Person" and "Nadia" in n.name for n in b.nodes.values())


ACTA_ES = """Acta de la reunión de la comisión de fiestas

Asistentes: la Presidenta, Sra. Carmen Ortega; el Tesorero, Sr. Luis Pardo.

Carmen se encarga de pedir los permisos al ayuntamiento.

Se comenta que el año pasado llovió.
"""


def test_spanish_action_item():
    b = read(ACTA_ES, "comision-fiestas")
    c = commitments(b)
    permits = c["Carmen se encarga de pedir los permisos al ayuntamiento."]
    (who,) = bound(b, permits)
    assert "Carmen Ortega" in b.nodes[who].name
    assert not any("llovió" in t for t in c)


def test_corpus_communique_binds_both_countries():
    """The OAS press release on Belize and Guatemala (July 2000): the high-level meeting."""
    b = corpus_batch("13-oea-comunicado-belice-guatemala-2000.txt")
    check_spans(b)
    meeting = next(i for i, n in b.nodes.items() if n.kind == "Commitment"
                   and "reunión de alto nivel" in n.properties["text"])
    assert bound(b, meeting) == {"country:bz", "country:gt"}
    assert {e.target for e in edges(b, "DUE", src=meeting)} == {"date:2000-08-15"}


def test_commitments_are_named_in_the_documents_language(tmp_path):
    """An English report's commitments are "Decision N" / "Agreement N", a Spanish one's
    "Decisión N del informe" / "Acuerdo N" (data/lang/<code>/commitments.yaml `labels`; a
    readout's or a joint statement's are named after that kind: test_minutes_records.py)."""
    from loaders.pipeline import load_file
    en = tmp_path / "statement.txt"
    en.write_text("Meeting report\n\nThe Ministers met in Ottawa on 3 May 2023. Canada committed "
                  "to resettle 4,000 refugees from the region by 2025. Mexico committed to host "
                  "the next ministerial meeting in 2024.\n", encoding="utf-8")
    es = tmp_path / "acta.txt"
    es.write_text("Acta de la reunión\n\nLos Viceministros se reunieron en Lima el 3 de mayo de "
                  "2023.\n\nACUERDAN:\n\n1. Crear una red de puntos focales sobre trata de "
                  "personas.\n\n2. Realizar la próxima reunión en Quito.\n", encoding="utf-8")
    names = {p.stem: sorted(n.name for n in load_file(p, curation=False).nodes.values()
                            if n.kind == "Commitment") for p in (en, es)}
    assert names["statement"] and all(n.startswith("Decision ") for n in names["statement"])
    assert names["acta"] == ["Acuerdo 1", "Acuerdo 2"]
